import Foundation

/// The local API Gateway HTTP API: matches a request to a route, checks its JWT when the route requires one,
/// turns it into a payload 2.0 event, invokes the route's function and maps its answer back to HTTP, with
/// API Gateway's own answers for what never reaches a function (404, 401, 403, 413, CORS preflights).
public struct LocalGateway: Sendable {
    /// Invokes `function` with an encoded event and reports how it ended.
    public typealias Invoker = @Sendable (_ function: String, _ event: Data) async -> FunctionOutcome

    /// API Gateway's limit on a request body.
    public static let maximumBodySize = 10 * 1024 * 1024

    let routes: [String: LocalRoute]
    let table: RouteTable
    let authorizer: JWTAuthorizer?
    let cors: GatewayCORS?
    let context: GatewayEventContext
    let invoke: Invoker
    let now: @Sendable () -> Date

    /// - Parameters:
    ///   - routes: the routes and the functions behind them.
    ///   - authorizer: checks tokens on routes that require authorization; those routes answer 401 without one.
    ///   - now: the clock for token expiry and event times.
    public init(
        routes: [LocalRoute], authorizer: JWTAuthorizer?, cors: LocalCORSSettings?,
        context: GatewayEventContext = GatewayEventContext(), now: @escaping @Sendable () -> Date = Date.init,
        invoke: @escaping Invoker
    ) {
        self.routes = Dictionary(routes.map { ($0.route.routeKey, $0) }, uniquingKeysWith: { first, _ in first })
        self.table = RouteTable(routes: routes.map(\.route))
        self.authorizer = authorizer
        self.cors = cors.map(GatewayCORS.init)
        self.context = context
        self.now = now
        self.invoke = invoke
    }

    /// Answers one request.
    public func handle(_ request: GatewayRequest) async -> GatewayResponse {
        if let cors, cors.isPreflight(request) { return cors.preflightResponse(request) }
        let response = await route(request)
        return cors?.decorate(response, origin: request.header("origin")) ?? response
    }

    private func route(_ request: GatewayRequest) async -> GatewayResponse {
        if (request.body?.count ?? 0) > Self.maximumBodySize { return .message("Request Entity Too Large", status: 413) }
        guard let match = table.match(method: request.method.uppercased(), path: request.path),
              let route = routes[match.route.routeKey] else { return .notFound }
        let instant = now()
        var verified: VerifiedJWT?
        if route.requiresAuthorization {
            guard let authorizer else { return .unauthorized }
            do {
                verified = try authorizer.verify(authorizationHeader: request.header("authorization"), now: instant)
            } catch {
                return .unauthorized
            }
            if let verified, !verified.grantsAny(of: route.scopes) { return .message("Forbidden", status: 403) }
        }
        let event = HTTPAPIEvent(
            request: request, match: match, authorizer: verified, context: context,
            requestId: Self.requestId(), now: instant)
        guard let payload = try? JSONEncoder().encode(event) else { return .internalServerError }
        return GatewayResponse(functionOutcome: await invoke(route.function, payload))
    }

    /// An id shaped like API Gateway's (`AbCdEfGhIjKlMnO=`).
    static func requestId() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<15).map { _ in alphabet.randomElement()! }) + "="
    }
}
