import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// One Hummingbird server for the runtime API of every function instance and the Invoke API.
public struct LambdaServer: Sendable {
    /// The functions it serves.
    public let lambda: LocalLambda
    /// The address to bind; loopback by default.
    public var host: String
    /// The port to bind; 0 picks a free one.
    public var port: Int
    /// The server's logger.
    public var logger: Logger
    /// The Step Functions service served on the same port (`POST /`), if any.
    public var stepFunctions: LocalStepFunctions?

    /// Creates a server description; ``start()`` runs it.
    public init(
        lambda: LocalLambda, host: String = "127.0.0.1", port: Int = 0, logger: Logger = Logger(label: "mediagen-local.lambda"),
        stepFunctions: LocalStepFunctions? = nil
    ) {
        self.lambda = lambda
        self.stepFunctions = stepFunctions
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// A router holding the runtime API and Invoke API routes.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        RuntimeAPIRoutes.add(to: router, directory: lambda)
        InvokeAPIRoutes.add(to: router, lambda: lambda)
        if let stepFunctions { StepFunctionsAPIRoutes.add(to: router, stepFunctions: stepFunctions) }
        return router
    }

    /// Starts serving, and the socket runtime API the function processes are pointed at; returns the running server.
    ///
    /// The Hummingbird port also serves the runtime API (under `/fn/<Function>/<instance>`) for runtimes started
    /// by hand; the processes the emulator starts use ``SocketRuntimeAPIServer``, which answers them without
    /// an async HTTP stack in the way.
    public func start() async throws -> RunningLambdaServer {
        let runtimeAPI = try SocketRuntimeAPIServer.start(host: host, registry: lambda.mailboxes)
        let (bound, task, group): (Int, Task<Void, any Error>, ServiceGroup)
        do {
            (bound, task, group) = try await Self.serve(makeRouter().buildResponder(), host: host, port: port, logger: logger)
        } catch {
            runtimeAPI.stop()
            throw error
        }
        await lambda.setRuntimeAPIHost("\(host):\(runtimeAPI.port)")
        return RunningLambdaServer(port: bound, task: task, group: group, lambda: lambda, stepFunctions: stepFunctions, runtimeAPI: runtimeAPI)
    }

    /// Serves `responder` on `host:port` until the returned task is cancelled; returns the bound port.
    static func serve<Responder: HTTPResponder>(
        _ responder: Responder, host: String, port: Int, logger: Logger
    ) async throws -> (port: Int, task: Task<Void, any Error>, group: ServiceGroup)
    where Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? 0)
                portSink.finish()
            },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            defer { portSink.finish() }
            try await group.run()
        }
        var bound = 0
        for await port in ports {
            bound = port
            break
        }
        guard bound > 0 else {
            task.cancel()
            _ = try await task.value
            throw CancellationError()
        }
        return (bound, task, group)
    }
}

/// A started ``LambdaServer``.
public struct RunningLambdaServer: Sendable {
    /// The bound port.
    public let port: Int
    let task: Task<Void, any Error>
    let group: ServiceGroup
    let lambda: LocalLambda
    let stepFunctions: LocalStepFunctions?
    let runtimeAPI: SocketRuntimeAPIServer

    /// The port of the runtime API the emulator's function processes use.
    public var runtimeAPIPort: Int { runtimeAPI.port }

    /// Stops every execution and function process, then the server.
    public func stop() async {
        await stepFunctions?.shutdown()
        await lambda.shutdown()
        runtimeAPI.stop()
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}
