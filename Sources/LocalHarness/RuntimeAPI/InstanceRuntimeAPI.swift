/// One function instance's runtime API on a loopback port of its own, at the root path
/// (`http://127.0.0.1:<port>/2018-06-01/runtime/…`), as Lambda gives each sandbox.
///
/// The shared runtime API tells instances apart by a path prefix (`/fn/<Function>/<n>`), which runtimes
/// that read `AWS_LAMBDA_RUNTIME_API` as a bare `host:port` cannot use: awslambdaric posts init errors with
/// Python's `http.client`, which rejects `127.0.0.1:9001/fn/F/0` ("nonnumeric port"). A function whose
/// ``FunctionConfiguration/dedicatedRuntimeAPIPort`` is set gets one of these per instance instead.
final class InstanceRuntimeAPI: Sendable {
    private let server: SocketRuntimeAPIServer
    private let registry: RuntimeMailboxRegistry

    /// The bound port.
    var port: Int { server.port }

    private init(server: SocketRuntimeAPIServer, registry: RuntimeMailboxRegistry) {
        self.server = server
        self.registry = registry
    }

    /// Starts serving, on `host` and a free port, the runtime API of the mailbox ``setMailbox(_:)`` last set.
    static func start(host: String) throws -> InstanceRuntimeAPI {
        let registry = RuntimeMailboxRegistry()
        return InstanceRuntimeAPI(server: try SocketRuntimeAPIServer.start(host: host, registry: registry), registry: registry)
    }

    /// The mailbox of the instance's current process (nil: none).
    func setMailbox(_ mailbox: RuntimeMailbox?) {
        registry.set(mailbox, function: "", instance: 0)
    }

    /// Stops serving.
    func stop() async {
        server.stop()
    }

}
