import AWSClients
import AWSCore
import Foundation

/// One row of the OpenSearch table: an opensearch-py call (`api` with `kwargs`) and the same call made
/// with our client. botocore has no data-plane model, so opensearch-py is the oracle here.
struct OpenSearchRow: Sendable, CustomStringConvertible {
    enum Body: Sendable { case none, json, ndjson }

    let id: String
    /// opensearch-py's method path, e.g. `indices.create`, `bulk`, `search`.
    let api: String
    let kwargs: JSON
    let body: Body
    let call: @Sendable (OpenSearchClient) async throws -> Void

    init(_ id: String, api: String, kwargs: JSON, body: Body = .json, call: @escaping @Sendable (OpenSearchClient) async throws -> Void) {
        self.id = id
        self.api = api
        self.kwargs = kwargs
        self.body = body
        self.call = call
    }

    var description: String { id }
}

/// Every OpenSearch operation of our client, next to the opensearch-py call that should build the same request.
enum OpenSearchTable {
    static let mapping = OpenSearchIndexDefinition(
        properties: [
            "title": .text(analyzer: "english"), "useCase": .keyword, "duration": .type("float"),
            "embedding": .knnVector(dimension: 4, method: OpenSearchKNNMethod(
                name: "hnsw", engine: "faiss", spaceType: "cosinesimil", parameters: ["ef_construction": 128, "m": 16])),
        ],
        knn: true, numberOfShards: 1)

