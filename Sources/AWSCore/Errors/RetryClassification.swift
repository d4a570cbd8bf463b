/// Which service errors botocore's standard retry mode retries (`botocore/retries/standard.py`).
public enum RetryClassification {
    /// `ThrottledRetryableChecker._THROTTLED_ERROR_CODES` in botocore/retries/standard.py,
    /// the union of every code AWS services use for throttling.
    public static let throttlingCodes: Set<String> = [
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    ]

    /// `TransientRetryableChecker._TRANSIENT_ERROR_CODES` in botocore/retries/standard.py.
    public static let transientCodes: Set<String> = [
        "RequestTimeout",
        "RequestTimeoutException",
        "PriorRequestNotComplete",
    ]

    /// `TransientRetryableChecker._TRANSIENT_STATUS_CODES` in botocore/retries/standard.py.
    public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// Codes retried because they are modelled retryable, for the services this project calls:
    /// - `ModelNotReadyException`: bedrock-runtime service-2.json marks it `"retryable": {"throttling": false}`
    ///   (botocore's `ModeledRetryableChecker` retries it);
    /// - `ReplicatedWriteConflictException`: dynamodb service-2.json, `"retryable": {"throttling": false}`;
    /// - `IDPCommunicationError`: STS, retried by `RetryIDPCommunicationError` in botocore/retries/special.py.
    /// None of the modelled codes of these services is marked as throttling.
    public static let modeledTransientCodes: Set<String> = [
        "ModelNotReadyException",
        "ReplicatedWriteConflictException",
        "IDPCommunicationError",
    ]

    /// Whether `code` reports throttling (retries cost more tokens and back off with throttling in mind).
    public static func isThrottling(code: String) -> Bool {
        throttlingCodes.contains(code)
    }

    /// Whether the error is transient: a transient or modelled-retryable code, or status 500/502/503/504.
    public static func isTransient(code: String, status: Int) -> Bool {
        transientCodes.contains(code) || modeledTransientCodes.contains(code) || transientStatuses.contains(status)
    }

    /// Whether standard mode retries `error` (throttling or transient).
    public static func isRetryable(_ error: AWSServiceError) -> Bool {
        isThrottling(code: error.code) || isTransient(code: error.code, status: error.statusCode)
    }
}
