import StatesLanguage
import Crypto
import Foundation
import _CryptoExtras

/// The harness's own RSA key pair: it signs the tokens `mediagen-local token` mints, and its JWKS is the one
/// the local gateway trusts. Persisted as PEM so tokens stay valid across restarts.
public struct LocalSigningKey: Sendable {
    /// The file the private key is kept in, inside the key directory.
    public static let fileName = "jwt-signing-key.pem"

    public let privateKey: _RSA.Signing.PrivateKey
    /// The key id: the RFC 7638 thumbprint of the public key.
    public let kid: String

    public init(privateKey: _RSA.Signing.PrivateKey) throws {
        self.privateKey = privateKey
        let jwk = try JSONWebKey(publicKey: privateKey.publicKey, kid: "")
        self.kid = JSONWebKey.thumbprint(n: jwk.n ?? "", e: jwk.e ?? "")
    }

    /// Generates a fresh 2048-bit key (not persisted).
    public static func generate() throws -> LocalSigningKey {
        try LocalSigningKey(privateKey: _RSA.Signing.PrivateKey(keySize: .bits2048))
    }

    /// Loads the key from `directory` (e.g. `.mediagen/keys`), generating and saving it there (mode 0600)
    /// on first use.
    public static func loadOrCreate(in directory: URL) throws -> LocalSigningKey {
        let file = directory.appendingPathComponent(fileName)
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: file.path) {
            let pem = try String(contentsOf: file, encoding: .utf8)
            return try LocalSigningKey(privateKey: _RSA.Signing.PrivateKey(pemRepresentation: pem))
        }
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = try generate()
        try Data(key.privateKey.pemRepresentation.utf8).write(to: file, options: .atomic)
        try fileManager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        return key
    }

    /// The JWK of the public half.
    public func publicJWK() throws -> JSONWebKey {
        try JSONWebKey(publicKey: privateKey.publicKey, kid: kid)
    }

    /// The JWKS document holding the public half only.
    public func keySet() throws -> JSONWebKeySet {
        JSONWebKeySet(keys: [try publicJWK()])
    }

    /// Signs `claims` as a compact RS256 JWS with this key's `kid`.
    public func sign(claims: [String: JSONValue]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let header: [String: JSONValue] = ["alg": .string("RS256"), "kid": .string(kid), "typ": .string("JWT")]
        let signingInput = Base64URL.encode(try encoder.encode(header)) + "." + Base64URL.encode(try encoder.encode(claims))
        let signature = try privateKey.signature(for: Data(signingInput.utf8), padding: .insecurePKCS1v1_5)
        return signingInput + "." + Base64URL.encode(signature.rawRepresentation)
    }
}
