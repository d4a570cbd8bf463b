/// Runs an operation with the AWS SDK "standard" retry mode, as botocore implements it
/// (`botocore/retries/standard.py`, `quota.py`):
///
/// - an attempt that throws an `AWSServiceError` with `retryable == true`, or a `TransportError` whose
///   `isRetryable` is true, is retried while fewer than `maxAttempts` attempts were made and the token bucket
///   pays for it (`timeoutCost` after a timeout, `retryCost` otherwise);
/// - before attempt `n + 1` it sleeps `random × min(2^(n−1), maxBackoff)` seconds through the `TimeSource`;
/// - a success gives back to the bucket the cost of the request's last retry, or `noRetryIncrement` if it
///   needed none;
/// - anything else — non-retryable errors, exhausted attempts, an empty bucket — rethrows the last error
///   unchanged; `CancellationError` is never retried.
public struct StandardRetryStrategy: Sendable {
    /// Attempts, backoff and token costs.
    public let configuration: RetryConfiguration
    /// The quota; share one bucket between all the requests of a client.
    public let bucket: RetryTokenBucket
    let random: any RandomSource
    let timeSource: any TimeSource

    /// A strategy; without `bucket` it gets a new full one of `configuration.initialTokens`.
    public init(
        configuration: RetryConfiguration = RetryConfiguration(),
        bucket: RetryTokenBucket? = nil,
        random: any RandomSource = SystemRandomSource(),
        timeSource: any TimeSource = SystemTimeSource()
    ) {
        self.configuration = configuration
        self.bucket = bucket ?? RetryTokenBucket(initialTokens: configuration.initialTokens)
        self.random = random
        self.timeSource = timeSource
    }

    /// Calls `operation` with the attempt number (1, 2, …) until it returns or should not be retried.
    public func execute<T: Sendable>(_ operation: @Sendable (_ attempt: Int) async throws -> T) async throws -> T {
        let maxAttempts = max(1, configuration.maxAttempts)
        var attempt = 1
        var lastRetryCost: Int?
        while true {
            do {
                let value = try await operation(attempt)
                await bucket.release(lastRetryCost ?? configuration.noRetryIncrement)
                return value
            } catch {
                guard attempt < maxAttempts, !Task.isCancelled, let cost = retryCost(for: error),
                    await bucket.acquire(cost)
                else { throw error }
                lastRetryCost = cost
                try await timeSource.sleep(seconds: backoff(beforeAttempt: attempt + 1))
                attempt += 1
            }
        }
    }

    /// The tokens retrying after `error` costs, or nil when `error` is not retryable.
    func retryCost(for error: any Error) -> Int? {
        switch error {
        case let error as AWSServiceError:
            return error.retryable ? configuration.retryCost : nil
        case let error as TransportError:
            guard error.isRetryable else { return nil }
            return error.isTimeout ? configuration.timeoutCost : configuration.retryCost
        default:
            return nil
        }
    }

    /// The jittered delay before `attempt` (2 or more): `random × min(2^(attempt−2), maxBackoff)`,
    /// i.e. botocore's `rand × min(2^(n−1), MAX_BACKOFF)` where n is the attempt that just failed.
    func backoff(beforeAttempt attempt: Int) -> Double {
        let failedAttempt = attempt - 1
        let exponential = failedAttempt > 62 ? Double.infinity : Double(1 << (failedAttempt - 1))
        return random.unit() * min(exponential, configuration.maxBackoff)
    }
}
