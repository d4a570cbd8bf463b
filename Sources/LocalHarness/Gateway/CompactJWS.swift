import StatesLanguage
import Foundation

/// A compact-serialised JWS (`header.payload.signature`), decoded but not yet verified.
public struct CompactJWS: Sendable {
    /// The protected header's members (`alg`, `kid`, `typ`, …).
    public let header: [String: JSONValue]
    /// The payload's members: the token's claims.
    public let claims: [String: JSONValue]
    /// The signature bytes.
    public let signature: Data
    /// `base64url(header) "." base64url(payload)`: the bytes the signature covers.
    public let signingInput: Data

    /// Splits and decodes a token; throws `JWTValidationError.malformed` for anything that is not three
    /// base64url parts with a JSON object for header and payload.
    public init(_ token: String) throws {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else { throw JWTValidationError.malformed }
        guard let headerData = Base64URL.decode(parts[0]),
              let payloadData = Base64URL.decode(parts[1]),
              let signature = Base64URL.decode(parts[2]),
              let header = JSONValue.parse(headerData)?.objectValue,
              let claims = JSONValue.parse(payloadData)?.objectValue
        else { throw JWTValidationError.malformed }
        self.header = header
        self.claims = claims
        self.signature = signature
        self.signingInput = Data("\(parts[0]).\(parts[1])".utf8)
    }
}
