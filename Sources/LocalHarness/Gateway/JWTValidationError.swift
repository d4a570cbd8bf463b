/// Why a bearer token was refused. The gateway answers every one of them with 401 `{"message":"Unauthorized"}`.
public struct JWTValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case missingToken, malformed, unsupportedAlgorithm, unknownKey, badSignature
        case wrongIssuer, wrongAudience, missingAudience, expired, notYetValid, issuedInFuture, wrongTokenUse
    }

    private let code: Code

    private init(_ code: Code) { self.code = code }

    /// No `Authorization` header, or an empty one.
    public static let missingToken = Self(.missingToken)
    /// Not a compact JWS with a base64url JSON header and payload and a base64url signature.
    public static let malformed = Self(.malformed)
    /// `alg` is not RS256 (covers `none` and the HMAC algorithms).
    public static let unsupportedAlgorithm = Self(.unsupportedAlgorithm)
    /// `kid` is missing or names no key in the trusted JWKS.
    public static let unknownKey = Self(.unknownKey)
    /// The RS256 signature does not verify against the key named by `kid`.
    public static let badSignature = Self(.badSignature)
    /// `iss` is not the configured issuer.
    public static let wrongIssuer = Self(.wrongIssuer)
    /// `aud` (or `client_id` when there is no `aud`) names none of the configured audiences.
    public static let wrongAudience = Self(.wrongAudience)
    /// Neither `aud` nor `client_id` is present.
    public static let missingAudience = Self(.missingAudience)
    /// `exp` is missing, or not in the future.
    public static let expired = Self(.expired)
    /// `nbf` is in the future.
    public static let notYetValid = Self(.notYetValid)
    /// `iat` is in the future.
    public static let issuedInFuture = Self(.issuedInFuture)
    /// `token_use` is present and neither `id` nor `access`.
    public static let wrongTokenUse = Self(.wrongTokenUse)

    /// A stable, single-word reason (usable as a log value or metric label).
    public var reason: String { code.rawValue }

    public var description: String { "JWTValidationError.\(code.rawValue)" }
}
