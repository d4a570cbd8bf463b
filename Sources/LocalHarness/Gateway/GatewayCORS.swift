/// API Gateway's CORS handling for an HTTP API with a `CorsConfiguration`: it answers preflight requests
/// itself and puts the CORS headers on every answer to an allowed origin, replacing any the function set.
public struct GatewayCORS: Sendable {
    public let settings: LocalCORSSettings

    public init(settings: LocalCORSSettings) { self.settings = settings }

    /// Whether `request` is a CORS preflight (OPTIONS with `Origin` and `Access-Control-Request-Method`).
    public func isPreflight(_ request: GatewayRequest) -> Bool {
        request.method.uppercased() == "OPTIONS" && request.header("origin") != nil
            && request.header("access-control-request-method") != nil
    }

    /// The answer to a preflight: 204 with the allowed methods, headers and max age when the origin is allowed;
    /// 204 without CORS headers otherwise (the browser then refuses the request).
    public func preflightResponse(_ request: GatewayRequest) -> GatewayResponse {
        guard let origin = request.header("origin"), let allowOrigin = allowedOrigin(origin) else {
            return GatewayResponse(status: 204)
        }
        var headers: [(name: String, value: String)] = [("access-control-allow-origin", allowOrigin)]
        let requestedMethod = request.header("access-control-request-method")?.uppercased() ?? ""
        if settings.allowMethods.contains("*") || settings.allowMethods.contains(requestedMethod) {
            headers.append(("access-control-allow-methods", settings.allowMethods.contains("*") ? requestedMethod : settings.allowMethods.joined(separator: ",")))
        }
        if let requested = request.header("access-control-request-headers") {
            let names = requested.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            let allowed = settings.allowHeaders.contains("*") ? names : names.filter(settings.allowHeaders.contains)
            if !allowed.isEmpty { headers.append(("access-control-allow-headers", allowed.joined(separator: ","))) }
        }
        if let maxAge = settings.maxAge { headers.append(("access-control-max-age", String(maxAge))) }
        if settings.allowCredentials { headers.append(("access-control-allow-credentials", "true")) }
        return GatewayResponse(status: 204, headers: headers)
    }

    /// `response` with the function's own CORS headers removed and the API's added for an allowed `origin`.
    public func decorate(_ response: GatewayResponse, origin: String?) -> GatewayResponse {
        var decorated = response
        decorated.headers.removeAll { $0.name.lowercased().hasPrefix("access-control-") }
        guard let origin, let allowOrigin = allowedOrigin(origin) else { return decorated }
        decorated.headers.append(("access-control-allow-origin", allowOrigin))
        if !settings.exposeHeaders.isEmpty {
            decorated.headers.append(("access-control-expose-headers", settings.exposeHeaders.joined(separator: ",")))
        }
        if settings.allowCredentials { decorated.headers.append(("access-control-allow-credentials", "true")) }
        if allowOrigin != "*" { decorated.headers.append(("vary", "Origin")) }
        return decorated
    }

    /// The `Access-Control-Allow-Origin` value for `origin`: `*` or the origin itself; nil when not allowed.
    func allowedOrigin(_ origin: String) -> String? {
        if settings.allowOrigins.contains("*") { return settings.allowCredentials ? origin : "*" }
        return settings.allowOrigins.contains { $0.lowercased() == origin.lowercased() } ? origin : nil
    }
}
