import Foundation
import Testing
@testable import AWSCore

@Suite("StandardRetryStrategy")
struct RetryStrategyTests {
    private func strategy(
        _ configuration: RetryConfiguration = RetryConfiguration(), bucket: RetryTokenBucket? = nil,
        random: Double = 0.5, clock: RetryRecordingTimeSource = RetryRecordingTimeSource()
    ) -> StandardRetryStrategy {
        StandardRetryStrategy(
            configuration: configuration, bucket: bucket, random: RetryFixedRandom(value: random), timeSource: clock)
    }

    @Test("the defaults are botocore's standard mode")
    func defaults() {
        let configuration = RetryConfiguration()
        #expect(configuration.maxAttempts == 3)
        #expect(configuration.maxBackoff == 20)
        #expect(configuration.initialTokens == 500)
        #expect(configuration.retryCost == 5)
        #expect(configuration.timeoutCost == 10)
        #expect(configuration.noRetryIncrement == 1)
    }

    @Test("three 503 failures make three attempts, drain 10 tokens and rethrow the last error unchanged")
    func exhaustedAttempts() async throws {
        let bucket = RetryTokenBucket()
        let clock = RetryRecordingTimeSource()
        let operation = RetryScriptedOperation(failures: Array(repeating: RetryErrors.unavailable, count: 3))
        let error = await #expect(throws: AWSServiceError.self) {
            try await strategy(bucket: bucket, clock: clock).execute { try operation.run($0) }
        }
        #expect(error == RetryErrors.unavailable)
        #expect(error?.requestId == "req-503")
        #expect(operation.attempts == [1, 2, 3])
        #expect(await bucket.availableTokens == 490)
        #expect(clock.sleeps == [0.5, 1.0])
    }

    @Test("delays are random × min(2^(attempt−1), maxBackoff) through the injected clock")
    func exactDelays() async throws {
        let clock = RetryRecordingTimeSource()
        let operation = RetryScriptedOperation(failures: Array(repeating: RetryErrors.throttled, count: 6))
        let configuration = RetryConfiguration(maxAttempts: 7, maxBackoff: 10)
        _ = try await strategy(configuration, random: 0.25, clock: clock).execute { try operation.run($0) }
        #expect(clock.sleeps == [0.25, 0.5, 1.0, 2.0, 2.5, 2.5])
        #expect(operation.attempts == [1, 2, 3, 4, 5, 6, 7])
    }

    @Test("a non-retryable error is thrown after one attempt without sleeping or spending tokens")
    func nonRetryable() async throws {
        let bucket = RetryTokenBucket()
        let clock = RetryRecordingTimeSource()
        let failures: [any Error] = [
            RetryErrors.validation, TransportError.invalidURL("x"), TransportError.cancelled("x"),
            CancellationError(), URLError(.badServerResponse),
        ]
        for failure in failures {
            let operation = RetryScriptedOperation(failures: [failure])
            await #expect(throws: (any Error).self) {
                try await strategy(bucket: bucket, clock: clock).execute { try operation.run($0) }
            }
            #expect(operation.attempts == [1], "\(failure)")
        }
        #expect(clock.sleeps.isEmpty)
        #expect(await bucket.availableTokens == 500)
    }

    @Test("CancellationError is rethrown as is and never retried")
    func cancellationError() async throws {
        let operation = RetryScriptedOperation(failures: [CancellationError()])
        await #expect(throws: CancellationError.self) {
            try await strategy().execute { try operation.run($0) }
        }
        #expect(operation.attempts == [1])
    }

    @Test("retryable transport errors are retried, a timeout costing 10 tokens and a connection failure 5")
    func transportErrors() async throws {
        let bucket = RetryTokenBucket()
        let operation = RetryScriptedOperation(failures: [
            TransportError.timedOut("read"), TransportError.connectionFailed("refused"),
        ])
        #expect(try await strategy(bucket: bucket).execute { try operation.run($0) } == "ok")
        #expect(operation.attempts == [1, 2, 3])
        // 500 − 10 − 5, then the success refunds the last retry's cost (5), as botocore does.
        #expect(await bucket.availableTokens == 490)
    }

    @Test("a success after a retry refunds that retry's cost; a first-attempt success adds one token")
    func refunds() async throws {
        let bucket = RetryTokenBucket()
        let drain = RetryScriptedOperation(failures: Array(repeating: RetryErrors.unavailable, count: 3))
        _ = try? await strategy(bucket: bucket).execute { try drain.run($0) }
        #expect(await bucket.availableTokens == 490)

        let retriedOnce = RetryScriptedOperation(failures: [RetryErrors.throttled])
        _ = try await strategy(bucket: bucket).execute { try retriedOnce.run($0) }
        #expect(await bucket.availableTokens == 490)

        let timedOutOnce = RetryScriptedOperation(failures: [TransportError.timedOut("slow")])
        _ = try await strategy(bucket: bucket).execute { try timedOutOnce.run($0) }
        #expect(await bucket.availableTokens == 490)

        let clean = RetryScriptedOperation(failures: [])
        _ = try await strategy(bucket: bucket).execute { try clean.run($0) }
        #expect(await bucket.availableTokens == 491)
    }

    @Test("a success never fills the bucket beyond its initial capacity")
    func capacityCap() async throws {
        let bucket = RetryTokenBucket()
        for _ in 0..<3 {
            _ = try await strategy(bucket: bucket).execute { _ in "ok" }
        }
        #expect(await bucket.availableTokens == 500)
        let retried = RetryScriptedOperation(failures: [RetryErrors.unavailable])
        _ = try await strategy(bucket: bucket).execute { try retried.run($0) }
        #expect(await bucket.availableTokens == 500)
    }

    @Test("100 throttled retries empty the shared bucket, after which failures are thrown at the first attempt")
    func bucketExhaustion() async throws {
        let bucket = RetryTokenBucket()
        let clock = RetryRecordingTimeSource()
        var attempts = 0
        for _ in 0..<50 {
            let operation = RetryScriptedOperation(failures: Array(repeating: RetryErrors.throttled, count: 3))
            await #expect(throws: AWSServiceError.self) {
                try await strategy(bucket: bucket, clock: clock).execute { try operation.run($0) }
            }
            attempts += operation.attempts.count
        }
        #expect(attempts == 150)
        #expect(clock.sleeps.count == 100)
        #expect(await bucket.availableTokens == 0)

        let afterwards = RetryScriptedOperation(failures: [RetryErrors.throttled, RetryErrors.throttled])
        let error = await #expect(throws: AWSServiceError.self) {
            try await strategy(bucket: bucket, clock: clock).execute { try afterwards.run($0) }
        }
        #expect(error == RetryErrors.throttled)
        #expect(afterwards.attempts == [1])
        #expect(clock.sleeps.count == 100)
    }

    @Test("with many attempts allowed, the bucket stops a request after exactly 100 retries")
    func bucketStopsLongRequest() async throws {
        let bucket = RetryTokenBucket()
        let operation = RetryScriptedOperation(failures: Array(repeating: RetryErrors.throttled, count: 1000))
        await #expect(throws: AWSServiceError.self) {
            try await strategy(RetryConfiguration(maxAttempts: 1000), bucket: bucket, random: 0)
                .execute { try operation.run($0) }
        }
        #expect(operation.attempts.count == 101)
        #expect(await bucket.availableTokens == 0)
    }

    @Test("a timeout needs 10 tokens: with 9 left it is not retried, while a 503 still is")
    func timeoutNeedsMoreTokens() async throws {
        let bucket = RetryTokenBucket(initialTokens: 9)
        let timeout = RetryScriptedOperation(failures: [TransportError.timedOut("slow")])
        await #expect(throws: TransportError.timedOut("")) {
            try await strategy(bucket: bucket).execute { try timeout.run($0) }
        }
        #expect(timeout.attempts == [1])
        #expect(await bucket.availableTokens == 9)
        let unavailable = RetryScriptedOperation(failures: [RetryErrors.unavailable])
        #expect(try await strategy(bucket: bucket).execute { try unavailable.run($0) } == "ok")
        #expect(unavailable.attempts == [1, 2])
    }

    @Test("a strategy without a bucket gets a full one of initialTokens; maxAttempts below 1 means one attempt")
    func ownBucketAndMinimumAttempts() async throws {
        let own = strategy(RetryConfiguration(initialTokens: 42))
        #expect(own.bucket.capacity == 42)
        #expect(await own.bucket.availableTokens == 42)
        let operation = RetryScriptedOperation(failures: [RetryErrors.unavailable])
        await #expect(throws: AWSServiceError.self) {
            try await strategy(RetryConfiguration(maxAttempts: 0)).execute { try operation.run($0) }
        }
        #expect(operation.attempts == [1])
    }

    @Test("cancelling the task during the backoff stops retrying")
    func cancelledDuringBackoff() async throws {
        let operation = RetryScriptedOperation(failures: Array(repeating: RetryErrors.unavailable, count: 3))
        let retry = StandardRetryStrategy(random: RetryFixedRandom(value: 1), timeSource: SystemTimeSource())
        let task = Task { try await retry.execute { try operation.run($0) } }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        _ = await task.result
        #expect(operation.attempts == [1])
    }
}

@Suite("RetryTokenBucket")
struct RetryTokenBucketTests {
    @Test("acquire takes tokens only when enough are available; release never exceeds capacity")
    func acquireAndRelease() async {
        let bucket = RetryTokenBucket(initialTokens: 12)
        #expect(await bucket.acquire(10))
        #expect(await bucket.availableTokens == 2)
        #expect(await !bucket.acquire(5))
        #expect(await bucket.availableTokens == 2)
        #expect(await bucket.acquire(2))
        #expect(await bucket.availableTokens == 0)
        await bucket.release(100)
        #expect(await bucket.availableTokens == 12)
        #expect(bucket.capacity == 12)
    }

    @Test("the system random source stays in [0, 1)")
    func systemRandom() {
        let random = SystemRandomSource()
        for _ in 0..<1000 {
            let value = random.unit()
            #expect(value >= 0 && value < 1)
        }
    }
}
