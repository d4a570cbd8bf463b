import Foundation

/// Real time, with every wait shortened by `factor` (0.02: a 5-second Wait state takes 100 ms).
///
/// For runs against services that really take time (a transcription the twin finishes after a second or two):
/// unlike ``SkippingStatesClock``, a Wait + Choice poll loop still polls at a pace, so a bounded number of polls
/// is not used up before the job can finish.
public struct ScaledStatesClock: StatesClock {
    public let factor: Double

    public init(factor: Double = 0.02) { self.factor = max(0, factor) }

    public func now() -> Date { Date() }

    public func sleep(seconds: Double) async throws {
        let scaled = seconds * factor
        guard scaled > 0 else { return try Task.checkCancellation() }
        try await Task.sleep(for: .microseconds(Int64((scaled * 1_000_000).rounded())))
    }
}
