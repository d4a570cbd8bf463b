import Foundation

/// A small seeded generator (SplitMix64): the twin's "analysis" of media it cannot really see is drawn from the
/// media's bytes, so the same file always gets the same answer.
struct DeterministicDraw {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// Seeded by FNV-1a over `data` (at most the first and last 64 KB, so large videos hash quickly) and a salt.
    init(data: Data, salt: String = "") {
        var hash: UInt64 = 0xcbf29ce484222325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
        }
        if data.count <= 131_072 {
            mix(data)
        } else {
            mix(data.prefix(65_536))
            mix(data.suffix(65_536))
            mix(String(data.count).utf8)
        }
        mix(salt.utf8)
        state = hash
    }

    mutating func next() -> UInt64 {
        state = state &+ 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Uniform in `range`.
    mutating func double(_ range: ClosedRange<Double>) -> Double { range.lowerBound + unit() * (range.upperBound - range.lowerBound) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    /// `count` distinct indices of 0..<`total`, in draw order.
    mutating func pick(_ count: Int, of total: Int) -> [Int] {
        var pool = Array(0..<total)
        var chosen: [Int] = []
        for _ in 0..<min(count, total) { chosen.append(pool.remove(at: Int(next() % UInt64(pool.count)))) }
        return chosen
    }

    /// A value rounded like Rekognition's floats (up to 6 decimals), so JSON stays compact.
    static func rounded(_ value: Double, _ places: Double = 1_000_000) -> Double { (value * places).rounded() / places }
}
