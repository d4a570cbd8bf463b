import Foundation
@testable import LocalHarness

/// One signing key and an authorizer that trusts it, shared by the JWT tests (key generation is slow-ish).
enum JWTFixtures {
    static let issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LOCAL"
    static let clientId = "local-app-client"
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    // swiftlint:disable:next force_try
    static let key: LocalSigningKey = try! LocalSigningKey.generate()

    static func authorizer(leeway: TimeInterval = 0) throws -> JWTAuthorizer {
        JWTAuthorizer(configuration: JWTAuthorizerConfiguration(
            issuer: issuer, audiences: ["other-client", clientId], keySet: try key.keySet(), leeway: leeway))
    }

    static func request(_ use: TokenUse = .id, scopes: [String] = [], lifetime: TimeInterval = 3600) -> TokenRequest {
        TokenRequest(subject: "user-1", username: "alice", groups: ["editors"], scopes: scopes, audience: clientId,
                     issuer: issuer, tokenUse: use, lifetime: lifetime)
    }

    /// Signs arbitrary claims/header with the fixture key, for tokens the minter would never make.
    static func sign(header: [String: JSONValue], claims: [String: JSONValue]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let input = Base64URL.encode(try encoder.encode(header)) + "." + Base64URL.encode(try encoder.encode(claims))
        let signature = try key.privateKey.signature(for: Data(input.utf8), padding: .insecurePKCS1v1_5)
        return input + "." + Base64URL.encode(signature.rawRepresentation)
    }

    static func segment(_ object: [String: JSONValue]) throws -> String {
        Base64URL.encode(try JSONEncoder().encode(object))
    }

    static func claims(_ use: TokenUse = .id) -> [String: JSONValue] {
        request(use).claims(now: now, jti: "jti-1")
    }
}
