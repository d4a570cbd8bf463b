import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The local AWS twin: one endpoint for every service. It reads the SigV4 credential scope, verifies the
/// signature (answering the service's own error when it is wrong), serves the AI and media services it
/// implements, and forwards everything else to moto untouched.
public struct TwinServer: Sendable {
    public let services: [any TwinService]
    public let verifier: TwinSignatureVerifier
    public let forwarder: TwinForwarder?
    public var host: String
    public var port: Int

    public init(services: [any TwinService], verifier: TwinSignatureVerifier, forwarder: TwinForwarder?, host: String = "127.0.0.1", port: Int = 0) {
        self.services = services
        self.verifier = verifier
        self.forwarder = forwarder
        self.host = host
        self.port = port
    }

    /// Answers one request: a service the twin serves is verified, then answered; anything else is forwarded to
    /// moto, which verifies signatures itself (started with `INITIAL_NO_AUTH_ACTION_COUNT=0`).
    public func handle(_ request: TwinRequest, now: Date = Date()) async -> TwinResponse {
        guard let service = services.first(where: { request.service.map($0.signingNames.contains) ?? false }) else {
            guard let forwarder else {
                return .restError("UnknownServiceException", "The twin does not serve \(request.service ?? "unsigned requests") and has no moto to forward to", status: 400)
            }
            return await forwarder.forward(request)
        }
        do {
            try verifier.verify(request, now: now)
        } catch {
            return request.jsonOperation != nil
                ? .jsonError(error.code, error.message, status: 403)
                : .restError(error.code, error.message, status: 403)
        }
        return await service.handle(request)
    }

    /// Starts serving.
    public func start(logger: Logger = Logger(label: "mediagen-local.twin")) async throws -> RunningTwinServer {
        let (bound, task, group) = try await LambdaServer.serve(TwinResponder(server: self), host: host, port: port, logger: logger)
        return RunningHTTPServer(port: bound, task: task, group: group)
    }
}


struct TwinResponder: HTTPResponder {
    let server: TwinServer

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: 512 * 1024 * 1024)
        let (path, query) = HTTPExchange.target(of: request)
        let headers = HTTPExchange.headers(of: request)
        var twinRequest = TwinRequest(method: request.method.rawValue, path: path, query: query, headers: headers, body: Data(body.readableBytesView))
        if let authorization = twinRequest.header("authorization").flatMap(SigV4Authorization.init) {
            twinRequest.service = authorization.service
            twinRequest.region = authorization.region
            twinRequest.accessKeyId = authorization.accessKeyId
        }
        let answer = await server.handle(twinRequest)
        return HTTPExchange.response(status: answer.status, headers: answer.headers, body: answer.body)
    }
}
