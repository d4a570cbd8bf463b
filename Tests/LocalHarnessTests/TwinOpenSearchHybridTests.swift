import AWSClients
import AWSCore
import Foundation
import Testing
@testable import LocalHarness

/// Hybrid search through search pipelines, the filters, sorting, paging, source filtering, highlighting and
/// aggregations handlers use, and indices that survive a restart of the twin.
@Suite("Local twin: OpenSearch hybrid search and persistence", .serialized)
struct TwinOpenSearchHybridTests {
    static let definition = OpenSearchIndexDefinition(properties: [
        "title": .text(), "genre": .keyword, "year": .type("integer"), "released": .type("date"),
        "embedding": .knnVector(dimension: 2, method: OpenSearchKNNMethod(spaceType: "l2")),
    ], knn: true)

    static let films: [(String, String, String, Int, [Double])] = [
        ("m1", "Space station drama", "drama", 1999, [1, 0]),
        ("m2", "A comedy in space, lost in space", "comedy", 2005, [0.9, 0.3]),
        ("m3", "Ocean documentary", "documentary", 2012, [0, 1]),
        ("m4", "Space race documentary", "documentary", 2020, [0.5, 0.5]),
        ("m5", "Quiet drama at home", "drama", 2021, [-1, 0]),
    ]

    static func load(_ client: OpenSearchClient, index: String = "movies") async throws {
        try await client.createIndex(index, definition: definition)
        _ = try await client.bulk(films.map { id, title, genre, year, vector in
            .index(index: index, id: id, document: [
                "title": .string(title), "genre": .string(genre), "year": .number(Double(year)),
                "released": .string("\(year)-06-01"), "embedding": .array(vector.map(JSON.number)),
            ])
        }, refresh: true)
    }