    static let rows: [OpenSearchRow] = [
        OpenSearchRow(
            "indices.create with text, keyword, float and knn_vector mappings", api: "indices.create",
            kwargs: ["index": "videos", "body": [
                "settings": ["index.knn": true, "index.number_of_shards": 1],
                "mappings": ["properties": [
                    "title": ["type": "text", "analyzer": "english"], "useCase": ["type": "keyword"], "duration": ["type": "float"],
                    "embedding": ["type": "knn_vector", "dimension": 4, "method": [
                        "name": "hnsw", "engine": "faiss", "space_type": "cosinesimil", "parameters": ["ef_construction": 128, "m": 16]]],
                ]],
            ]]
        ) { try await $0.createIndex("videos", definition: mapping) },
        OpenSearchRow(
            "bulk with index and delete actions", api: "bulk",
            kwargs: ["body": [
                ["index": ["_index": "videos", "_id": "v1"]], ["title": "Sunset", "embedding": [0.1, 0.2, 0.3, 0.4]],
                ["index": ["_index": "videos"]], ["title": "No id"],
                ["delete": ["_index": "videos", "_id": "old/1"]],
            ]], body: .ndjson
        ) { client in
            _ = try await client.bulk([
                .index(index: "videos", id: "v1", document: ["title": "Sunset", "embedding": [0.1, 0.2, 0.3, 0.4]]),
                .index(index: "videos", id: nil, document: ["title": "No id"]),
                .delete(index: "videos", id: "old/1"),
            ])
        },
        OpenSearchRow(
            "bulk with refresh", api: "bulk",
            kwargs: ["body": [["delete": ["_index": "videos", "_id": "v9"]]], "refresh": true], body: .ndjson
        ) { _ = try await $0.bulk([.delete(index: "videos", id: "v9")], refresh: true) },
        OpenSearchRow(
            "search with match, size, from and source fields", api: "search",
            kwargs: ["index": "videos", "body": [
                "query": ["match": ["title": ["query": "sunset beach", "operator": "and"]]], "size": 5, "from": 10,
                "_source": ["title", "useCase"]]]
        ) { client in
            _ = try await client.search(index: "videos", OpenSearchSearchRequest(
                query: .match(field: "title", query: "sunset beach", operator: "and"), size: 5, from: 10, sourceIncludes: ["title", "useCase"]))
        },
        OpenSearchRow(
            "search with multi_match", api: "search",
            kwargs: ["index": "videos,images", "body": [
                "query": ["multi_match": ["query": "beach", "fields": ["title^2", "description"], "type": "best_fields"]]]]
        ) { client in
            _ = try await client.search(index: "videos,images", OpenSearchSearchRequest(
                query: .multiMatch(query: "beach", fields: ["title^2", "description"], type: "best_fields")))
        },
        OpenSearchRow(
            "search with bool of must, should, filter and must_not over range, term and terms", api: "search",
            kwargs: ["index": "videos", "body": ["query": ["bool": [
                "must": [["match": ["title": ["query": "beach"]]]],
                "should": [["term": ["featured": true]]],
                "filter": [["range": ["duration": ["gte": 10, "lt": 600]]], ["terms": ["useCase": ["Trailer", "Highlights"]]]],
                "must_not": [["term": ["status": "deleted"]]],
                "minimum_should_match": 0,
            ]]]]
        ) { client in
            _ = try await client.search(index: "videos", OpenSearchSearchRequest(query: .bool(
                must: [.match(field: "title", query: "beach")], should: [.term(field: "featured", value: true)],
                filter: [.range(field: "duration", gte: 10, lt: 600), .terms(field: "useCase", values: ["Trailer", "Highlights"])],
                mustNot: [.term(field: "status", value: "deleted")], minimumShouldMatch: 0)))
        },
        OpenSearchRow(
            "search with knn and a filter", api: "search",
            kwargs: ["index": "videos", "body": ["size": 3, "query": ["knn": ["embedding": [
                "vector": [0.25, -0.5, 1.0, 0.125], "k": 3, "filter": ["term": ["useCase": "Search"]]]]]]]
        ) { client in
            _ = try await client.search(index: "videos", OpenSearchSearchRequest(
                query: .knn(field: "embedding", vector: [0.25, -0.5, 1.0, 0.125], k: 3, filter: .term(field: "useCase", value: "Search")),
                size: 3))
        },
        OpenSearchRow(
            "search with hybrid queries and a search pipeline", api: "search",
            kwargs: ["index": "videos", "search_pipeline": "hybrid-norm", "body": ["query": ["hybrid": ["queries": [
                ["match": ["title": ["query": "sunset"]]],
                ["knn": ["embedding": ["vector": [0.1, 0.2, 0.3, 0.4], "k": 10]]],
            ]]]]]
        ) { client in
            _ = try await client.search(
                index: "videos", OpenSearchSearchRequest(query: .hybrid([
                    .match(field: "title", query: "sunset"), .knn(field: "embedding", vector: [0.1, 0.2, 0.3, 0.4], k: 10),
                ])), searchPipeline: "hybrid-norm")
        },
        OpenSearchRow(
            "search with a raw DSL body", api: "search",
            kwargs: ["index": "videos", "body": ["query": ["match_all": [:]], "aggs": ["by": ["terms": ["field": "useCase"]]], "size": 0]]
        ) { client in
            _ = try await client.searchRaw(index: "videos", body: [
                "query": ["match_all": [:]], "aggs": ["by": ["terms": ["field": "useCase"]]], "size": 0])
        },
        OpenSearchRow(
            "get a document whose id has a space and a slash", api: "get",
            kwargs: ["index": "videos", "id": "clip 7/a"], body: .none
        ) { _ = try await $0.getDocument(index: "videos", id: "clip 7/a") },
        OpenSearchRow(
            "delete a document", api: "delete", kwargs: ["index": "videos", "id": "v1", "refresh": true], body: .none
        ) { _ = try await $0.deleteDocument(index: "videos", id: "v1", refresh: true) },
        OpenSearchRow(
            "delete by query", api: "delete_by_query",
            kwargs: ["index": "videos", "body": ["query": ["term": ["owner": "user-1"]]], "refresh": true]
        ) { _ = try await $0.deleteByQuery(index: "videos", query: .term(field: "owner", value: "user-1"), refresh: true) },
        OpenSearchRow("refresh an index", api: "indices.refresh", kwargs: ["index": "videos"], body: .none) {
            _ = try await $0.refresh("videos")
        },
    ]
}
