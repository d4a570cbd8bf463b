import AWSClients
import AWSCore
import Foundation
import Testing
@testable import LocalHarness

/// The OpenSearch data plane served by the twin, through our OpenSearchClient: indices, documents, bulk,
/// BM25 and k-NN scores checked against hand-computed values, errors in OpenSearch's shapes.
@Suite("Local twin: OpenSearch", .serialized)
struct TwinOpenSearchTests {
    static func withTwin(
        directory: URL? = nil, serverless: Bool = false, secret: String = TwinTests.secret,
        _ body: (OpenSearchClient, Int) async throws -> Void
    ) async throws {
        let server = TwinServer(
            services: [TwinOpenSearch(directory: directory)], verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]), forwarder: nil)
        let running = try await server.start()
        do {
            let client = try OpenSearchClient(TwinTests.configuration(port: running.port, secret: secret), endpoint: "http://127.0.0.1:\(running.port)", serverless: serverless)
            try await body(client, running.port)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    static func expectError(_ code: String, status: Int, _ call: () async throws -> Void) async {
        do {
            try await call()
            Issue.record("expected \(code)")
        } catch let error as AWSServiceError {
            #expect(error.code == code, "\(error)")
            #expect(error.statusCode == status, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// BM25 as Lucene defines it, written out independently of the twin.
    static func bm25(tf: Double, length: Double, averageLength: Double, docCount: Double, docFreq: Double) -> Double {
        let idf = log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5))
        return idf * tf / (tf + 1.2 * (0.25 + 0.75 * length / averageLength))
    }

    @Test("an index with settings and a knn_vector mapping is created, described by GET, HEAD and _mapping, and refused twice")
    func createAndDescribe() async throws {
        try await Self.withTwin { client, _ in
            let definition = OpenSearchIndexDefinition(properties: [
                "title": .text(), "genre": .keyword, "year": .type("integer"),
                "embedding": .knnVector(dimension: 4, method: OpenSearchKNNMethod(engine: "faiss", spaceType: "cosinesimil")),
            ], knn: true, numberOfShards: 1)
            let created = try await client.createIndex("videos", definition: definition)
            #expect(created["acknowledged"]?.boolValue == true)
            #expect(created["index"]?.stringValue == "videos")
            #expect(try await client.indexExists("videos"))
            #expect(try await client.indexExists("absent") == false)
            let described = try await client.getIndex("videos")
            #expect(described["videos"]?["settings"]?["index"]?["knn"]?.stringValue == "true")
            #expect(described["videos"]?["settings"]?["index"]?["number_of_shards"]?.stringValue == "1")
            let mapping = try await client.getMapping("videos")
            let properties = mapping["videos"]?["mappings"]?["properties"]
            #expect(properties?["embedding"]?["dimension"]?.numberValue == 4)
            #expect(properties?["embedding"]?["method"]?["space_type"]?.stringValue == "cosinesimil")
            #expect(properties?["genre"]?["type"]?.stringValue == "keyword")
            await Self.expectError("resource_already_exists_exception", status: 400) {
                try await client.createIndex("videos", definition: definition)
            }
            await Self.expectError("invalid_index_name_exception", status: 400) {
                try await client.createIndex("Videos", definition: definition)
            }
            await Self.expectError("mapper_parsing_exception", status: 400) {
                try await client.createIndex("bad", definition: OpenSearchIndexDefinition(properties: ["v": .raw(["type": "knn_vector"])]))
            }
            try await client.deleteIndex("videos")
            #expect(try await client.indexExists("videos") == false)
            await Self.expectError("index_not_found_exception", status: 404) { try await client.deleteIndex("videos") }
        }
    }

    @Test("documents are indexed, read, replaced with a new version and deleted; bulk reports each item and a knn dimension mismatch")
    func documentsAndBulk() async throws {
        try await Self.withTwin { client, _ in
            try await client.createIndex("clips", definition: OpenSearchIndexDefinition(properties: [
                "title": .text(), "embedding": .knnVector(dimension: 3),
            ], knn: true))
            let first = try await client.indexDocument(index: "clips", id: "c1", document: ["title": "Opening night", "embedding": [1, 0, 0]])
            #expect(first["result"]?.stringValue == "created")
            #expect(first["_version"]?.numberValue == 1)
            let second = try await client.indexDocument(index: "clips", id: "c1", document: ["title": "Opening night, again", "embedding": [1, 0, 0]])
            #expect(second["result"]?.stringValue == "updated")
            #expect(second["_version"]?.numberValue == 2)
            let generated = try await client.indexDocument(index: "clips", id: nil, document: ["title": "No id"])
            #expect(generated["_id"]?.stringValue?.count == 20)
            #expect(try await client.getDocument(index: "clips", id: "c1")?["title"]?.stringValue == "Opening night, again")

            let result = try await client.bulk([
                .index(index: "clips", id: "c2", document: ["title": "Second clip", "embedding": [0, 1, 0]]),
                .index(index: "clips", id: "c3", document: ["title": "Wrong size", "embedding": [0, 1]]),
                .delete(index: "clips", id: "c1"),
                .delete(index: "clips", id: "never"),
            ], refresh: true)
            #expect(result.errors)
            #expect(result.items.map(\.action) == ["index", "index", "delete", "delete"])
            #expect(result.items.map(\.status) == [201, 400, 200, 404])
            #expect(result.items.map(\.result) == ["created", nil, "deleted", "not_found"])
            let failure = try #require(result.failures.first)
            #expect(failure.id == "c3")
            #expect(failure.errorType == "mapper_parsing_exception")
            #expect(failure.errorReason?.contains("failed to parse field [embedding] of type [knn_vector]") == true)
            #expect(try await client.getDocument(index: "clips", id: "c1") == nil)
            #expect(try await client.getDocument(index: "clips", id: "c3") == nil)
            #expect(try await client.deleteDocument(index: "clips", id: "c2") == "deleted")
            #expect(try await client.deleteDocument(index: "clips", id: "c2") == "not_found")
            let left = try await client.search(index: "clips", OpenSearchSearchRequest(query: .matchAll))
            #expect(left.hits.map(\.id) == [generated["_id"]?.stringValue])
            let dynamic = try await client.getMapping("clips")
            #expect(dynamic["clips"]?["mappings"]?["properties"]?["title"]?["type"]?.stringValue == "text")
        }
    }

    @Test("match scores are Lucene's BM25 (k1 1.2, b 0.75) computed by hand; operator and; the english analyzer stems and drops stop words")
    func bm25() async throws {
        try await Self.withTwin { client, _ in
            try await client.createIndex("films", definition: OpenSearchIndexDefinition(properties: [
                "title": .text(), "plot": .text(analyzer: "english"),
            ]))
            let titles = ["The quick brown fox", "The lazy dog sleeps", "A quick brown dog jumps over the lazy fox quickly", "Fox"]
            _ = try await client.bulk(titles.enumerated().map { i, title in
                .index(index: "films", id: "f\(i + 1)", document: ["title": .string(title), "plot": .string(i == 1 ? "Dogs running in the park" : "A dog runs")])
            }, refresh: true)
            let answer = try await client.search(index: "films", OpenSearchSearchRequest(query: .match(field: "title", query: "Quick FOX")))
            let lengths: [String: Double] = ["f1": 4, "f2": 4, "f3": 10, "f4": 1]
            let average = 19.0 / 4
            func expected(_ id: String) -> Double {
                let quick = ["f1": 1.0, "f3": 1.0][id].map { Self.bm25(tf: $0, length: lengths[id]!, averageLength: average, docCount: 4, docFreq: 2) } ?? 0
                let fox = ["f1": 1.0, "f3": 1.0, "f4": 1.0][id].map { Self.bm25(tf: $0, length: lengths[id]!, averageLength: average, docCount: 4, docFreq: 3) } ?? 0
                return quick + fox
            }
            #expect(answer.total == 3)
            #expect(answer.hits.map(\.id) == ["f1", "f3", "f4"].sorted { expected($0) > expected($1) })
            for hit in answer.hits {
                let score = try #require(hit.score)
                #expect(abs(score - expected(hit.id)) < 1e-5, "\(hit.id): \(score) vs \(expected(hit.id))")
            }
            #expect(abs((answer.maxScore ?? 0) - expected("f1")) < 1e-5)
            let all = try await client.search(index: "films", OpenSearchSearchRequest(query: .match(field: "title", query: "quick fox", operator: "and")))
            #expect(Set(all.hits.map(\.id)) == ["f1", "f3"])
            let stemmed = try await client.search(index: "films", OpenSearchSearchRequest(query: .match(field: "plot", query: "the running dogs")))
            #expect(stemmed.total == 4)
            let phrase = try await client.search(index: "films", OpenSearchSearchRequest(query: .raw(["match_phrase": ["title": "brown fox"]])))
            #expect(phrase.hits.map(\.id) == ["f1"])
            let boosted = try await client.search(index: "films", OpenSearchSearchRequest(query: .multiMatch(query: "dog", fields: ["title^2", "plot"])))
            let lazy = try #require(boosted.hits.first { $0.id == "f2" })
            #expect(abs((lazy.score ?? 0) - 2 * Self.bm25(tf: 1, length: 4, averageLength: average, docCount: 4, docFreq: 2)) < 1e-5)
        }
    }

    @Test("k-NN scores follow each space type's convention: l2 1/(1+d²), cosinesimil (1+cos)/2, innerproduct; a filter narrows the candidates")
    func knnSpaces() async throws {
        try await Self.withTwin { client, _ in
            try await client.createIndex("vectors", definition: OpenSearchIndexDefinition(properties: [
                "l2": .knnVector(dimension: 3, method: OpenSearchKNNMethod(spaceType: "l2")),
                "cos": .knnVector(dimension: 3, method: OpenSearchKNNMethod(engine: "lucene", spaceType: "cosinesimil")),
                "ip": .knnVector(dimension: 3, method: OpenSearchKNNMethod(spaceType: "innerproduct")),
                "kind": .keyword,
            ], knn: true))
            let vectors: [String: [Double]] = ["a": [1, 0, 0], "b": [0, 1, 0], "c": [1, 1, 0], "d": [-1, 0.5, 0], "e": [0.2, 0.1, 3]]
            _ = try await client.bulk(vectors.sorted { $0.key < $1.key }.map { id, v in
                let vector = JSON.array(v.map(JSON.number))
                return .index(index: "vectors", id: id, document: ["l2": vector, "cos": vector, "ip": vector, "kind": .string(id == "c" ? "odd" : "even")])
            }, refresh: true)
            let query: [Double] = [1, 0.5, 0]
            let dot = { (v: [Double]) in zip(query, v).reduce(0) { $0 + $1.0 * $1.1 } }
            let norm = { (v: [Double]) in v.reduce(0) { $0 + $1 * $1 }.squareRoot() }
            let expectations: [(String, ([Double]) -> Double)] = [
                ("l2", { v in 1 / (1 + zip(query, v).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }) }),
                ("cos", { v in (1 + dot(v) / (norm(query) * norm(v))) / 2 }),
                ("ip", { v in dot(v) >= 0 ? 1 + dot(v) : 1 / (1 - dot(v)) }),
            ]
            for (field, formula) in expectations {
                let answer = try await client.search(index: "vectors", OpenSearchSearchRequest(query: .knn(field: field, vector: query, k: 3)))
                // Ties (a and c are equally far in l2) go to the earlier document, as Lucene's doc ids do.
                let ranked = vectors.keys.sorted { (-formula(vectors[$0]!), $0) < (-formula(vectors[$1]!), $1) }
                #expect(answer.hits.map(\.id) == Array(ranked.prefix(3)), "\(field)")
                #expect(answer.total == 3)
                for hit in answer.hits {
                    #expect(abs((hit.score ?? 0) - formula(vectors[hit.id]!)) < 1e-5, "\(field) \(hit.id)")
                }
            }
            let filtered = try await client.search(index: "vectors", OpenSearchSearchRequest(
                query: .knn(field: "l2", vector: query, k: 2, filter: .term(field: "kind", value: "even"))))
            #expect(!filtered.hits.map(\.id).contains("c"))
            #expect(filtered.hits.count == 2)
            await Self.expectError("search_phase_execution_exception", status: 400) {
                _ = try await client.search(index: "vectors", OpenSearchSearchRequest(query: .knn(field: "l2", vector: [1, 2], k: 1)))
            }
        }
    }

    @Test("errors come in OpenSearch's shapes: index_not_found, parsing_exception, x_content_parse_exception, and the signing front end's 403")
    func errors() async throws {
        try await Self.withTwin { client, port in
            await Self.expectError("index_not_found_exception", status: 404) {
                _ = try await client.search(index: "missing", OpenSearchSearchRequest(query: .matchAll))
            }
            try await client.createIndex("errs", definition: OpenSearchIndexDefinition(properties: ["title": .text()]))
            await Self.expectError("parsing_exception", status: 400) {
                _ = try await client.searchRaw(index: "errs", body: ["query": ["no_such_query": ["x": 1]]])
            }
            await Self.expectError("parsing_exception", status: 400) {
                _ = try await client.searchRaw(index: "errs", body: ["query": ["match_all": [:]], "unknown_member": 1])
            }
            await Self.expectError("illegal_argument_exception", status: 400) {
                _ = try await client.search(index: "errs", OpenSearchSearchRequest(query: .hybrid([.matchAll])), searchPipeline: "nope")
            }
            let raw = HTTPRequest(method: "POST", url: "http://127.0.0.1:\(port)/errs/_search", headers: ["Content-Type": "application/json"], body: Data("{\"query\": ".utf8))
            do {
                _ = try await client.client.send(raw, errorDecoder: { response in
                    AWSServiceError(code: String(decoding: response.body, as: UTF8.self), message: "", statusCode: response.status)
                })
                Issue.record("expected a parse error")
            } catch let error as AWSServiceError {
                #expect(error.statusCode == 400)
                let document = try JSONValue(parsing: error.code)
                #expect(document["error"]?["type"]?.stringValue == "x_content_parse_exception")
                #expect(document["error"]?["root_cause"]?.arrayValue?.first?["type"]?.stringValue == "x_content_parse_exception")
                #expect(document["status"] == .int(400))
            }
        }
        try await Self.withTwin(secret: "wrong") { client, _ in
            await Self.expectError("InvalidSignatureException", status: 403) {
                _ = try await client.search(index: "errs", OpenSearchSearchRequest(query: .matchAll))
            }
        }
    }

    @Test("a Serverless collection client (signing name aoss, x-amz-content-sha256 signed) is served the same way")
    func serverless() async throws {
        try await Self.withTwin(serverless: true) { client, _ in
            try await client.createIndex("aoss-index", definition: OpenSearchIndexDefinition(properties: ["name": .keyword]))
            _ = try await client.bulk([.index(index: "aoss-index", id: "1", document: ["name": "one"])])
            let answer = try await client.search(index: "aoss-index", OpenSearchSearchRequest(query: .term(field: "name", value: "one")))
            #expect(answer.hits.map(\.id) == ["1"])
            // A keyword term scores idf × 1/(1 + k1) with one document (no norms: length 1 = average length).
            #expect(abs((answer.hits.first?.score ?? 0) - log(1 + 0.5 / 1.5) / 2.2) < 1e-6)
        }
    }
}
