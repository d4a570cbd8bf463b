import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport

/// opensearch-py's requests for every row, built once per run by Tests/Support/opensearch_requests.py.
enum OpenSearchPyRequests {
    struct Captured: Decodable, Sendable {
        let id: String
        let method: String?
        let path: String?
        let params: [String: String]?
        let body: String?
        let error: String?
    }

    static let byID: Result<[String: Captured], any Error> = Result {
        let cases: [JSON] = OpenSearchTable.rows.map { ["id": .string($0.id), "api": .string($0.api), "kwargs": $0.kwargs] }
        let output = try PythonOracle.run("opensearch_requests.py", input: try JSONEncoder().encode(cases))
        return Dictionary(try JSONDecoder().decode([Captured].self, from: output).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

@Suite("OpenSearch client conformance with opensearch-py")
struct OpenSearchConformanceTests {
    static let endpoint = "https://search-media-abc123.us-east-1.es.amazonaws.com"

    static func capture(_ row: OpenSearchRow) async throws -> HTTPRequest {
        let configuration = AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRET")),
            transport: CapturingTransport(), environment: [:])
        do {
            try await row.call(try OpenSearchClient(configuration, endpoint: endpoint))
        } catch let captured as RequestCaptured {
            return captured.request
        }
        throw ConformanceFailure(description: "\(row.id): the client returned without sending a request")
    }

    static func differences(_ ours: HTTPRequest, _ theirs: OpenSearchPyRequests.Captured, _ row: OpenSearchRow) -> [String] {
        if let error = theirs.error { return ["opensearch-py refused the call: \(error)"] }
        var problems: [String] = []
        if ours.method != theirs.method { problems.append("method: ours \(ours.method), opensearch-py \(theirs.method ?? "-")") }
        let (base, ourQuery) = RequestComparison.split(ours.url)
        if base != endpoint + (theirs.path ?? "") { problems.append("path: ours \(base), opensearch-py \(theirs.path ?? "-")") }
        let theirQuery = (theirs.params ?? [:]).map { "\($0.key)=\($0.value)" }.sorted()
        if ourQuery != theirQuery { problems.append("query: ours \(ourQuery), opensearch-py \(theirQuery)") }
        let ourBody = String(decoding: ours.body, as: UTF8.self)
        let theirBody = theirs.body ?? ""
        switch row.body {
        case .none:
            if !ourBody.isEmpty || !theirBody.isEmpty { problems.append("body: ours \(ourBody), opensearch-py \(theirBody)") }
        case .json:
            if json(ourBody) == nil || json(ourBody) != json(theirBody) { problems.append("JSON body: ours \(ourBody), opensearch-py \(theirBody)") }
            if ours.headers["Content-Type"] != "application/json" { problems.append("Content-Type: \(ours.headers["Content-Type"] ?? "-")") }
        case .ndjson:
            let ourLines = ourBody.split(separator: "\n", omittingEmptySubsequences: false).map { json(String($0)) }
            let theirLines = theirBody.split(separator: "\n", omittingEmptySubsequences: false).map { json(String($0)) }
            if ourLines != theirLines || !ourBody.hasSuffix("\n") { problems.append("NDJSON body: ours \(ourBody), opensearch-py \(theirBody)") }
            // opensearch-py's connection sends `application/json` for every body; the bulk API documents
            // `application/x-ndjson`, which OpenSearch also accepts, so ours is checked against the documentation.
            if ours.headers["Content-Type"] != "application/x-ndjson" { problems.append("Content-Type: \(ours.headers["Content-Type"] ?? "-")") }
        }
        return problems
    }

    static func json(_ text: String) -> JSON? {
        text.isEmpty ? .null : try? JSONDecoder().decode(JSON.self, from: Data(text.utf8))
    }

    @Test("our request equals opensearch-py's: method, path, query parameters and body", arguments: OpenSearchTable.rows)
    func row(_ row: OpenSearchRow) async throws {
        let theirs = try #require(try OpenSearchPyRequests.byID.get()[row.id], "opensearch-py produced nothing for \(row.id)")
        let problems = Self.differences(try await Self.capture(row), theirs, row)
        #expect(problems.isEmpty, "\(row.id):\n\(problems.joined(separator: "\n"))")
    }

    @Test("every OpenSearch operation of the table matches opensearch-py")
    func summary() async throws {
        let requests = try OpenSearchPyRequests.byID.get()
        var matched = 0
        for row in OpenSearchTable.rows {
            if let theirs = requests[row.id], let ours = try? await Self.capture(row), Self.differences(ours, theirs, row).isEmpty {
                matched += 1
            }
        }
        print("OpenSearch conformance with opensearch-py: \(matched)/\(OpenSearchTable.rows.count) requests matched")
        #expect(Set(OpenSearchTable.rows.map(\.id)).count == OpenSearchTable.rows.count, "row ids must be unique")
        #expect(matched == OpenSearchTable.rows.count)
    }
}
