/// A function of the template as mediagen-local runs it.
public struct LocalFunctionDefinition: Sendable, Hashable {
    /// The logical id: the local function name (as `sam local` uses it).
    public var logicalId: String
    /// The Swift executable product that is its bootstrap: the logical id without its `Function` suffix.
    public var product: String
    /// `Handler` (`bootstrap` for provided runtimes).
    public var handler: String
    /// Timeout in seconds (SAM's default 3).
    public var timeoutSeconds: Int
    /// Memory in MB (SAM's default 128).
    public var memorySize: Int
    /// `Environment.Variables`, Globals merged under the function's own, intrinsics resolved.
    public var environment: [String: String]
    /// The HTTP API routes whose integration is this function.
    public var routes: [LocalRoute]
}

/// An HTTP API route from a function's `HttpApi` event.
public struct LocalRoute: Sendable, Hashable {
    /// `GET`, …, or `ANY`.
    public var method: String
    /// The path template (`/jobs/{id}`), or `$default`.
    public var path: String
    /// Whether the JWT authorizer guards it (false for `Auth: {Authorizer: NONE}` or an API without one).
    public var requiresAuthorization: Bool
    /// The route's authorization scopes (any one suffices).
    public var scopes: [String]
    /// The function it invokes.
    public var function: String

    public var route: GatewayRoute { path == "$default" ? .defaultRoute : GatewayRoute(method: method, path: path) }
}

/// The HTTP API's JWT authorizer settings as the template configures them.
public struct LocalJWTSettings: Sendable, Hashable {
    public var issuer: String
    public var audiences: [String]
    /// Where the token is read from (API Gateway's `$request.header.Authorization`).
    public var identitySource: String
}

/// The HTTP API's CORS settings (`CorsConfiguration`).
public struct LocalCORSSettings: Sendable, Hashable {
    public var allowOrigins: [String]
    public var allowMethods: [String]
    public var allowHeaders: [String]
    public var exposeHeaders: [String]
    public var allowCredentials: Bool
    public var maxAge: Int?
}
