import Crypto
import Foundation
import _CryptoExtras

/// Signs CloudFront URLs and cookies with a key pair's private key (RSA, PKCS#1 v1.5 over SHA-1, as CloudFront
/// requires). No AWS call is made.
public struct CloudFrontSigner: Sendable {
    /// The public key id registered with CloudFront (a key group's key, or a legacy key pair id).
    public let keyPairId: String
    private let privateKey: _RSA.Signing.PrivateKey

    /// - Parameter privateKeyPEM: a 2048-bit (or larger) RSA private key, PKCS#1 or PKCS#8 PEM.
    public init(keyPairId: String, privateKeyPEM: String) throws {
        if keyPairId.isEmpty { throw ClientInputError.missingField("CloudFrontSigner", "keyPairId") }
        do {
            privateKey = try _RSA.Signing.PrivateKey(pemRepresentation: privateKeyPEM)
        } catch {
            throw ClientInputError.invalidValue("CloudFrontSigner", "privateKeyPEM", "is not an RSA private key of at least 2048 bits")
        }
        self.keyPairId = keyPairId
    }

    /// `url` signed with a canned policy: valid until `expires`, adding `Expires`, `Signature` and `Key-Pair-Id`.
    public func signedURL(_ url: String, expires: Date) throws -> String {
        let signature = try sign(CloudFrontPolicy.canned(resource: url, expires: expires))
        return append(to: url, [
            ("Expires", String(CloudFrontPolicy.epoch(expires))), ("Signature", signature), ("Key-Pair-Id", keyPairId),
        ])
    }

    /// `url` signed with `policy`, adding `Policy`, `Signature` and `Key-Pair-Id`; the policy's resource may
    /// differ from `url` (a wildcard). A canned policy for `url` itself gives the shorter `Expires` form instead.
    public func signedURL(_ url: String, policy: CloudFrontPolicy) throws -> String {
        if policy.isCanned && policy.resource == url { return try signedURL(url, expires: policy.dateLessThan) }
        let json = policy.json
        return append(to: url, [
            ("Policy", Self.urlSafeBase64(Data(json.utf8))), ("Signature", try sign(json)), ("Key-Pair-Id", keyPairId),
        ])
    }

    /// The cookies that let a browser fetch `policy.resource` (usually a wildcard): a canned policy gives
    /// `CloudFront-Expires`, a custom one `CloudFront-Policy`, both with `CloudFront-Signature` and `CloudFront-Key-Pair-Id`.
    public func signedCookies(policy: CloudFrontPolicy) throws -> [String: String] {
        if policy.isCanned {
            let json = CloudFrontPolicy.canned(resource: policy.resource, expires: policy.dateLessThan)
            return [
                "CloudFront-Expires": String(CloudFrontPolicy.epoch(policy.dateLessThan)),
                "CloudFront-Signature": try sign(json), "CloudFront-Key-Pair-Id": keyPairId,
            ]
        }
        let json = policy.json
        return [
            "CloudFront-Policy": Self.urlSafeBase64(Data(json.utf8)),
            "CloudFront-Signature": try sign(json), "CloudFront-Key-Pair-Id": keyPairId,
        ]
    }

    /// The RSA-SHA1 signature of the policy, in CloudFront's URL-safe base64.
    func sign(_ policy: String) throws -> String {
        let signature = try privateKey.signature(for: Insecure.SHA1.hash(data: Data(policy.utf8)), padding: .insecurePKCS1v1_5)
        return Self.urlSafeBase64(signature.rawRepresentation)
    }

    /// Base64 with `+` → `-`, `=` → `_`, `/` → `~`, so the value needs no escaping in a URL or cookie.
    public static func urlSafeBase64(_ data: Data) -> String {
        String(data.base64EncodedString().map { character -> Character in
            switch character {
            case "+": return "-"
            case "=": return "_"
            case "/": return "~"
            default: return character
            }
        })
    }

    private func append(to url: String, _ parameters: [(String, String)]) -> String {
        url + (url.contains("?") ? "&" : "?") + parameters.map { $0.0 + "=" + $0.1 }.joined(separator: "&")
    }
}
