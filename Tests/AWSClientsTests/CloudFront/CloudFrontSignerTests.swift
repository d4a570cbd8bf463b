import AWSCore
import Foundation
import Testing
import TestSupport
@testable import AWSClients

/// Our CloudFront signer against botocore's `CloudFrontSigner`, with a key generated for the run by
/// Tests/Support/botocore_cloudfront.py (no private key is committed).
@Suite("CloudFront signed URLs and cookies")
struct CloudFrontSignerTests {
    struct Case: Encodable {
        let id: String
        let url: String
        let resource: String?
        let dateLessThan: Int
        let dateGreaterThan: Int?
        let ipAddress: String?
    }

    struct Oracle: Decodable {
        struct Result: Decodable { let id: String; let url: String; let policy: String? }
        let privateKeyPEM: String
        let results: [Result]
    }

    static let keyPairId = "K2JCJMDEHXQW5F"
    static let cases = [
        Case(id: "canned", url: "https://d111111abcdef8.cloudfront.net/videos/clip 1/ሴ.mp4", resource: nil,
             dateLessThan: 1_767_225_600, dateGreaterThan: nil, ipAddress: nil),
        Case(id: "canned with a query", url: "https://d111111abcdef8.cloudfront.net/hls/index.m3u8?quality=hd", resource: nil,
             dateLessThan: 1_767_229_200, dateGreaterThan: nil, ipAddress: nil),
        Case(id: "custom with start and IP", url: "https://d111111abcdef8.cloudfront.net/hls/master.m3u8", resource: nil,
             dateLessThan: 1_767_225_600, dateGreaterThan: 1_767_139_200, ipAddress: "192.0.2.10"),
        Case(id: "custom wildcard with a CIDR range", url: "https://d111111abcdef8.cloudfront.net/hls/seg-001.ts",
             resource: "https://d111111abcdef8.cloudfront.net/hls/*", dateLessThan: 1_767_225_600, dateGreaterThan: nil,
             ipAddress: "198.51.100.0/24"),
        Case(id: "custom with start only", url: "https://d111111abcdef8.cloudfront.net/a.mp4?x=é", resource: nil,
             dateLessThan: 1_767_225_600, dateGreaterThan: 1_767_000_000, ipAddress: nil),
    ]

    static let oracle: Result<Oracle, any Error> = Result {
        let input = try JSONEncoder().encode(["keyPairId": keyPairId]).dropLast()
            + Data(#","cases":"#.utf8) + (try JSONEncoder().encode(cases)) + Data("}".utf8)
        return try JSONDecoder().decode(Oracle.self, from: try PythonOracle.run("botocore_cloudfront.py", input: input))
    }

    static func policy(_ testCase: Case) -> CloudFrontPolicy {
        CloudFrontPolicy(
            resource: testCase.resource ?? testCase.url,
            dateLessThan: Date(timeIntervalSince1970: TimeInterval(testCase.dateLessThan)),
            dateGreaterThan: testCase.dateGreaterThan.map { Date(timeIntervalSince1970: TimeInterval($0)) },
            ipAddress: testCase.ipAddress)
    }

    @Test("signed URLs equal botocore's CloudFrontSigner output for canned and custom policies", arguments: cases.map(\.id))
    func matchesBotocore(_ id: String) throws {
        let oracle = try Self.oracle.get()
        let testCase = try #require(Self.cases.first { $0.id == id })
        let expected = try #require(oracle.results.first { $0.id == id })
        let signer = try CloudFrontSigner(keyPairId: Self.keyPairId, privateKeyPEM: oracle.privateKeyPEM)
        let policy = Self.policy(testCase)
        if let botocorePolicy = expected.policy { #expect(policy.json == botocorePolicy) }
        let ours = policy.isCanned
            ? try signer.signedURL(testCase.url, expires: policy.dateLessThan)
            : try signer.signedURL(testCase.url, policy: policy)
        #expect(ours == expected.url)
    }

    @Test("signed cookies carry Expires for a canned policy and Policy for a custom one, with the URL's signature")
    func cookies() throws {
        let oracle = try Self.oracle.get()
        let signer = try CloudFrontSigner(keyPairId: Self.keyPairId, privateKeyPEM: oracle.privateKeyPEM)
        let custom = Self.policy(Self.cases[3])
        let cookies = try signer.signedCookies(policy: custom)
        #expect(Set(cookies.keys) == ["CloudFront-Policy", "CloudFront-Signature", "CloudFront-Key-Pair-Id"])
        #expect(cookies["CloudFront-Key-Pair-Id"] == Self.keyPairId)
        let url = try #require(oracle.results.first { $0.id == Self.cases[3].id }?.url)
        #expect(url.contains("Policy=\(cookies["CloudFront-Policy"]!)&Signature=\(cookies["CloudFront-Signature"]!)&"))

        let canned = Self.policy(Self.cases[0])
        let cannedCookies = try signer.signedCookies(policy: canned)
        #expect(cannedCookies["CloudFront-Expires"] == "1767225600")
        #expect(cannedCookies["CloudFront-Policy"] == nil)
        let cannedURL = try #require(oracle.results.first { $0.id == Self.cases[0].id }?.url)
        #expect(cannedURL.contains("Signature=\(cannedCookies["CloudFront-Signature"]!)&"))
    }

    @Test("CloudFront's URL-safe base64 maps + to -, = to _ and / to ~")
    func urlSafeBase64() {
        #expect(CloudFrontSigner.urlSafeBase64(Data([0xFB, 0xFF, 0xBF, 0x00])) == "-~-~AA__")
    }

    @Test("a key that is not an RSA private key, or an empty key pair id, is refused")
    func badKey() {
        #expect(throws: ClientInputError.invalidValue) {
            _ = try CloudFrontSigner(keyPairId: "K1", privateKeyPEM: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
        }
        #expect(throws: ClientInputError.missingField) { _ = try CloudFrontSigner(keyPairId: "", privateKeyPEM: "") }
    }
}
