import StatesLanguage
import Crypto
import Foundation
import _CryptoExtras

/// What an HTTP API JWT authorizer is configured with: the issuer it trusts, the audiences (app client ids)
/// it accepts, and the keys of that issuer.
public struct JWTAuthorizerConfiguration: Sendable {
    /// The exact `iss` a token must carry (for Cognito `https://cognito-idp.<region>.amazonaws.com/<poolId>`).
    public var issuer: String
    /// A token's `aud` (or `client_id` when it has no `aud`) must name one of these.
    public var audiences: [String]
    /// The issuer's keys.
    public var keySet: JSONWebKeySet
    /// Clock skew tolerated on `exp`, `nbf` and `iat`, in seconds.
    public var leeway: TimeInterval

    public init(issuer: String = "", audiences: [String] = [], keySet: JSONWebKeySet = JSONWebKeySet(keys: []), leeway: TimeInterval = 0) {
        self.issuer = issuer
        self.audiences = audiences
        self.keySet = keySet
        self.leeway = leeway
    }
}

/// A token that passed every check: what API Gateway hands the function as `requestContext.authorizer.jwt`.
public struct VerifiedJWT: Sendable, Hashable {
    /// Every claim of the payload.
    public let claims: [String: JSONValue]
    /// The `scope` claim split on spaces; empty when there is none (ID tokens).
    public let scopes: [String]

    /// Whether the token carries at least one of `required` (API Gateway's route authorization scopes);
    /// true when `required` is empty.
    public func grantsAny(of required: [String]) -> Bool {
        required.isEmpty || required.contains(where: scopes.contains)
    }
}

/// Checks bearer tokens the way API Gateway's HTTP API JWT authorizer does for a Cognito user pool:
/// RS256 signature against the JWKS by `kid`, `iss`, `aud`/`client_id`, `exp`, `nbf`, `iat` and `token_use`.
public struct JWTAuthorizer: Sendable {
    public let configuration: JWTAuthorizerConfiguration
    private let keys: [String: _RSA.Signing.PublicKey]

    public init(configuration: JWTAuthorizerConfiguration) {
        self.configuration = configuration
        self.keys = configuration.keySet.rsaKeysByID()
    }

    /// Verifies the token in an `Authorization` header value (`Bearer <jwt>` or the bare token, as API
    /// Gateway accepts both).
    public func verify(authorizationHeader: String?, now: Date) throws(JWTValidationError) -> VerifiedJWT {
        guard var token = authorizationHeader?.trimmingCharacters(in: .whitespaces), !token.isEmpty else {
            throw .missingToken
        }
        if token.lowercased().hasPrefix("bearer ") {
            token = String(token.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        }
        return try verify(token: token, now: now)
    }

    /// Verifies a compact JWS and returns its claims and scopes, or throws the first check it fails.
    public func verify(token: String, now: Date) throws(JWTValidationError) -> VerifiedJWT {
        let jws: CompactJWS
        do { jws = try CompactJWS(token) } catch { throw .malformed }
        guard jws.header["alg"]?.stringValue == "RS256" else { throw .unsupportedAlgorithm }
        guard let kid = jws.header["kid"]?.stringValue, let key = keys[kid] else { throw .unknownKey }
        let signature = _RSA.Signing.RSASignature(rawRepresentation: jws.signature)
        guard key.isValidSignature(signature, for: jws.signingInput, padding: .insecurePKCS1v1_5) else {
            throw .badSignature
        }
        let claims = jws.claims
        try checkIssuer(claims)
        try checkAudience(claims)
        try checkTimes(claims, now: now)
        if let use = claims["token_use"] {
            guard use == .string("id") || use == .string("access") else { throw .wrongTokenUse }
        }
        let scopes = claims["scope"]?.stringValue?.split(separator: " ").map(String.init) ?? []
        return VerifiedJWT(claims: claims, scopes: scopes)
    }

    private func checkIssuer(_ claims: [String: JSONValue]) throws(JWTValidationError) {
        guard claims["iss"]?.stringValue == configuration.issuer else { throw .wrongIssuer }
    }

    /// API Gateway validates `client_id` only when `aud` is absent.
    private func checkAudience(_ claims: [String: JSONValue]) throws(JWTValidationError) {
        let presented: [String]
        switch claims["aud"] ?? claims["client_id"] {
        case .string(let value)?: presented = [value]
        case .array(let values)?: presented = values.compactMap(\.stringValue)
        case nil: throw .missingAudience
        default: throw .wrongAudience
        }
        guard presented.contains(where: configuration.audiences.contains) else { throw .wrongAudience }
    }

    private func checkTimes(_ claims: [String: JSONValue], now: Date) throws(JWTValidationError) {
        let current = now.timeIntervalSince1970
        let leeway = configuration.leeway
        guard let exp = claims["exp"]?.numberValue, current < exp + leeway else { throw .expired }
        if let nbf = claims["nbf"] {
            guard let value = nbf.numberValue, value <= current + leeway else { throw .notYetValid }
        }
        if let iat = claims["iat"] {
            guard let value = iat.numberValue, value <= current + leeway else { throw .issuedInFuture }
        }
    }
}
