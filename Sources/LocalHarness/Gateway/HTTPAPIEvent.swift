import Foundation

/// An API Gateway HTTP API event, payload format 2.0, as the gateway sends it to a function.
public struct HTTPAPIEvent: Codable, Sendable, Hashable {
    public var version: String = "2.0"
    public var routeKey: String
    public var rawPath: String
    public var rawQueryString: String
    public var cookies: [String]?
    public var headers: [String: String]
    public var queryStringParameters: [String: String]?
    public var pathParameters: [String: String]?
    public var requestContext: RequestContext
    public var body: String?
    public var isBase64Encoded: Bool

    public struct RequestContext: Codable, Sendable, Hashable {
        public var accountId: String
        public var apiId: String
        public var authorizer: Authorizer?
        public var domainName: String
        public var domainPrefix: String
        public var http: HTTP
        public var requestId: String
        public var routeKey: String
        public var stage: String
        public var time: String
        public var timeEpoch: Int64
    }

    public struct HTTP: Codable, Sendable, Hashable {
        public var method: String
        public var path: String
        public var `protocol`: String
        public var sourceIp: String
        public var userAgent: String
    }

    public struct Authorizer: Codable, Sendable, Hashable {
        public var jwt: JWT
    }

    /// `requestContext.authorizer.jwt`: claims rendered as strings, and scopes (null when the token has none).
    public struct JWT: Codable, Sendable, Hashable {
        public var claims: [String: String]
        public var scopes: [String]?

        public init(claims: [String: String], scopes: [String]?) {
            self.claims = claims
            self.scopes = scopes
        }

        public init(_ verified: VerifiedJWT) {
            self.init(claims: verified.claims.mapValues(\.claimText), scopes: verified.scopes.isEmpty ? nil : verified.scopes)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(claims, forKey: .claims)
            try container.encode(scopes, forKey: .scopes)  // API Gateway sends `"scopes": null`.
        }
    }

    /// The event as JSON (sorted keys, slashes unescaped).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
