import Foundation
import Testing
@testable import LocalHarness

@Suite("JWT authorizer")
struct JWTAuthorizerTests {
    typealias F = JWTFixtures

    private func rejection(_ token: String, at now: Date = F.now, leeway: TimeInterval = 0) throws -> JWTValidationError? {
        do {
            _ = try F.authorizer(leeway: leeway).verify(token: token, now: now)
            return nil
        } catch let error as JWTValidationError {
            return error
        }
    }

    @Test("a freshly minted ID token is accepted and its claims returned")
    func acceptsIDToken() throws {
        let token = try F.key.mintToken(F.request(.id), now: F.now)
        let verified = try F.authorizer().verify(authorizationHeader: "Bearer \(token)", now: F.now.addingTimeInterval(10))
        #expect(verified.claims["sub"] == .string("user-1"))
        #expect(verified.claims["aud"] == .string(F.clientId))
        #expect(verified.claims["cognito:username"] == .string("alice"))
        #expect(verified.claims["cognito:groups"] == .array([.string("editors")]))
        #expect(verified.claims["token_use"] == .string("id"))
        #expect(verified.scopes.isEmpty)
    }

    @Test("an access token is accepted on client_id and its scope claim split into scopes")
    func acceptsAccessToken() throws {
        let token = try F.key.mintToken(F.request(.access, scopes: ["jobs/read", "jobs/write"]), now: F.now)
        let verified = try F.authorizer().verify(token: token, now: F.now)
        #expect(verified.claims["client_id"] == .string(F.clientId))
        #expect(verified.claims["aud"] == nil)
        #expect(verified.scopes == ["jobs/read", "jobs/write"])
        #expect(verified.grantsAny(of: ["jobs/write"]))
        #expect(!verified.grantsAny(of: ["admin"]))
    }

    @Test("the mintToken convenience with named arguments makes an accepted token")
    func namedMint() throws {
        let token = try F.key.mintToken(subject: "s", username: "u", audience: F.clientId, issuer: F.issuer, now: F.now)
        #expect(try F.authorizer().verify(token: token, now: F.now).claims["sub"] == .string("s"))
    }

    @Test("an expired token is rejected, at exp exactly and after; leeway stretches it")
    func expired() throws {
        let token = try F.key.mintToken(F.request(lifetime: 60), now: F.now)
        #expect(try rejection(token, at: F.now.addingTimeInterval(60)) == .expired)
        #expect(try rejection(token, at: F.now.addingTimeInterval(3600)) == .expired)
        #expect(try rejection(token, at: F.now.addingTimeInterval(59)) == nil)
        #expect(try rejection(token, at: F.now.addingTimeInterval(62), leeway: 5) == nil)
    }

    @Test("a token with no exp is rejected as expired")
    func missingExp() throws {
        var claims = F.claims()
        claims["exp"] = nil
        let token = try F.sign(header: ["alg": "RS256", "kid": .string(F.key.kid)], claims: claims)
        #expect(try rejection(token) == .expired)
    }

    @Test("a token whose nbf or iat is in the future is rejected unless within the leeway")
    func notYetValid() throws {
        var claims = F.claims()
        claims["nbf"] = .int(Int(F.now.timeIntervalSince1970) + 30)
        let nbfToken = try F.sign(header: ["alg": "RS256", "kid": .string(F.key.kid)], claims: claims)
        #expect(try rejection(nbfToken) == .notYetValid)
        #expect(try rejection(nbfToken, leeway: 60) == nil)
        let future = try F.key.mintToken(F.request(), now: F.now.addingTimeInterval(30))
        #expect(try rejection(future) == .issuedInFuture)
        #expect(try rejection(future, leeway: 60) == nil)
    }

    @Test("an ID token for another app client is rejected as wrong audience")
    func wrongAudience() throws {
        var request = F.request(.id)
        request.audience = "someone-else"
        #expect(try rejection(F.key.mintToken(request, now: F.now)) == .wrongAudience)
    }

    @Test("an access token with another client_id is rejected as wrong audience")
    func wrongClientId() throws {
        var request = F.request(.access)
        request.audience = "someone-else"
        #expect(try rejection(F.key.mintToken(request, now: F.now)) == .wrongAudience)
    }

