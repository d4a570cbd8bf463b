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
    /// The scenario in force (pinned answers and injected faults), replaceable while running.
    public let scenarios: TwinScenarioBook
    public var host: String
    public var port: Int

    public init(services: [any TwinService], verifier: TwinSignatureVerifier, forwarder: TwinForwarder?, scenarios: TwinScenarioBook = TwinScenarioBook(),
                host: String = "127.0.0.1", port: Int = 0) {
        self.services = services
        self.verifier = verifier
        self.forwarder = forwarder
        self.scenarios = scenarios
        self.host = host
        self.port = port
    }

    /// Answers one request: a service the twin serves is verified, then answered; anything else is forwarded to
    /// moto, which verifies signatures itself (started with `INITIAL_NO_AUTH_ACTION_COUNT=0`).
    /// A scenario rule that matches may answer instead (after the signature check for served services).
    public func handle(_ request: TwinRequest, now: Date = Date()) async -> TwinResponse {
        if request.path.hasPrefix(TwinScenarioControl.prefix) { return await TwinScenarioControl.handle(request, book: scenarios) }
        var request = request
        guard let service = services.first(where: { request.service.map($0.signingNames.contains) ?? false }) else {
            guard let forwarder else {
                return .restError("UnknownServiceException", "The twin does not serve \(request.service ?? "unsigned requests") and has no moto to forward to", status: 400)
            }
            if let answer = await applyScenario(to: &request) { return answer }
            return await forwarder.forward(request)
        }
        do {
            try verifier.verify(request, now: now)
        } catch {
            return request.jsonOperation != nil
                ? .jsonError(error.code, error.message, status: 403)
                : .restError(error.code, error.message, status: 403)
        }
        if let answer = await applyScenario(to: &request) { return answer }
        return await service.handle(request)
    }

    /// The scenario's answer for `request`, or nil to serve it (perhaps delayed, or with a job to fail).
    private func applyScenario(to request: inout TwinRequest) async -> TwinResponse? {
        switch await scenarios.decide(request) {
        case nil: return nil
        case .delay(let milliseconds):
            try? await Task.sleep(for: .milliseconds(milliseconds))
            return nil
        case .failJob(let reason):
            request.injectedJobFailure = reason
            return nil
        case .throttle(let code):
            let standard = TwinScenarioFault.throttling(service: request.service ?? "", wire: .init(request))
            return TwinScenarioFault.error(code: code ?? standard.code, message: "Rate exceeded", status: standard.status, for: request)
        case .error(let code, let message, let status):
            return TwinScenarioFault.error(code: code, message: message, status: status, for: request)
        case .respond(let status, let body, let headers):
            return TwinScenarioFault.pinned(status: status, body: body, headers: headers, for: request)
        }
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
