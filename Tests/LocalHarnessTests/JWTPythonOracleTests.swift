import Foundation
import TestSupport
import Testing
@testable import LocalHarness

/// Cross-checks with Python's `cryptography` (Tests/Support/verify_jwt.py) in both directions:
/// tokens we mint verify there, and tokens minted there verify here.
@Suite("JWT cross-check with Python")
struct JWTPythonOracleTests {
    typealias F = JWTFixtures

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
