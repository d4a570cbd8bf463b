/// Runs a Task state's resource: a Lambda function, a service integration, an activity. The seam between the
/// interpreter and the world; the harness implements it against real functions and clients.
public protocol TaskExecutor: Sendable {
    /// Runs `task` and returns its result. Throw a ``StatesError`` to fail with a name Retry/Catch can match
    /// (a function's `errorType`, `Lambda.ServiceException`, …); any other error fails with `States.TaskFailed`.
    func execute(_ task: TaskInvocation) async throws -> JSONValue
}

/// What a Task state asks its resource to do.
public struct TaskInvocation: Sendable {
    /// The Resource ARN as written (`arn:aws:lambda:…:function:Name`, `arn:aws:states:::lambda:invoke`, …).
    public var resource: String
    /// The effective parameters (after InputPath and Parameters).
    public var input: JSONValue
    /// The context object (`$$`) of this state.
    public var context: JSONValue
    /// The state's name.
    public var stateName: String
    /// The task token, for `.waitForTaskToken` resources.
    public var taskToken: String?
    /// The state's timeout, if any.
    public var timeoutSeconds: Int?
}

/// Time as executions see it: the clock on history events and `$$`, and the sleeps of Wait and Retry.
public protocol StatesClock: Sendable {
    func now() -> Date
    /// Waits `seconds` (or pretends to).
    func sleep(seconds: Double) async throws
}

/// The real clock.
public struct SystemStatesClock: StatesClock {
    public init() {}
    public func now() -> Date { Date() }
    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(for: .milliseconds(Int64((seconds * 1000).rounded())))
    }
}

/// A clock that never waits: each sleep advances its virtual time instead, so Wait states and retry
/// back-offs are skipped yet still visible in timestamps (tests, `mediagen-local run --no-wait`).
public final class SkippingStatesClock: StatesClock, @unchecked Sendable {  // @unchecked: `offset` is guarded by `lock`.
    private let lock = NSLock()
    private let start: Date
    private var offset: Double = 0
    private var sleeps: [Double] = []

    public init(start: Date = Date()) { self.start = start }

    public func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return start.addingTimeInterval(offset)
    }

    public func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        lock.withLock {
            offset += max(0, seconds)
            sleeps.append(seconds)
        }
        await Task.yield()
    }

    /// Every sleep asked for, in order.
    public var requestedSleeps: [Double] {
        lock.lock()
        defer { lock.unlock() }
        return sleeps
    }
}

import Foundation
