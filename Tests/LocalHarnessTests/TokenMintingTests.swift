import Foundation
import Testing
@testable import LocalHarness

@Suite("Token minting and the local JWKS")
struct TokenMintingTests {
    typealias F = JWTFixtures

    @Test("the key is created on first use as a 0600 PEM and the same key is loaded afterwards")
    func loadOrCreate() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("mediagen-keys-\(UUID().uuidString)").appendingPathComponent(".mediagen/keys")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent().deletingLastPathComponent()) }
        let first = try LocalSigningKey.loadOrCreate(in: directory)
        let file = directory.appendingPathComponent(LocalSigningKey.fileName)
        let pem = try String(contentsOf: file, encoding: .utf8)
        #expect(pem.hasPrefix("-----BEGIN RSA PRIVATE KEY-----") || pem.hasPrefix("-----BEGIN PRIVATE KEY-----"))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let second = try LocalSigningKey.loadOrCreate(in: directory)
        #expect(second.kid == first.kid)
        #expect(try second.publicJWK() == first.publicJWK())
        let token = try first.mintToken(F.request(), now: F.now)
        let authorizer = JWTAuthorizer(configuration: .init(issuer: F.issuer, audiences: [F.clientId], keySet: try second.keySet()))
        #expect(try authorizer.verify(token: token, now: F.now).claims["sub"] == "user-1")
    }

    @Test("the JWKS document has the Cognito shape and survives a JSON round trip")
    func jwksRoundTrip() throws {
        let data = try F.key.keySet().jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [[String: String]]])
        let jwk = try #require(object["keys"]?.first)
        #expect(Set(jwk.keys) == ["kty", "kid", "use", "alg", "n", "e"])
        #expect(jwk["kty"] == "RSA" && jwk["use"] == "sig" && jwk["alg"] == "RS256" && jwk["e"] == "AQAB")
        #expect(jwk["kid"] == F.key.kid)
        #expect(Base64URL.decode(jwk["n"]!)?.count == 256)
        let decoded = try JSONWebKeySet(json: data)
        #expect(decoded == (try F.key.keySet()))
        let publicKey = try #require(decoded.rsaKeysByID()[F.key.kid])
        #expect(publicKey.derRepresentation == F.key.privateKey.publicKey.derRepresentation)
    }

    @Test("the kid is the RFC 7638 thumbprint of the public key")
    func kidIsThumbprint() throws {
        // RFC 7638 §3.1 example key and thumbprint.
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"
        #expect(JSONWebKey.thumbprint(n: n, e: "AQAB") == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")
        let jwk = try F.key.publicJWK()
        #expect(F.key.kid == JSONWebKey.thumbprint(n: jwk.n!, e: jwk.e!))
    }

    @Test("keys that are not RSA signing keys are left out of the usable set")
    func unusableKeys() throws {
        var set = try F.key.keySet()
        set.keys.append(JSONWebKey(kty: "EC", kid: "ec", n: nil, e: nil))
        set.keys.append(JSONWebKey(kid: "short", n: Base64URL.encode(Data(repeating: 0xFF, count: 64)), e: "AQAB"))
        set.keys.append(JSONWebKey(kid: "garbage", n: "!!", e: "AQAB"))
        #expect(Array(set.rsaKeysByID().keys) == [F.key.kid])
    }
}
