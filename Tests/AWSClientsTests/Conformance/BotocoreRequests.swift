import AWSCore
import Foundation
import TestSupport

/// botocore's requests for every row of the table, built once per test run by Tests/Support/botocore_requests.py.
enum BotocoreRequests {
    struct Captured: Decodable, Sendable {
        let id: String
        let method: String?
        let url: String?
        let headers: [String: String]?
        let body: String?
        let error: String?
    }

    static let byID: Result<[String: Captured], any Error> = Result {
        let cases: [JSON] = ConformanceTable.all.map { row in
            ["id": .string(row.id), "service": .string(row.service), "operation": .string(row.operation),
             "params": row.params, "region": .string(row.region)]
        }
        // Sorted keys: botocore serialises XML members in the caller's key order, so the order must not vary per run.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let output = try PythonOracle.run("botocore_requests.py", input: try encoder.encode(cases))
        let captured = try JSONDecoder().decode([Captured].self, from: output)
        return Dictionary(captured.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
