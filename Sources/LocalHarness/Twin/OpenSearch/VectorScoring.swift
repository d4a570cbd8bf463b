import Foundation

/// Exact k-NN scores with the k-NN plugin's conventions for each space (higher is closer):
/// l2 `1 / (1 + Σ(xᵢ − yᵢ)²)`, l1 `1 / (1 + Σ|xᵢ − yᵢ|)`, linf `1 / (1 + max|xᵢ − yᵢ|)`,
/// cosinesimil `(2 − (1 − cos θ)) / 2` = `(1 + cos θ) / 2`, innerproduct `1 / (1 − x·y)` when `x·y ≤ 0`
/// and `1 + x·y` otherwise (Faiss and NMSLIB, and exact search).
enum VectorScoring {
    static func score(_ space: SpaceType, _ query: [Float], _ vector: [Float]) -> Float {
        switch space {
        case .l2:
            var sum: Float = 0
            for i in 0..<query.count {
                let d = query[i] - vector[i]
                sum += d * d
            }
            return 1 / (1 + sum)
        case .l1:
            var sum: Float = 0
            for i in 0..<query.count { sum += abs(query[i] - vector[i]) }
            return 1 / (1 + sum)
        case .linf:
            var largest: Float = 0
            for i in 0..<query.count { largest = max(largest, abs(query[i] - vector[i])) }
            return 1 / (1 + largest)
        case .cosinesimil:
            var dot: Float = 0, qq: Float = 0, vv: Float = 0
            for i in 0..<query.count {
                dot += query[i] * vector[i]
                qq += query[i] * query[i]
                vv += vector[i] * vector[i]
            }
            let cosine = dot / (qq.squareRoot() * vv.squareRoot())
            return (2 - (1 - cosine)) / 2
        case .innerproduct:
            var dot: Float = 0
            for i in 0..<query.count { dot += query[i] * vector[i] }
            let distance = -dot
            return distance >= 0 ? 1 / (1 + distance) : -distance + 1
        }
    }

    /// The distance a score stands for, for `max_distance` radial searches.
    static func score(forDistance distance: Float, _ space: SpaceType) -> Float {
        switch space {
        case .cosinesimil: return (2 - distance) / 2
        case .innerproduct: return distance >= 0 ? 1 / (1 + distance) : -distance + 1
        default: return 1 / (1 + distance)
        }
    }
}
