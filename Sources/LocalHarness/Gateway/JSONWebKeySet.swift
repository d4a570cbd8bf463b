import Crypto
import Foundation
import _CryptoExtras

/// One JSON Web Key (RFC 7517) as Cognito publishes them: RSA, with `n` and `e` in base64url.
public struct JSONWebKey: Codable, Sendable, Hashable {
    public var kty: String
    public var kid: String?
    public var use: String?
    public var alg: String?
    public var n: String?
    public var e: String?

    public init(kty: String = "RSA", kid: String?, use: String? = "sig", alg: String? = "RS256", n: String?, e: String?) {
        self.kty = kty
        self.kid = kid
        self.use = use
        self.alg = alg
        self.n = n
        self.e = e
    }

    /// The JWK of an RSA public key, with `kid` set.
    public init(publicKey: _RSA.Signing.PublicKey, kid: String) throws {
        let primitives = try publicKey.getKeyPrimitives()
        self.init(kid: kid, n: Base64URL.encode(primitives.modulus), e: Base64URL.encode(primitives.publicExponent))
    }

    /// The RSA public key this JWK describes; throws `JWTValidationError.unknownKey` when it is not a usable
    /// RSA signing key (another `kty`, missing or undecodable `n`/`e`, or under 2048 bits).
    public func rsaPublicKey() throws -> _RSA.Signing.PublicKey {
        guard kty == "RSA", use == nil || use == "sig",
              let n = n.flatMap(Base64URL.decode), let e = e.flatMap(Base64URL.decode),
              let key = try? _RSA.Signing.PublicKey(n: n, e: e)
        else { throw JWTValidationError.unknownKey }
        return key
    }

    /// The RFC 7638 thumbprint of an RSA key: base64url(SHA-256 of `{"e":…,"kty":"RSA","n":…}`).
    public static func thumbprint(n: String, e: String) -> String {
        Base64URL.encode(Data(SHA256.hash(data: Data(#"{"e":"\#(e)","kty":"RSA","n":"\#(n)"}"#.utf8))))
    }
}

/// A JWKS document (`{"keys":[…]}`), as served at `<issuer>/.well-known/jwks.json`.
public struct JSONWebKeySet: Codable, Sendable, Hashable {
    public var keys: [JSONWebKey]

    public init(keys: [JSONWebKey]) { self.keys = keys }

    /// Decodes a JWKS document.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(JSONWebKeySet.self, from: json)
    }

    /// The document as JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// The usable RSA keys by `kid`; keys without a `kid` or that are not RSA signing keys are left out.
    public func rsaKeysByID() -> [String: _RSA.Signing.PublicKey] {
        var result: [String: _RSA.Signing.PublicKey] = [:]
        for key in keys {
            guard let kid = key.kid, let publicKey = try? key.rsaPublicKey() else { continue }
            result[kid] = publicKey
        }
        return result
    }
}
