#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging

/// How the runtime loop is wired to the process: environment, clock, log output, exit and the trace variable.
/// Every parameter defaults to the real process; tests replace them.
public struct LambdaRuntimeConfiguration: Sendable {
    /// The environment the loop reads (`AWS_LAMBDA_*`, `AWS_LAMBDA_RUNTIME_API`).
    public var environment: [String: String]
    /// The clock for deadlines, remaining time and log timestamps.
    public var now: @Sendable () -> Date
    /// Where log lines go.
    public var logSink: any LambdaLogSink
    /// Stop (returning normally) after this many invocations; nil serves forever.
    public var maxInvocations: Int?
    /// Ends the process after an initialisation error or a broken runtime API; may return in tests.
    public var exit: @Sendable (Int32) -> Void
    /// Publishes the invocation's trace id (sets `_X_AMZN_TRACE_ID`, or unsets it when there is none).
    public var setTraceId: @Sendable (String?) -> Void

    /// A configuration; every parameter defaults to the real process (`exit` to `exit(3)`, `setTraceId` to
    /// setting `_X_AMZN_TRACE_ID`).
    public init(
        environment: [String: String] = ProcessEnvironment.current(),
        now: @escaping @Sendable () -> Date = { Date() },
        logSink: any LambdaLogSink = StandardOutputLogSink(),
        maxInvocations: Int? = nil,
        exit: (@Sendable (Int32) -> Void)? = nil,
        setTraceId: (@Sendable (String?) -> Void)? = nil
    ) {
        self.environment = environment
        self.now = now
        self.logSink = logSink
        self.maxInvocations = maxInvocations
        self.exit = exit ?? { terminateProcess($0) }
        self.setTraceId = setTraceId ?? { setTraceEnvironment($0) }
    }

    /// The runtime's logger, configured from `AWS_LAMBDA_LOG_FORMAT` and `AWS_LAMBDA_LOG_LEVEL`.
    func makeLogger() -> Logger {
        let environment = environment, sink = logSink, now = now
        return Logger(label: "lambda-runtime") { _ in LambdaLogHandler(environment: environment, sink: sink, now: now) }
    }
}

private func terminateProcess(_ code: Int32) {
    exit(code)
}

/// Sets or clears `_X_AMZN_TRACE_ID` for the process.
func setTraceEnvironment(_ traceId: String?) {
    if let traceId {
        setenv("_X_AMZN_TRACE_ID", traceId, 1)
    } else {
        unsetenv("_X_AMZN_TRACE_ID")
    }
}

/// What an initialising handler may use: the runtime's logger and the function's description.
public struct LambdaInitializationContext: Sendable {
    /// The runtime's logger (no request id yet).
    public let logger: Logger
    /// The function's name, version, memory and log names.
    public let function: LambdaFunctionEnvironment
}
