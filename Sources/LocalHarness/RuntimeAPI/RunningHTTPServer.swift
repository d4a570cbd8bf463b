import ServiceLifecycle

/// A started local HTTP server (the gateway, the twin): its bound port, and how to stop it.
public struct RunningHTTPServer: Sendable {
    /// The bound port.
    public let port: Int
    let task: Task<Void, any Error>
    let group: ServiceGroup

    /// Stops the server and waits for it to finish.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}

/// A started ``GatewayServer``.
public typealias RunningGatewayServer = RunningHTTPServer
/// A started ``TwinServer``.
public typealias RunningTwinServer = RunningHTTPServer
