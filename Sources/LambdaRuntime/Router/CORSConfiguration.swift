/// Which browser origins may call the API, with which methods and headers.
public struct CORSConfiguration: Sendable, Equatable {
    /// Allowed origins (`https://app.example.com`), or `*` for any.
    public var allowedOrigins: [String]
    /// Methods a preflight allows.
    public var allowedMethods: [HTTPMethod]
    /// Request headers a preflight allows.
    public var allowedHeaders: [String]
    /// Response headers the browser may expose to scripts.
    public var exposedHeaders: [String]
    /// Whether credentials (cookies, authorization) may be sent; with `*`, the caller's origin is echoed.
    public var allowCredentials: Bool
    /// How long a browser may cache a preflight, in seconds.
    public var maxAge: Int?

    /// Creates a configuration; the defaults allow any origin to use the usual methods with JSON and a bearer token.
    public init(
        allowedOrigins: [String] = ["*"], allowedMethods: [HTTPMethod] = [.get, .post, .put, .patch, .delete],
        allowedHeaders: [String] = ["authorization", "content-type"], exposedHeaders: [String] = [],
        allowCredentials: Bool = false, maxAge: Int? = 600
    ) {
        self.allowedOrigins = allowedOrigins
        self.allowedMethods = allowedMethods
        self.allowedHeaders = allowedHeaders
        self.exposedHeaders = exposedHeaders
        self.allowCredentials = allowCredentials
        self.maxAge = maxAge
    }

    /// The `Access-Control-Allow-Origin` value for a request from `origin`, or nil when it is not allowed.
    func allowOrigin(for origin: String?) -> String? {
        guard let origin, !origin.isEmpty else { return nil }
        if allowedOrigins.contains("*") { return allowCredentials ? origin : "*" }
        return allowedOrigins.contains { $0.equalsIgnoringCase(origin) } ? origin : nil
    }

    /// The CORS headers of an ordinary response to `origin`; empty when it is not allowed.
    func responseHeaders(origin: String?) -> [String: String] {
        guard let allow = allowOrigin(for: origin) else { return [:] }
        var headers = ["Access-Control-Allow-Origin": allow]
        if allow != "*" { headers["Vary"] = "Origin" }
        if allowCredentials { headers["Access-Control-Allow-Credentials"] = "true" }
        if !exposedHeaders.isEmpty { headers["Access-Control-Expose-Headers"] = exposedHeaders.joined(separator: ", ") }
        return headers
    }

    /// The headers of a preflight answer to `origin`; empty when it is not allowed.
    func preflightHeaders(origin: String?) -> [String: String] {
        var headers = responseHeaders(origin: origin)
        guard !headers.isEmpty else { return [:] }
        headers["Access-Control-Expose-Headers"] = nil
        headers["Access-Control-Allow-Methods"] = allowedMethods.map(\.rawValue).joined(separator: ", ")
        if !allowedHeaders.isEmpty { headers["Access-Control-Allow-Headers"] = allowedHeaders.joined(separator: ", ") }
        if let maxAge { headers["Access-Control-Max-Age"] = String(maxAge) }
        return headers
    }
}

extension String {
    fileprivate func equalsIgnoringCase(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
