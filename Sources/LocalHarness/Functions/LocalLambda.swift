import Foundation
import NIOCore

/// The functions the emulator runs, by name, and their invocation: the Lambda service of mediagen-local.
public actor LocalLambda: RuntimeMailboxDirectory {
    /// How a caller invokes: wait for the result, queue it, or only check the request.
    public enum InvocationType: String, Sendable {
        case requestResponse = "RequestResponse"
        case event = "Event"
        case dryRun = "DryRun"
    }

    /// The outcome of ``invoke(name:payload:type:)``: a result for RequestResponse, nil otherwise.
    public struct Outcome: Sendable {
        public var result: InvocationResult?
        public var report: InvocationReport?
    }

    /// The error for a function that is not registered.
    public struct NotFound: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "Function not found: \(name)" }
    }

    /// The region the functions run in.
    public let region: String
    private var runtimeAPIHost: String
    private let log: @Sendable (String) -> Void
    private var pools: [String: FunctionPool] = [:]
    private var background: [UUID: Task<Void, Never>] = [:]
    /// The current mailbox of every instance, for the socket runtime API.
    public nonisolated let mailboxes = RuntimeMailboxRegistry()

    /// Creates an empty registry.
    /// - Parameters:
    ///   - runtimeAPIHost: `127.0.0.1:<port>` of the runtime API server (set later with ``setRuntimeAPIHost(_:)``).
    ///   - log: receives START, END and REPORT lines.
    public init(runtimeAPIHost: String = "127.0.0.1:9001", region: String = "us-east-1", log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.runtimeAPIHost = runtimeAPIHost
        self.region = region
        self.log = log
    }

    /// Sets where new function processes find the runtime API.
    public func setRuntimeAPIHost(_ host: String) { runtimeAPIHost = host }

    /// Registers (or replaces) a function.
    public func register(_ configuration: FunctionConfiguration) {
        let region = region, log = log, mailboxes = mailboxes
        pools[configuration.name] = FunctionPool(configuration: configuration) { index, host in
            FunctionProcess(configuration: configuration, instance: index, runtimeAPIHost: host, region: region, registry: mailboxes, log: log)
        }
    }

    /// Whether `name` is registered.
    public func hasFunction(_ name: String) -> Bool { pools[name] != nil }

    /// The registered function names.
    public var functionNames: [String] { pools.keys.sorted() }

    public func mailbox(function: String, instance: Int) async -> RuntimeMailbox? {
        guard let pool = pools[function], let process = await pool.instance(instance) else { return nil }
        return await process.mailbox
    }

    /// Invokes `name` with `payload`: RequestResponse waits for the result, Event queues it and returns at
    /// once, DryRun only checks that the function exists.
    public func invoke(
        name: String,
        payload: ByteBuffer,
        type: InvocationType = .requestResponse,
        clientContext: String? = nil
    ) async throws -> Outcome {
        guard let pool = pools[name] else { throw NotFound(name: name) }
        let configuration = pool.configuration
        let invocation = Invocation(
            payload: payload,
            deadline: Date().addingTimeInterval(InvocationReport.milliseconds(configuration.timeout) / 1000),
            invokedFunctionARN: configuration.arn(region: region),
            clientContext: clientContext
        )
        let host = runtimeAPIHost
        switch type {
        case .dryRun:
            return Outcome(result: nil, report: nil)
        case .event:
            let id = UUID()
            background[id] = Task {
                _ = await Self.run(invocation, on: pool, host: host)
                self.finished(id)
            }
            return Outcome(result: nil, report: nil)
        case .requestResponse:
            let (result, report) = await Self.run(invocation, on: pool, host: host)
            return Outcome(result: result, report: report)
        }
    }

    /// Stops every function process and waits for queued Event invocations to be dropped.
    public func shutdown() async {
        for task in background.values { task.cancel() }
        for pool in pools.values { await pool.stopAll() }
    }

    private func finished(_ id: UUID) { background[id] = nil }

    private static func run(_ invocation: Invocation, on pool: FunctionPool, host: String) async -> (InvocationResult, InvocationReport) {
        let instance = await pool.acquire(runtimeAPIHost: host)
        var invocation = invocation
        let configuration = pool.configuration
        invocation.deadline = Date().addingTimeInterval(InvocationReport.milliseconds(configuration.timeout) / 1000)
        let outcome = await instance.invoke(invocation)
        await pool.release(instance)
        return outcome
    }
}
