import Foundation
import NIOCore
import Testing
@testable import LocalHarness

@Suite("Function processes under the runtime API", .serialized)
struct FunctionsTests {
    @Test("an echo invocation returns the payload and logs START, END and a REPORT with Init Duration")
    func echo() async throws {
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let outcome = try await harness.invoke(#"{"action":"echo","payload":"hello"}"#)
            #expect(outcome.result?.text == "hello")
            #expect(outcome.result?.error == nil)
            let report = try #require(outcome.report)
            #expect(report.initDuration != nil)
            #expect((report.maxMemoryUsed ?? 0) > 0)
            let warm = try await harness.invoke(#"{"action":"echo","payload":"again"}"#)
            #expect(warm.result?.text == "again")
            #expect(warm.report?.initDuration == nil)
            let lines = harness.lines.lines
            #expect(lines.contains("START RequestId: \(report.requestID) Version: $LATEST"))
            #expect(lines.contains("END RequestId: \(report.requestID)"))
            let reportLine = try #require(lines.first { $0.hasPrefix("REPORT RequestId: \(report.requestID)") })
            for field in ["Duration: ", "Billed Duration: ", "Memory Size: 128 MB", "Max Memory Used: ", "Init Duration: "] {
                #expect(reportLine.contains(field))
            }
        }
    }

    @Test("a thrown error completes the invocation as a function error with its errorType")
    func thrownError() async throws {
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let outcome = try await harness.invoke(#"{"action":"fail"}"#)
            let error = try #require(outcome.result?.error)
            #expect(error.errorMessage?.contains("failed on purpose") == true)
            #expect(!error.errorType.isEmpty && error.errorType != "Runtime.Unknown")
            #expect(try await harness.invoke(#"{"action":"echo"}"#).result?.text == "ok")
        }
    }

    @Test("an init error is returned as the function error and the next invoke initialises again")
    func initError() async throws {
        try await TestHarness.with([TestBootstrap.function(environment: ["TEST_BOOTSTRAP_INIT_FAIL": "1"])]) { harness in
            for _ in 0..<2 {
                let outcome = try await harness.invoke(#"{"action":"echo"}"#)
                let error = try #require(outcome.result?.error)
                #expect(error.errorMessage?.contains("init failed on purpose") == true)
                #expect(outcome.report?.initDuration != nil)
            }
        }
    }

    @Test("a crash is reported as Runtime.ExitError naming the exit status, and the next invoke recovers")
    func crash() async throws {
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let crashed = try await harness.invoke(#"{"action":"crash"}"#)
            let error = try #require(crashed.result?.error)
            #expect(error.errorType == "Runtime.ExitError")
            #expect(error.errorMessage?.contains("exit status 3") == true)
            let recovered = try await harness.invoke(#"{"action":"echo","payload":"back"}"#)
            #expect(recovered.result?.text == "back")
            #expect(recovered.report?.initDuration != nil)
        }
    }

    @Test("a timeout stops the process with Sandbox.Timedout and the next invoke starts a fresh one")
    func timeout() async throws {
        try await TestHarness.with([TestBootstrap.function(timeout: .milliseconds(500))]) { harness in
            let started = ContinuousClock.now
            let timedOut = try await harness.invoke(#"{"action":"sleep","seconds":5}"#)
            // The sleep asked for 5 s: ending well before it shows the timeout stopped the process.
            #expect(ContinuousClock.now - started < .milliseconds(4500))
            let error = try #require(timedOut.result?.error)
            #expect(error.errorType == "Sandbox.Timedout")
            #expect(error.errorMessage?.hasSuffix("Task timed out after 0.50 seconds") == true)
            let recovered = try await harness.invoke(#"{"action":"echo","payload":"fresh"}"#)
            #expect(recovered.result?.text == "fresh")
            #expect(recovered.report?.initDuration != nil)
        }
    }

    @Test("two concurrent invokes are served by two instances at once, and a third waits under a limit of two")
    func concurrency() async throws {
        try await TestHarness.with([TestBootstrap.function(concurrency: 2)]) { harness in
            _ = try await harness.invoke(#"{"action":"echo"}"#)
            // A second instance starts only while the first is busy: two instances prove the overlap.
            async let first = harness.invoke(#"{"action":"sleep","seconds":0.6}"#)
            async let second = harness.invoke(#"{"action":"sleep","seconds":0.6}"#)
            let outcomes = try await [first, second]
            #expect(Set(outcomes.compactMap { $0.report?.instance }) == [0, 1])
            let third = ContinuousClock.now
            async let a = harness.invoke(#"{"action":"sleep","seconds":0.4}"#)
            async let b = harness.invoke(#"{"action":"sleep","seconds":0.4}"#)
            async let c = harness.invoke(#"{"action":"sleep","seconds":0.4}"#)
            let three = try await [a, b, c]
            #expect(three.allSatisfy { $0.result?.error == nil })
            let instances = Set(three.compactMap { $0.report?.instance })
            #expect(instances.isSubset(of: [0, 1]))
            // Three 0.4 s sleeps on two instances: one had to wait for another (a lower bound, never flaky).
            #expect(ContinuousClock.now - third >= .milliseconds(800))
        }
    }

    @Test("a response over 6 MB completes as Function.ResponseSizeTooLarge")
    func oversizeResponse() async throws {
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let outcome = try await harness.invoke(#"{"action":"big"}"#)
            #expect(outcome.result?.error?.errorType == "Function.ResponseSizeTooLarge")
            #expect(try await harness.invoke(#"{"action":"echo"}"#).result?.text == "ok")
        }
    }
}
