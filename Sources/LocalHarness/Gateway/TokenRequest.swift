import StatesLanguage
import Foundation

/// Cognito's two kinds of bearer token.
public enum TokenUse: String, Sendable, CaseIterable {
    /// An ID token: the app client id is in `aud`.
    case id
    /// An access token: the app client id is in `client_id`, grants in `scope`.
    case access
}

/// What `mediagen-local token` mints: the claims of a Cognito user-pool token.
public struct TokenRequest: Sendable {
    public var subject: String
    public var username: String
    public var groups: [String]
    public var scopes: [String]
    /// The app client id: `aud` of an ID token, `client_id` of an access token.
    public var audience: String
    public var issuer: String
    public var tokenUse: TokenUse
    public var lifetime: TimeInterval

    public init(
        subject: String = UUID().uuidString.lowercased(),
        username: String = "local-user",
        groups: [String] = [],
        scopes: [String] = [],
        audience: String = "mediagen-local",
        issuer: String = "http://127.0.0.1/local-user-pool",
        tokenUse: TokenUse = .id,
        lifetime: TimeInterval = 3600
    ) {
        self.subject = subject
        self.username = username
        self.groups = groups
        self.scopes = scopes
        self.audience = audience
        self.issuer = issuer
        self.tokenUse = tokenUse
        self.lifetime = lifetime
    }

    /// The payload, shaped like Cognito's: `sub`, `iss`, `token_use`, `auth_time`, `iat`, `exp`, `jti`,
    /// `cognito:groups` when there are groups; an ID token adds `aud` and `cognito:username`, an access
    /// token `client_id`, `username` and `scope`.
    public func claims(now: Date, jti: String = UUID().uuidString.lowercased()) -> [String: JSONValue] {
        let issued = now.timeIntervalSince1970.rounded(.down)
        var claims: [String: JSONValue] = [
            "sub": .string(subject),
            "iss": .string(issuer),
            "token_use": .string(tokenUse.rawValue),
            "auth_time": .int(Int(issued)),
            "iat": .int(Int(issued)),
            "exp": .int(Int(issued + lifetime.rounded(.down))),
            "jti": .string(jti),
        ]
        if !groups.isEmpty { claims["cognito:groups"] = .array(groups.map(JSONValue.string)) }
        switch tokenUse {
        case .id:
            claims["aud"] = .string(audience)
            claims["cognito:username"] = .string(username)
        case .access:
            claims["client_id"] = .string(audience)
            claims["username"] = .string(username)
        }
        if !scopes.isEmpty { claims["scope"] = .string(scopes.joined(separator: " ")) }
        return claims
    }
}

extension LocalSigningKey {
    /// Mints an RS256 token for `request`, valid from `now` for its lifetime.
    public func mintToken(_ request: TokenRequest, now: Date) throws -> String {
        try sign(claims: request.claims(now: now))
    }

    /// Mints an RS256 token with Cognito's claims (see `TokenRequest`).
    public func mintToken(
        subject: String, username: String, groups: [String] = [], scopes: [String] = [],
        audience: String, issuer: String, tokenUse: TokenUse = .id, lifetime: TimeInterval = 3600, now: Date
    ) throws -> String {
        try mintToken(
            TokenRequest(subject: subject, username: username, groups: groups, scopes: scopes, audience: audience,
                         issuer: issuer, tokenUse: tokenUse, lifetime: lifetime),
            now: now)
    }
}
