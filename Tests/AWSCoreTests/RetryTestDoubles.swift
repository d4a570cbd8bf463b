import Foundation
import Synchronization
@testable import AWSCore

/// A TimeSource that records the sleeps it is asked for and returns at once.
final class RetryRecordingTimeSource: TimeSource {
    private let recorded = Mutex<[Double]>([])
    var sleeps: [Double] { recorded.withLock { $0 } }
    func now() -> Date { Date(timeIntervalSince1970: 1_700_000_000) }
    func sleep(seconds: Double) async throws {
        recorded.withLock { $0.append(seconds) }
        try Task.checkCancellation()
    }
}

/// A RandomSource that always answers the same number.
struct RetryFixedRandom: RandomSource {
    let value: Double
    func unit() -> Double { value }
}

/// Counts attempts and fails the first ones with the given errors.
final class RetryScriptedOperation: Sendable {
    private let state: Mutex<(attempts: [Int], failures: [any Error])>

    init(failures: [any Error]) { state = Mutex((attempts: [], failures: failures)) }

    var attempts: [Int] { state.withLock { $0.attempts } }

    func run(_ attempt: Int) throws -> String {
        let failure = state.withLock { state -> (any Error)? in
            state.attempts.append(attempt)
            return state.failures.isEmpty ? nil : state.failures.removeFirst()
        }
        if let failure { throw failure }
        return "ok"
    }
}

enum RetryErrors {
    static let unavailable = AWSServiceError(
        code: "ServiceUnavailable", message: "try later", statusCode: 503, requestId: "req-503", retryable: true)
    static let throttled = AWSServiceError(
        code: "ThrottlingException", message: "slow down", statusCode: 400, requestId: "req-429", retryable: true)
    static let validation = AWSServiceError(
        code: "ValidationException", message: "bad field", statusCode: 400, requestId: "req-400", retryable: false)
}
