import Foundation

/// A search pipeline (`PUT /_search/pipeline/<name>`) with the phase results processor that normalises and
/// combines the scores of a hybrid query's sub-queries.
struct SearchPipeline: Sendable {
    enum Processor: Sendable {
        /// `normalization-processor`: `min_max`, `l2` or `z_score`, then `arithmetic_mean`, `geometric_mean` or `harmonic_mean`.
        case normalization(technique: String, combination: String, weights: [Float]?)
        /// `score-ranker-processor`: reciprocal rank fusion, `Σ wᵢ / (rank_constant + rankᵢ)`.
        case rrf(rankConstant: Int, weights: [Float]?)
    }

    var name: String
    /// The body as stored (GET answers it).
    var body: JSONValue
    var processor: Processor?

    init(name: String, body: JSONValue) throws(OpenSearchError) {
        guard let members = body.objectValue else { throw .parsing("request body is required") }
        self.name = name
        self.body = body
        for key in members.keys where !["description", "phase_results_processors", "request_processors", "response_processors", "version"].contains(key) {
            throw .illegalArgument("Unknown field [\(key)] in search pipeline [\(name)]")
        }
        for key in ["request_processors", "response_processors"] {
            if let first = members[key]?.arrayValue?.first?.objectValue?.keys.first {
                throw .illegalArgument("Invalid processor type \(first): the local OpenSearch twin serves phase results processors only")
            }
        }
        for entry in members["phase_results_processors"]?.arrayValue ?? [] {
            guard let (type, config) = entry.objectValue?.first else { throw .parsing("phase_results_processors must hold processor objects") }
            switch type {
            case "normalization-processor":
                let technique = config["normalization"]?["technique"]?.stringValue ?? "min_max"
                guard ["min_max", "l2", "z_score"].contains(technique) else {
                    throw .illegalArgument("provided normalization technique [\(technique)] is not supported")
                }
                let combination = config["combination"]?["technique"]?.stringValue ?? "arithmetic_mean"
                guard ["arithmetic_mean", "geometric_mean", "harmonic_mean"].contains(combination) else {
                    throw .illegalArgument("provided combination technique [\(combination)] is not supported")
                }
                if technique == "z_score" && combination != "arithmetic_mean" {
                    throw .illegalArgument("z_score normalization technique only supports arithmetic_mean combination technique")
                }
                processor = .normalization(technique: technique, combination: combination, weights: try Self.weights(config["combination"]))
            case "score-ranker-processor":
                let technique = config["combination"]?["technique"]?.stringValue
                guard technique == "rrf" else { throw .illegalArgument("provided combination technique [\(technique ?? "")] is not supported") }
                let constant = Int(config["combination"]?["rank_constant"]?.number ?? 60)
                guard (1...10_000).contains(constant) else { throw .illegalArgument("rank_constant must be in the interval between 1 and 10000, submitted rank constant: \(constant)") }
                processor = .rrf(rankConstant: constant, weights: try Self.weights(config["combination"]))
            default:
                throw .illegalArgument("Invalid processor type \(type): the local OpenSearch twin serves normalization-processor and score-ranker-processor")
            }
        }
    }

    private static func weights(_ combination: JSONValue?) throws(OpenSearchError) -> [Float]? {
        guard let list = combination?["parameters"]?["weights"]?.arrayValue else { return nil }
        var weights: [Float] = []
        for value in list {
            guard let number = value.number, (0...1).contains(number) else { throw .illegalArgument("all weights must be in range [0.0 ... 1.0]") }
            weights.append(Float(number))
        }
        guard abs(weights.reduce(0, +) - 1) < 0.01 else { throw .illegalArgument("sum of weights for combination must be equal to 1.0") }
        return weights
    }
}

/// One hit of a sub-query: which index, which document slot, its score.
struct ScoredHit: Sendable, Hashable {
    var index: Int
    var slot: Int
}

enum HybridScores {
    /// Normalises each sub-query's ranked hits and combines them into one score per document, as
    /// the neural-search plugin's processors do (a document a sub-query did not return takes no part in
    /// that sub-query's mean; min-max gives 0.001 rather than 0, and 1 to a lone score).
    static func combine(_ ranked: [[(ScoredHit, Float)]], processor: SearchPipeline.Processor) throws(OpenSearchError) -> [ScoredHit: Float] {
        let weights: [Float]
        switch processor {
        case .normalization(_, _, let given), .rrf(_, let given):
            if let given, given.count != ranked.count {
                throw .illegalArgument("number of weights [\(given.count)] must match number of sub-queries [\(ranked.count)] in hybrid query")
            }
            weights = given ?? Array(repeating: 1, count: ranked.count)
        }
        var perDocument: [ScoredHit: [Float]] = [:]
        for (i, list) in ranked.enumerated() {
            let normalized = normalize(list.map(\.1), processor)
            for (j, (hit, _)) in list.enumerated() {
                var scores = perDocument[hit] ?? Array(repeating: -1, count: ranked.count)
                scores[i] = normalized[j]
                perDocument[hit] = scores
            }
        }
        return perDocument.mapValues { scores in
            switch processor {
            case .rrf:
                var sum: Float = 0
                for (i, score) in scores.enumerated() where score >= 0 { sum += weights[i] * score }
                return sum
            case .normalization(_, let combination, _):
                var numerator: Float = 0, weightSum: Float = 0
                for (i, score) in scores.enumerated() {
                    switch combination {
                    case "geometric_mean":
                        guard score > 0 else { continue }
                        numerator += weights[i] * log(score)
                    case "harmonic_mean":
                        guard score > 0 else { continue }
                        numerator += weights[i] / score
                    default:
                        guard score >= 0 else { continue }
                        numerator += weights[i] * score
                    }
                    weightSum += weights[i]
                }
                guard weightSum > 0 else { return 0 }
                switch combination {
                case "geometric_mean": return exp(numerator / weightSum)
                case "harmonic_mean": return numerator == 0 ? 0 : weightSum / numerator
                default: return numerator / weightSum
                }
            }
        }
    }

    static func normalize(_ scores: [Float], _ processor: SearchPipeline.Processor) -> [Float] {
        switch processor {
        case .rrf(let constant, _):
            return scores.indices.map { 1 / Float(constant + $0 + 1) }
        case .normalization(let technique, _, _):
            guard !scores.isEmpty else { return [] }
            switch technique {
            case "l2":
                let norm = scores.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
                return scores.map { norm == 0 ? 0 : $0 / norm }
            case "z_score":
                let mean = scores.reduce(0, +) / Float(scores.count)
                let deviation = (scores.reduce(Float(0)) { $0 + ($1 - mean) * ($1 - mean) } / Float(scores.count)).squareRoot()
                return scores.map { deviation == 0 ? 0 : max(0, ($0 - mean) / deviation) }
            default:
                let low = scores.min()!, high = scores.max()!
                return scores.map { score in
                    if high == low { return 1 }
                    let value = (score - low) / (high - low)
                    return value == 0 ? 0.001 : value
                }
            }
        }
    }
}
