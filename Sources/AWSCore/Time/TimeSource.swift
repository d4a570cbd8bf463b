import Foundation

/// Where the core reads the time and how it waits: injected so signatures, retries and expiry test exactly.
public protocol TimeSource: Sendable {
    /// The current wall-clock time.
    func now() -> Date
    /// Waits `seconds` (or returns early with `CancellationError` if the task is cancelled).
    func sleep(seconds: Double) async throws
}

/// The real clock.
public struct SystemTimeSource: TimeSource {
    public init() {}
    public func now() -> Date { Date() }
    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}
