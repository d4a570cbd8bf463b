import AWSCore
import Foundation
import Testing

/// Every operation of every client, built by our client and by botocore from the same input, compared.
/// The rows live in `ConformanceTable` (one file per service); the summary test prints matched / total.
@Suite("Client conformance with botocore")
struct ConformanceTests {
    @Test("our request equals botocore's: method, URL, query, bound headers and body", arguments: ConformanceTable.all)
    func row(_ row: ConformanceRow) async throws {
        let botocore = try #require(try BotocoreRequests.byID.get()[row.id], "botocore produced nothing for \(row.id)")
        let ours = try await row.capture()
        let problems = RequestComparison.differences(ours: ours, botocore: botocore, row: row)
        #expect(problems.isEmpty, "\(row.id):\n\(problems.joined(separator: "\n"))")
    }

    @Test("the conformance table covers every service and all its rows match botocore")
    func summary() async throws {
        let requests = try BotocoreRequests.byID.get()
        var matched = 0
        var perService: [String: (matched: Int, total: Int)] = [:]
        for row in ConformanceTable.all {
            var ok = false
            if let botocore = requests[row.id], let ours = try? await row.capture() {
                ok = RequestComparison.differences(ours: ours, botocore: botocore, row: row).isEmpty
            }
            if ok { matched += 1 }
            perService[row.service, default: (0, 0)].total += 1
            if ok { perService[row.service, default: (0, 0)].matched += 1 }
        }
        let lines = perService.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value.matched)/\($0.value.total)" }
        print("Conformance with botocore: \(matched)/\(ConformanceTable.all.count) operations matched\n" + lines.joined(separator: "\n"))
        #expect(Set(ConformanceTable.all.map(\.id)).count == ConformanceTable.all.count, "row ids must be unique")
        #expect(matched == ConformanceTable.all.count)
    }
}
