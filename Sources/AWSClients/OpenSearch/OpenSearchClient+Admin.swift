import AWSCore
import Foundation

/// Index administration, single-document writes and search pipelines.
extension OpenSearchClient {
    /// Whether `index` exists (`HEAD /<index>`).
    public func indexExists(_ index: String) async throws -> Bool {
        do {
            _ = try await call("HEAD", try Self.path(index))
            return true
        } catch let error as AWSServiceError where error.statusCode == 404 {
            return false
        }
    }

    /// The settings, mappings and aliases of `index` (`GET /<index>`), keyed by index name.
    public func getIndex(_ index: String) async throws -> JSON {
        try await call("GET", try Self.path(index))
    }

    /// The mappings of `index` (`GET /<index>/_mapping`), keyed by index name.
    public func getMapping(_ index: String) async throws -> JSON {
        try await call("GET", try Self.path(index, "_mapping"))
    }

    /// Deletes `index` and its documents.
    @discardableResult
    public func deleteIndex(_ index: String) async throws -> JSON {
        try await call("DELETE", try Self.path(index))
    }

    /// Creates or replaces document `id` of `index` (`PUT /<index>/_doc/<id>`), or adds it with a generated id
    /// when `id` is nil (`POST /<index>/_doc`); answers OpenSearch's `result`, `_id` and `_version`.
    @discardableResult
    public func indexDocument(index: String, id: String?, document: JSON, refresh: Bool = false) async throws -> JSON {
        let path = id.map { try? Self.path(index, "_doc", id: $0) } ?? (try? Self.path(index, "_doc"))
        guard let path else { throw ClientInputError.missingField("OpenSearch", id == nil ? "index" : "id") }
        return try await call(id == nil ? "POST" : "PUT", path, query: refresh ? [("refresh", "true")] : [], body: Self.encode(document))
    }

    /// Creates or replaces search pipeline `name` (`PUT /_search/pipeline/<name>`), e.g. one with a
    /// `normalization-processor` for hybrid queries.
    @discardableResult
    public func putSearchPipeline(_ name: String, body: JSON) async throws -> JSON {
        if name.isEmpty { throw ClientInputError.missingField("OpenSearch", "pipeline") }
        return try await call("PUT", "/_search/pipeline/" + AWSURIEncoding.encode(name), body: Self.encode(body))
    }
}
