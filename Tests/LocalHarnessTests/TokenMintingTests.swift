import Foundation
import TestSupport
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

    @Test("Python's cryptography (and joserfc when present) verifies a token we minted")
    func pythonCrossCheck() throws {
        for use in TokenUse.allCases {
            let token = try F.key.mintToken(F.request(use, scopes: ["jobs/read"]), now: F.now)
            let jwks = try JSONSerialization.jsonObject(with: F.key.keySet().jsonData())
            let input = try JSONSerialization.data(withJSONObject: ["token": token, "jwks": jwks])
            let output = try PythonOracle.run("verify_jwt.py", input: input)
            let result = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
            #expect(result["valid"] as? Bool == true)
            if let joserfc = result["joserfc"] as? Bool { #expect(joserfc) }
            let header = try #require(result["header"] as? [String: Any])
            #expect(header["alg"] as? String == "RS256")
            #expect(header["kid"] as? String == F.key.kid)
            let claims = try #require(result["claims"] as? [String: Any])
            #expect(claims["token_use"] as? String == use.rawValue)
            #expect(claims["iss"] as? String == F.issuer)
            #expect(claims["exp"] as? Int == 1_800_003_600)
        }
    }

    @Test("Python rejects a token we minted once its signature is altered")
    func pythonRejectsTampering() throws {
        let token = try F.key.mintToken(F.request(), now: F.now)
        let parts = token.split(separator: ".").map(String.init)
        var signature = Base64URL.decode(parts[2])!
        signature[0] ^= 0x80
        let tampered = "\(parts[0]).\(parts[1]).\(Base64URL.encode(signature))"
        let jwks = try JSONSerialization.jsonObject(with: F.key.keySet().jsonData())
        let output = try PythonOracle.run("verify_jwt.py", input: JSONSerialization.data(withJSONObject: ["token": tampered, "jwks": jwks]))
        let result = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        #expect(result["valid"] as? Bool == false)
    }
}

@Suite("JWT authorizer against Python-minted tokens")
struct JWTPythonMintedTests {
    typealias F = JWTFixtures

    @Test("a token and JWKS made by Python's cryptography are accepted, and rejected once tampered")
    func pythonMinted() throws {
        var claims = F.claims(.access)
        claims["scope"] = "jobs/read openid"
        let claimsObject = try JSONSerialization.jsonObject(with: JSONEncoder().encode(claims))
        let input = try JSONSerialization.data(withJSONObject: ["mint": claimsObject, "kid": "python-kid"])
        let output = try PythonOracle.run("verify_jwt.py", input: input)
        let result = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        let token = try #require(result["token"] as? String)
        let jwks = try JSONWebKeySet(json: JSONSerialization.data(withJSONObject: try #require(result["jwks"])))
        let authorizer = JWTAuthorizer(configuration: .init(issuer: F.issuer, audiences: [F.clientId], keySet: jwks))
        let verified = try authorizer.verify(token: token, now: F.now)
        #expect(verified.scopes == ["jobs/read", "openid"])
        #expect(verified.claims["client_id"] == .string(F.clientId))
        var tampered = Array(token.utf8)
        tampered[tampered.count - 5] = tampered[tampered.count - 5] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        #expect(throws: JWTValidationError.badSignature) {
            try authorizer.verify(token: String(decoding: tampered, as: UTF8.self), now: F.now)
        }
    }
}