    @Test("aud wins over client_id, and a token with neither is rejected")
    func audiencePrecedence() throws {
        var claims = F.claims(.id)
        claims["aud"] = "someone-else"
        claims["client_id"] = .string(F.clientId)
        let header: [String: JSONValue] = ["alg": "RS256", "kid": .string(F.key.kid)]
        #expect(try rejection(F.sign(header: header, claims: claims)) == .wrongAudience)
        claims["aud"] = .array(["x", .string(F.clientId)])
        #expect(try rejection(F.sign(header: header, claims: claims)) == nil)
        claims["aud"] = nil
        claims["client_id"] = nil
        #expect(try rejection(F.sign(header: header, claims: claims)) == .missingAudience)
    }

    @Test("a token from another issuer is rejected")
    func wrongIssuer() throws {
        var request = F.request()
        request.issuer = F.issuer + "-other"
        #expect(try rejection(F.key.mintToken(request, now: F.now)) == .wrongIssuer)
    }

    @Test("alg none is rejected, with or without a signature")
    func algNone() throws {
        let header = try F.segment(["alg": "none", "typ": "JWT"])
        let payload = try F.segment(F.claims())
        #expect(try rejection("\(header).\(payload).") == .unsupportedAlgorithm)
        #expect(try rejection("\(header).\(payload).c2ln") == .unsupportedAlgorithm)
    }

    @Test("an HS256 token (even one keyed with the public key) is rejected")
    func hs256() throws {
        let token = try F.sign(header: ["alg": "HS256", "kid": .string(F.key.kid)], claims: F.claims())
        #expect(try rejection(token) == .unsupportedAlgorithm)
        let rs512 = try F.sign(header: ["alg": "RS512", "kid": .string(F.key.kid)], claims: F.claims())
        #expect(try rejection(rs512) == .unsupportedAlgorithm)
    }

    @Test("flipping a byte of the signature or the payload breaks the signature")
    func badSignature() throws {
        let token = try F.key.mintToken(F.request(), now: F.now)
        let parts = token.split(separator: ".").map(String.init)
        var signature = Base64URL.decode(parts[2])!
        signature[10] ^= 0x01
        #expect(try rejection("\(parts[0]).\(parts[1]).\(Base64URL.encode(signature))") == .badSignature)
        var claims = F.claims()
        claims["sub"] = "mallory"
        #expect(try rejection("\(parts[0]).\(F.segment(claims)).\(parts[2])") == .badSignature)
        let otherKey = try LocalSigningKey.generate()
        let forged = try F.sign(header: ["alg": "RS256", "kid": .string(otherKey.kid)], claims: F.claims())
        #expect(try rejection(forged) == .unknownKey)
    }

    @Test("a token signed by another key under our kid is a bad signature")
    func otherKeySameKid() throws {
        let otherKey = try LocalSigningKey.generate()
        let parts = try otherKey.mintToken(F.request(), now: F.now).split(separator: ".").map(String.init)
        let header = try F.segment(["alg": "RS256", "kid": .string(F.key.kid), "typ": "JWT"])
        #expect(try rejection("\(header).\(parts[1]).\(parts[2])") == .badSignature)
    }

    @Test("an unknown or missing kid is rejected")
    func unknownKid() throws {
        #expect(try rejection(F.sign(header: ["alg": "RS256", "kid": "nope"], claims: F.claims())) == .unknownKey)
        #expect(try rejection(F.sign(header: ["alg": "RS256"], claims: F.claims())) == .unknownKey)
    }

    @Test("malformed tokens are rejected: two parts, bad base64, bad JSON, non-object JSON", arguments: [
        "abc.def", "a.b.c.d", "", "..", "!!!.e30.e30",
        "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln",  // payload "not json"
        "WyJhIl0.e30.c2ln",  // header is a JSON array
        "eyJhbGciOiJSUzI1NiJ9.e30.!!",  // signature not base64url
    ])
    func malformed(token: String) throws {
        #expect(try rejection(token) == .malformed)
    }

    @Test("a token_use other than id or access (a refresh token) is rejected")
    func refreshTokenUse() throws {
        var claims = F.claims()
        claims["token_use"] = "refresh"
        #expect(try rejection(F.sign(header: ["alg": "RS256", "kid": .string(F.key.kid)], claims: claims)) == .wrongTokenUse)
    }

    @Test("an Authorization header without a token is rejected as missing")
    func missingToken() throws {
        #expect(throws: JWTValidationError.missingToken) { try F.authorizer().verify(authorizationHeader: nil, now: F.now) }
        #expect(throws: JWTValidationError.missingToken) { try F.authorizer().verify(authorizationHeader: "  ", now: F.now) }
        #expect(throws: JWTValidationError.malformed) { try F.authorizer().verify(authorizationHeader: "Bearer x", now: F.now) }
    }
}
