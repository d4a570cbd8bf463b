import Testing

@testable import AWSCore

@Suite("retry classification (botocore standard mode)")
struct RetryClassificationTests {
    @Test("botocore's fourteen throttling codes are throttling and others are not")
    func throttling() {
        for code in [
            "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
            "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
            "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
            "PriorRequestNotComplete", "EC2ThrottledException",
        ] {
            #expect(RetryClassification.isThrottling(code: code), "\(code)")
        }
        #expect(RetryClassification.throttlingCodes.count == 14)
        #expect(!RetryClassification.isThrottling(code: "ValidationException"))
        #expect(!RetryClassification.isThrottling(code: "throttlingexception"))
    }

    @Test("transient codes, modelled-retryable codes and statuses 500, 502, 503, 504 are transient")
    func transient() {
        for code in ["RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "ModelNotReadyException",
            "ReplicatedWriteConflictException", "IDPCommunicationError"]
        {
            #expect(RetryClassification.isTransient(code: code, status: 400), "\(code)")
        }
        for status in [500, 502, 503, 504] {
            #expect(RetryClassification.isTransient(code: "Anything", status: status))
        }
        for status in [400, 403, 404, 429, 501, 505] {
            #expect(!RetryClassification.isTransient(code: "Anything", status: status))
        }
    }

    @Test("an error is retryable when it is throttling or transient, and not otherwise")
    func retryable() {
        #expect(RetryClassification.isRetryable(AWSServiceError(code: "SlowDown", message: "", statusCode: 503)))
        #expect(RetryClassification.isRetryable(AWSServiceError(code: "ThrottlingException", message: "", statusCode: 400)))
        #expect(RetryClassification.isRetryable(AWSServiceError(code: "InternalFailure", message: "", statusCode: 500)))
        #expect(!RetryClassification.isRetryable(AWSServiceError(code: "AccessDeniedException", message: "", statusCode: 403)))
        #expect(!RetryClassification.isRetryable(AWSServiceError(code: "429", message: "", statusCode: 429)))
    }
}