    static func scores(_ answer: OpenSearchSearchResponse) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: answer.hits.map { ($0.id, $0.score ?? 0) })
    }

    @Test("a hybrid query with min_max normalisation and weights 0.3/0.7 combines each sub-query's normalised scores as an arithmetic mean")
    func minMax() async throws {
        try await TwinOpenSearchTests.withTwin { client, _ in
            try await Self.load(client)
            try await client.putSearchPipeline("norm", body: ["phase_results_processors": [["normalization-processor": [
                "normalization": ["technique": "min_max"],
                "combination": ["technique": "arithmetic_mean", "parameters": ["weights": [0.3, 0.7]]],
            ]]]])
            let text = OpenSearchQuery.match(field: "title", query: "space")
            let vector = OpenSearchQuery.knn(field: "embedding", vector: [1, 0], k: 3)
            let lexical = Self.scores(try await client.search(index: "movies", OpenSearchSearchRequest(query: text)))
            let semantic = Self.scores(try await client.search(index: "movies", OpenSearchSearchRequest(query: vector)))
            func minMax(_ scores: [String: Double]) -> [String: Double] {
                let low = scores.values.min()!, high = scores.values.max()!
                return scores.mapValues { high == low ? 1 : max(($0 - low) / (high - low), 0.001) }
            }
            let (a, b) = (minMax(lexical), minMax(semantic))
            var expected: [String: Double] = [:]
            for id in Set(a.keys).union(b.keys) {
                let parts = [(a[id], 0.3), (b[id], 0.7)].compactMap { score, weight in score.map { ($0, weight) } }
                expected[id] = parts.reduce(0) { $0 + $1.0 * $1.1 } / parts.reduce(0) { $0 + $1.1 }
            }
            let hybrid = try await client.search(index: "movies", OpenSearchSearchRequest(query: .hybrid([text, vector])), searchPipeline: "norm")
            #expect(hybrid.total == expected.count)
            #expect(hybrid.hits.map(\.id) == expected.keys.sorted { (-expected[$0]!, $0) < (-expected[$1]!, $1) })
            for hit in hybrid.hits { #expect(abs((hit.score ?? 0) - expected[hit.id]!) < 1e-5, "\(hit.id)") }
            await TwinOpenSearchTests.expectError("illegal_argument_exception", status: 400) {
                _ = try await client.search(index: "movies", OpenSearchSearchRequest(query: .hybrid([text])), searchPipeline: "norm")
            }
        }
    }

    @Test("reciprocal rank fusion (score-ranker-processor, rank_constant 60) sums 1/(60 + rank) over the sub-queries")
    func rrf() async throws {
        try await TwinOpenSearchTests.withTwin { client, _ in
            try await Self.load(client)
            try await client.putSearchPipeline("rrf", body: ["phase_results_processors": [["score-ranker-processor": ["combination": ["technique": "rrf"]]]]])
            let text = OpenSearchQuery.match(field: "title", query: "documentary space")
            let vector = OpenSearchQuery.knn(field: "embedding", vector: [0, 1], k: 2)
            let lexical = try await client.search(index: "movies", OpenSearchSearchRequest(query: text)).hits.map(\.id)
            let semantic = try await client.search(index: "movies", OpenSearchSearchRequest(query: vector)).hits.map(\.id)
            // Each sub-query contributes its top from + size (3) hits.
            var expected: [String: Double] = [:]
            for list in [lexical, semantic] {
                for (rank, id) in list.prefix(3).enumerated() { expected[id, default: 0] += 1 / Double(60 + rank + 1) }
            }
            let fused = try await client.search(index: "movies", OpenSearchSearchRequest(query: .hybrid([text, vector]), size: 3), searchPipeline: "rrf")
            #expect(fused.hits.count == 3)
            #expect(fused.total == Set(lexical + semantic).count)
            let ranked = expected.keys.sorted { (-expected[$0]!, $0) < (-expected[$1]!, $1) }
            #expect(fused.hits.map(\.id) == Array(ranked.prefix(3)))
            for hit in fused.hits { #expect(abs((hit.score ?? 0) - expected[hit.id]!) < 1e-6) }
        }
    }

    @Test("bool filters, terms, ranges on numbers and dates, exists, sort, paging, _source includes, highlight and a terms aggregation")
    func filtersSortAndAggregations() async throws {
        try await TwinOpenSearchTests.withTwin { client, _ in
            try await Self.load(client)
            let filtered = try await client.search(index: "movies", OpenSearchSearchRequest(query: .bool(
                must: [.match(field: "title", query: "space")], filter: [.range(field: "year", gte: 2000)],
                mustNot: [.term(field: "genre", value: "comedy")])))
            #expect(filtered.hits.map(\.id) == ["m4"])
            let dated = try await client.search(index: "movies", OpenSearchSearchRequest(query: .bool(filter: [
                .range(field: "released", gte: "2010-01-01", lt: "2021-01-01"), .terms(field: "genre", values: ["documentary", "drama"]),
                .raw(["exists": ["field": "embedding"]]),
            ])))
            #expect(Set(dated.hits.map(\.id)) == ["m3", "m4"])
            #expect(dated.hits.allSatisfy { $0.score == 0 })
            let sorted = try await client.search(index: "movies", OpenSearchSearchRequest(
                query: .matchAll, size: 2, from: 1, sourceIncludes: ["title"], extra: ["sort": [["year": "desc"]]]))
            #expect(sorted.total == 5)
            #expect(sorted.hits.map(\.id) == ["m4", "m3"])
            #expect(sorted.hits.first?.score == nil)
            #expect(sorted.hits.first?.source == ["title": "Space race documentary"])
            let raw = try await client.searchRaw(index: "movies", body: [
                "query": ["match": ["title": "space"]], "size": 0,
                "aggs": ["genres": ["terms": ["field": "genre"]], "newest": ["max": ["field": "year"]]],
            ])
            let buckets = raw["aggregations"]?["genres"]?["buckets"]
            #expect(buckets?[0]?["key"] == "comedy" || buckets?[0]?["key"] == "documentary" || buckets?[0]?["key"] == "drama")
            #expect(buckets?[0]?["doc_count"]?.numberValue == 1)
            #expect(raw["aggregations"]?["newest"]?["value"]?.numberValue == 2020)
            #expect(raw["hits"]?["hits"] == [])
            let highlighted = try await client.searchRaw(index: "movies", body: [
                "query": ["match": ["title": "ocean"]], "highlight": ["fields": ["title": [:]]],
            ])
            #expect(highlighted["hits"]?["hits"]?[0]?["highlight"]?["title"] == ["<em>Ocean</em> documentary"])
        }
    }

    @Test("delete_by_query removes what the query matches; indices, documents and pipelines survive a restart with the same scores")
    func persistence() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("twin-opensearch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let request = OpenSearchSearchRequest(query: .match(field: "title", query: "space drama"))
        var before: OpenSearchSearchResponse?
        try await TwinOpenSearchTests.withTwin(directory: directory) { client, _ in
            try await Self.load(client)
            try await client.putSearchPipeline("rrf", body: ["phase_results_processors": [["score-ranker-processor": ["combination": ["technique": "rrf"]]]]])
            #expect(try await client.deleteByQuery(index: "movies", query: .term(field: "genre", value: "comedy"), refresh: true) == 1)
            before = try await client.search(index: "movies", request)
        }
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("movies.json").path))
        try await TwinOpenSearchTests.withTwin(directory: directory) { client, _ in
            let after = try await client.search(index: "movies", request)
            #expect(after.hits == before?.hits)
            #expect(after.total == before?.total)
            #expect(try await client.getDocument(index: "movies", id: "m2") == nil)
            let mapping = try await client.getMapping("movies")
            #expect(mapping["movies"]?["mappings"]?["properties"]?["embedding"]?["dimension"]?.numberValue == 2)
            let fused = try await client.search(index: "movies", OpenSearchSearchRequest(query: .hybrid([
                .match(field: "title", query: "space"), .knn(field: "embedding", vector: [1, 0], k: 2),
            ])), searchPipeline: "rrf")
            #expect(fused.hits.first?.id == "m1")
            let again = try await client.indexDocument(index: "movies", id: "m1", document: ["title": "Space station drama, restored"])
            #expect(again["_version"]?.numberValue == 2)
        }
    }
}
