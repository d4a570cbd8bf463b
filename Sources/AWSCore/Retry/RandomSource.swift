/// Where the retry strategy draws its jitter: injected so backoff delays test exactly.
public protocol RandomSource: Sendable {
    /// A uniformly distributed number in `0 ..< 1`.
    func unit() -> Double
}

/// The system random number generator.
public struct SystemRandomSource: RandomSource {
    public init() {}
    /// `Double.random(in: 0..<1)`.
    public func unit() -> Double { Double.random(in: 0..<1) }
}
