/// The AWS SDK "standard" retry mode's settings; the defaults are botocore's
/// (`botocore/retries/standard.py` and `quota.py`).
public struct RetryConfiguration: Sendable, Equatable {
    /// Attempts in total, the first included (at least 1).
    public var maxAttempts: Int
    /// The ceiling in seconds of the exponential part of the backoff.
    public var maxBackoff: Double
    /// The capacity of a new token bucket (also its maximum).
    public var initialTokens: Int
    /// Tokens a retry costs after a retryable error that is not a timeout.
    public var retryCost: Int
    /// Tokens a retry costs after a timeout.
    public var timeoutCost: Int
    /// Tokens a request that succeeds at its first attempt gives back.
    public var noRetryIncrement: Int

    /// Settings; every default is botocore's.
    public init(
        maxAttempts: Int = 3,
        maxBackoff: Double = 20,
        initialTokens: Int = 500,
        retryCost: Int = 5,
        timeoutCost: Int = 10,
        noRetryIncrement: Int = 1
    ) {
        self.maxAttempts = maxAttempts
        self.maxBackoff = maxBackoff
        self.initialTokens = initialTokens
        self.retryCost = retryCost
        self.timeoutCost = timeoutCost
        self.noRetryIncrement = noRetryIncrement
    }
}
