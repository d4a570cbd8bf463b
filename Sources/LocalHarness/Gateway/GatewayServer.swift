import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Serves a ``LocalGateway`` over HTTP/1.1 with Hummingbird: the local endpoint of the HTTP API.
public struct GatewayServer: Sendable {
    public let gateway: LocalGateway
    public var host: String
    /// The port to bind; 0 picks a free one.
    public var port: Int
    public var logger: Logger

    public init(gateway: LocalGateway, host: String = "127.0.0.1", port: Int = 0, logger: Logger = Logger(label: "mediagen-local.gateway")) {
        self.gateway = gateway
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// Starts serving and returns the running server.
    public func start() async throws -> RunningGatewayServer {
        let (bound, task, group) = try await LambdaServer.serve(
            GatewayResponder(gateway: gateway), host: host, port: port, logger: logger)
        return RunningHTTPServer(port: bound, task: task, group: group)
    }
}

/// The request context of the gateway: Hummingbird's core context plus the client's address (`sourceIp`).
struct GatewayRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// Turns Hummingbird requests into ``GatewayRequest``s and ``GatewayResponse``s back into responses.
struct GatewayResponder: HTTPResponder {
    let gateway: LocalGateway

    func respond(to request: Request, context: GatewayRequestContext) async throws -> Response {
        var body = Data()
        var size = 0
        for try await part in request.body {
            size += part.readableBytes
            if size <= LocalGateway.maximumBodySize + 1 { body.append(contentsOf: part.readableBytesView) }
        }
        let (path, query) = HTTPExchange.target(of: request)
        let gatewayRequest = GatewayRequest(
            method: request.method.rawValue, path: path, rawQueryString: query,
            headers: HTTPExchange.headers(of: request),
            body: size == 0 ? nil : body,
            sourceIp: context.remoteAddress?.ipAddress ?? "127.0.0.1")
        let answer = await gateway.handle(gatewayRequest)
        return HTTPExchange.response(
            status: answer.status, headers: answer.headers, body: answer.body,
            extra: [(HTTPField.Name("apigw-requestid")!, LocalGateway.requestId())])
    }
}
