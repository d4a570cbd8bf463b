#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Logging

/// Routes API Gateway HTTP API requests (payload format 2.0) by method and path template to handlers, and
/// answers what no handler should: 404, 405 with `Allow`, CORS preflights, 4xx in the
/// `{"error":{"code","message"}}` shape, and a 500 that tells the client nothing for any other error.
///
/// `Context` is whatever the caller hands each handler (the Lambda context, `Void`).
public struct HTTPRouter<Context: Sendable>: Sendable {
    /// A handler answering with a response of its own making.
    public typealias Handler = @Sendable (RouteRequest, Context) async throws -> RouteResponse

    struct Route: Sendable {
        var method: HTTPMethod
        var template: PathTemplate
        var handler: Handler
    }

    private var routes: [Route] = []
    /// CORS rules; nil answers no preflight and adds no CORS headers.
    public var cors: CORSConfiguration?
    /// Where unexpected handler errors are logged; nothing is logged without one.
    public var logger: Logger?
    /// Whether a `/<stage>` prefix (a named stage on the execute-api domain) is removed before matching.
    public var stripStagePrefix: Bool
    /// Decodes JSON request bodies.
    public var decoder: JSONDecoder
    /// Encodes JSON response bodies.
    public var encoder: JSONEncoder

    /// Creates a router with no routes.
    public init(
        cors: CORSConfiguration? = nil, logger: Logger? = nil, stripStagePrefix: Bool = true,
        decoder: JSONDecoder = JSONDecoder(), encoder: JSONEncoder = RouteResponse.defaultEncoder
    ) {
        self.cors = cors
        self.logger = logger
        self.stripStagePrefix = stripStagePrefix
        self.decoder = decoder
        self.encoder = encoder
    }

    /// Routes `method` on `path` (such as `/jobs/{id}` or `/files/{proxy+}`) to `handler`.
    public mutating func on(_ method: HTTPMethod, _ path: String, _ handler: @escaping Handler) {
        routes.append(Route(method: method, template: PathTemplate(path), handler: handler))
    }

    /// Routes `method` on `path` to `handler`, whose result is sent as JSON with `status`.
    public mutating func onJSON<Output: Encodable & Sendable>(
        _ method: HTTPMethod, _ path: String, status: Int = 200,
        _ handler: @escaping @Sendable (RouteRequest, Context) async throws -> Output
    ) {
        let encoder = self.encoder
        on(method, path) { request, context in
            try RouteResponse.json(try await handler(request, context), status: status, encoder: encoder)
        }
    }

    /// Routes `method` on `path` to `handler`, which receives the JSON body decoded as `Body` (a 400
    /// naming the field when it does not decode) and whose result is sent as JSON with `status`.
    public mutating func onJSON<Body: Decodable & Sendable, Output: Encodable & Sendable>(
        _ method: HTTPMethod, _ path: String, body: Body.Type, status: Int = 200,
        _ handler: @escaping @Sendable (Body, RouteRequest, Context) async throws -> Output
    ) {
        let encoder = self.encoder, decoder = self.decoder
        on(method, path) { request, context in
            let body = try request.decode(Body.self, decoder: decoder)
            return try RouteResponse.json(try await handler(body, request, context), status: status, encoder: encoder)
        }
    }

    /// Answers an encoded payload 2.0 event with an encoded response, for a raw-bytes handler. Throws only
    /// when `payload` is not an HTTP API payload 2.0 event.
    public func handle(payload: Data, context: Context, logger: Logger? = nil) async throws -> Data {
        let event = try JSONDecoder().decode(APIGatewayV2Request.self, from: payload)
        return try JSONEncoder.stable.encode(await handle(event, context: context, logger: logger))
    }

    /// Answers `event`; never throws. `logger`, when given, replaces the router's for this request.
    public func handle(_ event: APIGatewayV2Request, context: Context, logger: Logger? = nil) async -> APIGatewayV2Response {
        let origin = event.header("origin")
        var response = await respond(to: event, context: context, logger: logger ?? self.logger)
        if let cors {
            response.headers.merge(cors.responseHeaders(origin: origin)) { mine, _ in mine }
        }
        return response.apiGatewayResponse
    }

    private func respond(to event: APIGatewayV2Request, context: Context, logger: Logger?) async -> RouteResponse {
        let method = HTTPMethod(rawValue: event.requestContext.http.method)
        let path = routingPath(of: event)
        if let cors, method == .options, event.header("access-control-request-method") != nil {
            return .noContent(headers: cors.preflightHeaders(origin: event.header("origin")))
        }
        let matches = routes.compactMap { route in route.template.match(path).map { (route, $0) } }
        guard !matches.isEmpty else { return .error(.notFound("no route for this path")) }
        let candidates = matches.filter { $0.0.method == method || $0.0.method == .any }
        guard var best = candidates.first else {
            var allowed = Set(matches.map(\.0.method))
            if cors != nil { allowed.insert(.options) }
            return .error(.methodNotAllowed(method, allowed: Array(allowed)))
        }
        for candidate in candidates.dropFirst() {
            let (template, bestTemplate) = (candidate.0.template, best.0.template)
            let equallySpecific = !template.isMoreSpecific(than: bestTemplate) && !bestTemplate.isMoreSpecific(than: template)
            if template.isMoreSpecific(than: bestTemplate) || (equallySpecific && best.0.method == .any && candidate.0.method != .any) {
                best = candidate
            }
        }
        let (route, parameters) = best
        do {
            let request = try RouteRequest(
                event: event, method: method, path: path, route: route.template, pathParameters: parameters
            )
            return try await route.handler(request, context)
        } catch let error as HTTPError {
            return .error(error)
        } catch {
            logger?.error(
                "route handler failed",
                metadata: ["route": "\(route.method) \(route.template)", "error": "\(String(reflecting: error))"]
            )
            return .error(.internalError)
        }
    }

    /// The event's path with a named stage's `/<stage>` prefix removed when configured.
    private func routingPath(of event: APIGatewayV2Request) -> String {
        let path = event.rawPath
        let stage = event.requestContext.stage
        guard stripStagePrefix, stage != "$default", !stage.isEmpty else { return path }
        let prefix = "/" + stage
        if path == prefix { return "/" }
        if path.hasPrefix(prefix + "/") { return String(path.dropFirst(prefix.count)) }
        return path
    }
}

extension HTTPRouter where Context == Void {
    /// Answers `event`; never throws.
    public func handle(_ event: APIGatewayV2Request, logger: Logger? = nil) async -> APIGatewayV2Response {
        await handle(event, context: (), logger: logger)
    }
}
