import AWSCore
import Foundation

/// The OpenSearch data plane of one domain (signs as `es`) or one Serverless collection (signs as `aoss`):
/// indices with text, keyword and k-NN vector mappings, bulk indexing, search, documents by id.
public struct OpenSearchClient: Sendable {
    public static let wireProtocol = WireProtocol.restJson
    /// The NDJSON content type bulk requests carry.
    public static let ndjsonContentType = "application/x-ndjson"

    public let client: AWSClient
    /// True for a Serverless collection (`aoss`): `AWSClient` then also sends and signs
    /// `x-amz-content-sha256`, which `aoss` requires.
    public let serverless: Bool

    /// - Parameters:
    ///   - endpoint: the domain or collection endpoint, e.g. `https://search-media-abc.us-east-1.es.amazonaws.com`.
    ///   - serverless: `true` for an OpenSearch Serverless collection (`aoss`).
    public init(_ configuration: AWSClientConfiguration, endpoint: String, serverless: Bool = false) throws {
        if endpoint.isEmpty { throw ClientInputError.missingField("OpenSearch", "endpoint") }
        client = try configuration.client(
            for: serverless ? .opensearchServerless : .opensearch, wireProtocol: Self.wireProtocol, endpoint: endpoint)
        self.serverless = serverless
    }

    /// Creates `index` with its settings and mappings.
    @discardableResult
    public func createIndex(_ index: String, definition: OpenSearchIndexDefinition) async throws -> JSON {
        try await call("PUT", try Self.path(index), body: Self.encode(definition.json))
    }

    /// Makes recent writes to `index` visible to search.
    @discardableResult
    public func refresh(_ index: String) async throws -> JSON {
        try await call("POST", try Self.path(index, "_refresh"))
    }

    /// The document `id` of `index`: its `_source`, or `nil` when there is none.
    public func getDocument(index: String, id: String) async throws -> JSON? {
        do {
            let answer = try await call("GET", try Self.path(index, "_doc", id: id))
            return answer["found"]?.boolValue == false ? nil : answer["_source"]
        } catch let error as AWSServiceError where error.statusCode == 404 && error.code == "not_found" {
            return nil
        }
    }

    /// Deletes document `id` of `index`; returns OpenSearch's `result` (`deleted` or `not_found`).
    @discardableResult
    public func deleteDocument(index: String, id: String, refresh: Bool = false) async throws -> String? {
        do {
            let answer = try await call(
                "DELETE", try Self.path(index, "_doc", id: id), query: refresh ? [("refresh", "true")] : [])
            return answer["result"]?.stringValue
        } catch let error as AWSServiceError where error.statusCode == 404 && error.code == "not_found" {
            return "not_found"
        }
    }

    /// Deletes every document of `index` that `query` matches; returns how many were deleted.
    @discardableResult
    public func deleteByQuery(index: String, query: OpenSearchQuery, refresh: Bool = false) async throws -> Int {
        let answer = try await call(
            "POST", try Self.path(index, "_delete_by_query"), query: refresh ? [("refresh", "true")] : [],
            body: Self.encode(["query": query.json]))
        return Int(answer["deleted"]?.numberValue ?? 0)
    }

    /// Indexes and deletes documents in one NDJSON request. Items fail one by one: see `failures`.
    public func bulk(_ actions: [OpenSearchBulkAction], refresh: Bool = false) async throws -> OpenSearchBulkResult {
        if actions.isEmpty { throw ClientInputError.missingField("Bulk", "actions") }
        let answer = try await call(
            "POST", "/_bulk", query: refresh ? [("refresh", "true")] : [],
            body: try OpenSearchBulkAction.ndjson(actions), contentType: Self.ndjsonContentType)
        return try OpenSearchBulkResult(answer)
    }

    /// Searches `index` (several with commas) with a typed request; `searchPipeline` names a pipeline
    /// (hybrid queries need one that normalises and combines scores).
    public func search(
        index: String, _ request: OpenSearchSearchRequest, searchPipeline: String? = nil
    ) async throws -> OpenSearchSearchResponse {
        try OpenSearchSearchResponse(try await searchRaw(index: index, body: request.json, searchPipeline: searchPipeline))
    }

    /// Searches with a query DSL body as is and returns the answer as is.
    public func searchRaw(index: String, body: JSON, searchPipeline: String? = nil) async throws -> JSON {
        var query: [(String, String)] = []
        if let searchPipeline { query.append(("search_pipeline", searchPipeline)) }
        return try await call("POST", try Self.path(index, "_search"), query: query, body: Self.encode(body))
    }

    /// Sends one request and decodes its JSON answer; OpenSearch errors become `AWSServiceError`
    /// with OpenSearch's error type (`index_not_found_exception`, …) as the code.
    func call(
        _ method: String, _ path: String, query: [(String, String)] = [], body: Data? = nil,
        contentType: String = "application/json"
    ) async throws -> JSON {
        var request = OperationRequest(method: method, path: path, query: query).httpRequest(endpoint: client.endpoint.url)
        if let body {
            request.body = body
            request.headers.add(name: "Content-Type", value: contentType)
        }
        // OpenSearch answers errors in its own document, whose type becomes the error code.
        let response = try await client.send(request, errorDecoder: { OpenSearchErrorBody.error(from: $0) })
        if response.body.isEmpty { return .object([:]) }
        do {
            return try JSONDecoder().decode(JSON.self, from: response.body)
        } catch {
            throw AWSClientError.invalidResponse(operation: "\(method) \(path)", detail: "\(error)")
        }
    }

    /// `/<index>[/<segment>][/<id>]`, each part percent-encoded (commas kept between index names).
    static func path(_ index: String, _ segment: String? = nil, id: String? = nil) throws(ClientInputError) -> String {
        if index.isEmpty { throw .missingField("OpenSearch", "index") }
        if index.hasPrefix("_") { throw .invalidValue("OpenSearch", "index", "must not start with an underscore") }
        var path = "/" + index.split(separator: ",", omittingEmptySubsequences: false)
            .map { AWSURIEncoding.encode(String($0)) }.joined(separator: ",")
        if let segment { path += "/" + segment }
        if let id {
            if id.isEmpty { throw .missingField("OpenSearch", "id") }
            path += "/" + AWSURIEncoding.encode(id)
        }
        return path
    }

    static func encode(_ json: JSON) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(json)
    }
}
