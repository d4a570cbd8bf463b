import AWSClients
import AWSCore
import Foundation
import LocalHarness

// The OpenSearch twin under load: 10,000 documents with a short text title and a 256-dimension vector,
// then hybrid queries (BM25 match + exact k-NN, min-max normalisation, arithmetic mean) through our
// OpenSearchClient over HTTP with SigV4, as a handler would send them. Prints p50 and p99 per query kind.
// BENCH_QUERIES sets the number of queries per kind (default 200).

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let documents = 10_000
let dimension = 256
let queries = Int(ProcessInfo.processInfo.environment["BENCH_QUERIES"] ?? "") ?? 200
let words = ["space", "ocean", "drama", "comedy", "night", "city", "storm", "river", "dream", "winter", "summer", "ghost",
             "king", "queen", "robot", "garden", "island", "desert", "forest", "train", "letter", "secret", "music", "light"]
var random = SplitMix64(state: 42)
@MainActor func vector() -> [Double] { (0..<dimension).map { _ in Double.random(in: -1...1, using: &random) } }
@MainActor func title() -> String { (0..<Int.random(in: 3...8, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ") }

let accessKey = "AKIABENCHOPENSEARCH1"
let secret = "bench-secret"
let server = TwinServer(services: [TwinOpenSearch()], verifier: TwinSignatureVerifier(secrets: [accessKey: secret]), forwarder: nil)
let running = try await server.start()
let endpoint = "http://127.0.0.1:\(running.port)"
let configuration = AWSClientConfiguration(
    region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: accessKey, secretAccessKey: secret)),
    transport: URLSessionTransport(), environment: [:], endpoint: endpoint, retry: RetryConfiguration(maxAttempts: 1))
let client = try OpenSearchClient(configuration, endpoint: endpoint)

try await client.createIndex("bench", definition: OpenSearchIndexDefinition(properties: [
    "title": .text(), "genre": .keyword,
    "embedding": .knnVector(dimension: dimension, method: OpenSearchKNNMethod(spaceType: "cosinesimil")),
], knn: true))
let loadStart = Date()
for batch in stride(from: 0, to: documents, by: 500) {
    let actions = (batch..<min(batch + 500, documents)).map { i in
        OpenSearchBulkAction.index(index: "bench", id: "doc-\(i)", document: [
            "title": .string(title()), "genre": .string(words[i % 6]), "embedding": .array(vector().map(JSON.number)),
        ])
    }
    let result = try await client.bulk(actions)
    precondition(!result.errors, "bulk failed: \(result.failures.prefix(1))")
}
let loadSeconds = Date().timeIntervalSince(loadStart)
try await client.putSearchPipeline("bench-hybrid", body: ["phase_results_processors": [["normalization-processor": [
    "normalization": ["technique": "min_max"], "combination": ["technique": "arithmetic_mean", "parameters": ["weights": [0.3, 0.7]]],
]]]])

@MainActor func measure(_ name: String, _ run: @MainActor () async throws -> Void) async throws {
    for _ in 0..<5 { try await run() }
    var samples: [Double] = []
    for _ in 0..<queries {
        let start = DispatchTime.now().uptimeNanoseconds
        try await run()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    samples.sort()
    let p50 = samples[samples.count / 2], p99 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.99))]
    print(String(format: "%-28@ p50 %7.2f ms   p99 %7.2f ms   (%d queries)", name as NSString, p50, p99, queries))
}

print("loaded \(documents) documents (\(dimension)-dim vectors) in \(String(format: "%.1f", loadSeconds)) s")
try await measure("bm25 match") {
    _ = try await client.search(index: "bench", OpenSearchSearchRequest(query: .match(field: "title", query: title()), size: 10))
}
try await measure("knn k=10") {
    _ = try await client.search(index: "bench", OpenSearchSearchRequest(query: .knn(field: "embedding", vector: vector(), k: 10), size: 10))
}
try await measure("hybrid (match + knn)") {
    let answer = try await client.search(index: "bench", OpenSearchSearchRequest(query: .hybrid([
        .match(field: "title", query: title()), .knn(field: "embedding", vector: vector(), k: 10),
    ]), size: 10), searchPipeline: "bench-hybrid")
    precondition(!answer.hits.isEmpty)
}
try await measure("hybrid + filter") {
    _ = try await client.search(index: "bench", OpenSearchSearchRequest(query: .hybrid([
        .bool(must: [.match(field: "title", query: title())], filter: [.term(field: "genre", value: "space")]),
        .knn(field: "embedding", vector: vector(), k: 10, filter: .term(field: "genre", value: "space")),
    ]), size: 10), searchPipeline: "bench-hybrid")
}
await running.stop()
