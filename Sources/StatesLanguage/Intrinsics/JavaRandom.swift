/// The linear congruential generator of `java.util.Random`: the same seed gives the same sequence, as
/// `States.MathRandom` promises for a seed. Not cryptographically secure (neither is Step Functions').
struct JavaRandom: RandomNumberGenerator {
    private static let multiplier: Int64 = 0x5_DEEC_E66D
    private static let mask: Int64 = (1 << 48) - 1
    private var state: Int64

    init(seed: Int64) {
        state = (seed ^ Self.multiplier) & Self.mask
    }

    /// `next(bits)`: the top `bits` bits of the next state.
    private mutating func next(bits: Int) -> Int32 {
        state = (state &* Self.multiplier &+ 0xB) & Self.mask
        return Int32(truncatingIfNeeded: state >> (48 - bits))
    }

    /// `nextInt(bound)`: uniform in `0..<bound`, `bound` positive.
    mutating func nextInt(bound: Int32) -> Int32 {
        if bound & -bound == bound {
            return Int32(truncatingIfNeeded: (Int64(bound) &* Int64(next(bits: 31))) >> 31)
        }
        var bits = next(bits: 31)
        var value = bits % bound
        while bits &- value &+ (bound &- 1) < 0 {
            bits = next(bits: 31)
            value = bits % bound
        }
        return value
    }

    /// `nextInt()`: 32 random bits.
    mutating func nextInt() -> Int32 { next(bits: 32) }

    /// `nextLong()`.
    mutating func next() -> UInt64 {
        let high = Int64(next(bits: 32)) << 32
        return UInt64(bitPattern: high &+ Int64(next(bits: 32)))
    }
}
