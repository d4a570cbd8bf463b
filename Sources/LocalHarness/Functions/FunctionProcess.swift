import Foundation
import Logging
import NIOCore
#if canImport(Glibc)
import Glibc
#endif

/// Supervises one instance of a function: starts its bootstrap, runs one invocation at a time through its
/// runtime API mailbox, and enforces Lambda's semantics (Init Duration, timeouts, crashes, init errors).
public actor FunctionProcess {
    /// The function this instance runs.
    public let configuration: FunctionConfiguration
    /// This instance's number within its function.
    public let instance: Int
    private let runtimeAPIHost: String
    private let region: String
    private let log: @Sendable (String) -> Void
    private var process: Process?
    private var currentMailbox: RuntimeMailbox? {
        didSet {
            registry?.set(currentMailbox, function: configuration.name, instance: instance)
            ownRuntimeAPI?.setMailbox(currentMailbox)
        }
    }
    private let registry: RuntimeMailboxRegistry?
    private var isShutDown = false
    private var ownRuntimeAPI: InstanceRuntimeAPI?
    private var output: FunctionOutput?
    private var memoryProbe: PeakMemoryProbe?

    /// Creates a supervisor; nothing starts until the first invocation.
    /// - Parameters:
    ///   - runtimeAPIHost: `127.0.0.1:<port>` of the runtime API server.
    ///   - log: receives the START, END and REPORT lines.
    public init(
        configuration: FunctionConfiguration,
        instance: Int,
        runtimeAPIHost: String,
        region: String = "us-east-1",
        registry: RuntimeMailboxRegistry? = nil,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.registry = registry
        self.configuration = configuration
        self.instance = instance
        self.runtimeAPIHost = runtimeAPIHost
        self.region = region
        self.log = log
    }

    /// The mailbox of the running process, for the runtime API server.
    public var mailbox: RuntimeMailbox? { currentMailbox }

    /// The process id of the running process.
    public var processIdentifier: Int32? { process.map(\.processIdentifier) }

    /// Runs `invocation`, starting the process first when none is running.
    public func invoke(_ invocation: Invocation) async -> (result: InvocationResult, report: InvocationReport) {
        var report = InvocationReport(
            requestID: invocation.requestID, instance: instance, duration: .zero, memorySize: configuration.memorySize
        )
        if isShutDown {
            return (.functionError(FunctionError(errorType: "Runtime.Unavailable", message: "RequestId: \(invocation.requestID) Error: the emulator is shutting down")), report)
        }
        if process?.isRunning != true || currentMailbox == nil {
            // A listener that cannot start leaves the process on the shared server's path prefix.
            if configuration.dedicatedRuntimeAPIPort, ownRuntimeAPI == nil {
                ownRuntimeAPI = try? InstanceRuntimeAPI.start(host: Self.host(of: runtimeAPIHost))
            }
            let (mailbox, started) = launch()
            guard let mailbox, let started else {
                return (.functionError(FunctionError(errorType: "Runtime.InvalidEntrypoint", message: "RequestId: \(invocation.requestID) Error: could not start \(configuration.bootstrap.path)")), report)
            }
            let outcome = await mailbox.waitUntilReady(timeout: configuration.initTimeout)
            let ready = mailbox.firstPollInstant
            report.initDuration = (ready ?? .now) - started
            switch outcome {
            case .ready:
                break
            case .failed(let error):
                stop()
                return (.functionError(error), report)
            case .exited(let status):
                process = nil
                currentMailbox = nil
                return (.functionError(Self.exitError(invocation.requestID, status)), report)
            case .timedOut:
                stop()
                let message = "RequestId: \(invocation.requestID) Error: Init timed out after \(Self.seconds(configuration.initTimeout)) seconds"
                return (.functionError(FunctionError(errorType: "Sandbox.Timedout", message: message)), report)
            }
        }
        guard let mailbox = currentMailbox else {
            return (.functionError(FunctionError(errorType: "Runtime.Unknown", message: "no runtime")), report)
        }
        log(report.startLine)
        let output = self.output
        output?.begin()
        let began = ContinuousClock.now
        let completion = await mailbox.run(invocation, timeout: configuration.timeout)
        report.duration = .now - began
        let written = await output?.sinceBegin() ?? []
        report.maxMemoryUsed = memoryProbe?.megabytes()
        let result: InvocationResult
        switch completion {
        case .finished(let finished):
            result = finished
        case .exited(let status):
            process = nil
            currentMailbox = nil
            result = .functionError(Self.exitError(invocation.requestID, status))
        case .timedOut:
            stop()
            let message = "RequestId: \(invocation.requestID) Error: Task timed out after \(Self.seconds(configuration.timeout)) seconds"
            result = .functionError(FunctionError(errorType: "Sandbox.Timedout", message: message))
        }
        log(report.endLine)
        log(report.reportLine)
        let tail = Array((report.startLine + "\n").utf8) + written + Array((report.endLine + "\n" + report.reportLine + "\n").utf8)
        report.logTail = Data(tail.suffix(FunctionOutput.limit))
        return (result, report)
    }

    /// Stops the process (SIGKILL, as Lambda freezes and discards a sandbox); the next invoke starts a fresh one.
    public func stop() {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        if let mailbox = currentMailbox {
            mailbox.processExited(status: -SIGKILL)
        }
        process = nil
        currentMailbox = nil
        memoryProbe = nil
        output?.close()
        output = nil
    }

    /// Stops the process for good: later invocations fail instead of starting a new one.
    public func shutdown() async {
        isShutDown = true
        stop()
        await ownRuntimeAPI?.stop()
        ownRuntimeAPI = nil
    }

    private func launch() -> (RuntimeMailbox?, ContinuousClock.Instant?) {
        let mailbox = RuntimeMailbox()
        let process = Process()
        process.executableURL = configuration.bootstrap
        process.currentDirectoryURL = configuration.taskRoot ?? configuration.bootstrap.deletingLastPathComponent()
        let runtimeAPI = ownRuntimeAPI.map { "\(Self.host(of: runtimeAPIHost)):\($0.port)" }
            ?? runtimeAPIHost + RuntimeAPIRoutes.prefix(function: configuration.name, instance: instance)
        process.environment = configuration.processEnvironment(runtimeAPI: runtimeAPI, region: region, logStream: Self.logStreamName())
        self.output?.close()
        let output = FunctionOutput(standardOutputTarget: configuration.logDestination == .standardError ? .standardError : .standardOutput)
        process.standardOutput = output.standardOutput
        process.standardError = output.standardError
        self.output = output
        process.terminationHandler = { finished in
            let status = finished.terminationReason == .uncaughtSignal ? -finished.terminationStatus : finished.terminationStatus
            mailbox.processExited(status: status)
        }
        currentMailbox = mailbox
        let started = ContinuousClock.now
        do {
            try process.run()
        } catch {
            currentMailbox = nil
            return (nil, nil)
        }
        self.process = process
        memoryProbe = PeakMemoryProbe(pid: process.processIdentifier)
        return (mailbox, started)
    }

    /// The host part of `host:port`.
    static func host(of hostAndPort: String) -> String {
        hostAndPort.lastIndex(of: ":").map { String(hostAndPort[..<$0]) } ?? hostAndPort
    }

    /// Lambda's Runtime.ExitError for a process that exited (negative status: killed by that signal).
    static func exitError(_ requestID: String, _ status: Int32) -> FunctionError {
        let how = status < 0 ? "signal: \(-status)" : "exit status \(status)"
        return FunctionError(errorType: "Runtime.ExitError", message: "RequestId: \(requestID) Error: Runtime exited with error: \(how)")
    }

    /// Seconds with two decimals, as Lambda prints timeouts ("3.00").
    static func seconds(_ duration: Duration) -> String {
        String(format: "%.2f", InvocationReport.milliseconds(duration) / 1000)
    }

    /// `YYYY/MM/DD/[$LATEST]<32 hex>`.
    static func logStreamName(now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        let hex = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return String(format: "%04d/%02d/%02d/[$LATEST]", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0) + hex
    }
}
