import Hummingbird
import Logging
import ServiceLifecycle

/// One function instance's runtime API on a loopback port of its own, at the root path
/// (`http://127.0.0.1:<port>/2018-06-01/runtime/…`), as Lambda gives each sandbox.
///
/// The shared ``LambdaServer`` tells instances apart by a path prefix (`/fn/<Function>/<n>`), which runtimes
/// that read `AWS_LAMBDA_RUNTIME_API` as a bare `host:port` cannot use: awslambdaric posts init errors with
/// Python's `http.client`, which rejects `127.0.0.1:9001/fn/F/0` ("nonnumeric port"). A function whose
/// ``FunctionConfiguration/dedicatedRuntimeAPIPort`` is set gets one of these per instance instead.
final class InstanceRuntimeAPI: Sendable {
    /// The bound port.
    let port: Int
    private let task: Task<Void, any Error>
    private let group: ServiceGroup

    private init(port: Int, task: Task<Void, any Error>, group: ServiceGroup) {
        self.port = port
        self.task = task
        self.group = group
    }

    /// Starts serving, on `host` and a free port, the runtime API of whichever mailbox `current` returns.
    static func start(
        host: String, logger: Logger, current: @escaping @Sendable () async -> RuntimeMailbox?
    ) async throws -> InstanceRuntimeAPI {
        let router = Router()
        RuntimeAPIRoutes.add(to: router, base: "/2018-06-01/runtime", directory: CurrentMailbox(current: current))
        let (port, task, group) = try await LambdaServer.serve(router.buildResponder(), host: host, port: 0, logger: logger)
        return InstanceRuntimeAPI(port: port, task: task, group: group)
    }

    /// Stops serving.
    func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }

    /// A directory of one instance: every name leads to its current mailbox.
    private struct CurrentMailbox: RuntimeMailboxDirectory {
        let current: @Sendable () async -> RuntimeMailbox?
        func mailbox(function: String, instance: Int) async -> RuntimeMailbox? { await current() }
    }
}
