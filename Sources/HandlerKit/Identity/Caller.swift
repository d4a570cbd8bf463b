import LambdaRuntime

/// Who is calling, from what API Gateway's JWT authorizer verified.
public struct Caller: Sendable, Equatable {
    /// The user's stable id (the token's `sub`).
    public var id: String
    /// The token's scopes, when it has any.
    public var scopes: [String]

    public init(id: String, scopes: [String] = []) {
        self.id = id
        self.scopes = scopes
    }

    /// The caller of `request`; 401 when no verified token reached the function (a route without the authorizer).
    public init(_ request: RouteRequest) throws(HTTPError) {
        guard let jwt = request.event.requestContext.authorizer?.jwt, let subject = jwt.claims["sub"], !subject.isEmpty else {
            throw HTTPError(status: 401, code: "Unauthorized", message: "this route needs a signed-in caller (a verified JWT with a sub claim)")
        }
        self.init(id: subject, scopes: jwt.scopes ?? [])
    }
}
