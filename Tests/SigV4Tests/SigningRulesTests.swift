import Foundation
import Testing
@testable import SigV4

@Suite("SigV4 signing rules")
struct SigningRulesTests {
    static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z
    static let keys = Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")

    static func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    @Test("S3 signs the path as sent: no normalisation and single encoding")
    func s3PathAsSent() throws {
        let signer = SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "s3", options: .s3)
        let result = try signer.sign(method: "GET", url: "https://bucket.s3.amazonaws.com/a/../b//my%20key%2B1.txt", date: Self.date)
        #expect(Self.lines(result.canonicalRequest)[1] == "/a/../b//my%20key%2B1.txt")
    }

    @Test("other services normalise the path and encode it a second time")
    func nonS3DoubleEncoding() throws {
        let signer = SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "bedrock")
        let url = "https://bedrock-runtime.us-east-1.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123%3Amodel%2Fx/./invoke"
        let result = try signer.sign(method: "POST", url: url, date: Self.date)
        #expect(Self.lines(result.canonicalRequest)[1] == "/model/arn%253Aaws%253Abedrock%253Aus-east-1%253A123%253Amodel%252Fx/invoke")
    }

    @Test("S3 always sends x-amz-content-sha256 and signs it")
    func s3ContentSHA256() throws {
        let signer = SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "s3", options: .s3)
        let result = try signer.sign(method: "PUT", url: "https://b.s3.amazonaws.com/k", payload: .data(Data("hello".utf8)), date: Self.date)
        let sha = result.headers.first { $0.name == "x-amz-content-sha256" }?.value
        #expect(sha == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
        #expect(result.signedHeaders == "host;x-amz-content-sha256;x-amz-date")
        #expect(Self.lines(result.canonicalRequest).last == sha)
    }

    @Test("the UNSIGNED-PAYLOAD option puts the constant in the header and the canonical request")
    func unsignedPayload() throws {
        let signer = SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "s3", options: .s3)
        let result = try signer.sign(method: "PUT", url: "https://b.s3.amazonaws.com/k", payload: .unsigned, date: Self.date)
        #expect(result.headers.first { $0.name == "x-amz-content-sha256" }?.value == "UNSIGNED-PAYLOAD")
        #expect(Self.lines(result.canonicalRequest).last == "UNSIGNED-PAYLOAD")
    }

    @Test("a session token is signed by default and left out of the signature when added after signing")
    func sessionTokenVariants() throws {
        var keys = Self.keys
        keys.sessionToken = "TOKEN/+="
        let signed = try SigV4Signer(credentials: keys, region: "us-east-1", service: "sqs")
            .sign(method: "GET", url: "https://sqs.us-east-1.amazonaws.com/", date: Self.date)
        #expect(signed.signedHeaders == "host;x-amz-date;x-amz-security-token")
        #expect(signed.headers.first?.name == "X-Amz-Security-Token" && signed.headers.first?.value == "TOKEN/+=")

        let after = try SigV4Signer(
            credentials: keys, region: "us-east-1", service: "sqs", options: SigningOptions(signSessionToken: false)
        ).sign(method: "GET", url: "https://sqs.us-east-1.amazonaws.com/", date: Self.date)
        #expect(after.signedHeaders == "host;x-amz-date")
        #expect(after.headers.contains { $0.name == "X-Amz-Security-Token" && $0.value == "TOKEN/+=" })
        #expect(after.signature != signed.signature)
    }

    @Test("hop-by-hop headers, user-agent, expect and the trace id are never signed")
    func neverSignedHeaders() throws {
        let headers: [(name: String, value: String)] = [
            ("User-Agent", "x"), ("Expect", "100-continue"), ("X-Amzn-Trace-Id", "Root=1"), ("Connection", "keep-alive"),
            ("Keep-Alive", "5"), ("Transfer-Encoding", "chunked"), ("TE", "trailers"), ("Trailer", "x"), ("Upgrade", "h2c"),
            ("Proxy-Authorization", "x"), ("Proxy-Authenticate", "x"), ("Authorization", "old"), ("X-Amz-Target", "T.Op"),
        ]
        let result = try SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "transcribe")
            .sign(method: "POST", url: "https://transcribe.us-east-1.amazonaws.com/", headers: headers, date: Self.date)
        #expect(result.signedHeaders == "host;x-amz-date;x-amz-target")
    }

    @Test("repeated header names are combined in order with whitespace trimmed and collapsed")
    func repeatedAndWhitespace() throws {
        let headers: [(name: String, value: String)] = [
            ("My-Header", "  b\t\t c  "), ("X-Other", "1"), ("my-header", "a"), ("MY-HEADER", " z   y ")]
        let result = try SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "svc")
            .sign(method: "GET", url: "https://example.amazonaws.com/", headers: headers, date: Self.date)
        #expect(Self.lines(result.canonicalRequest)[4] == "my-header:b c,a,z y")
        #expect(Self.lines(result.canonicalRequest)[5] == "x-amz-date:20150830T123600Z")
        #expect(Self.lines(result.canonicalRequest)[6] == "x-other:1")
    }

    @Test("the query is sorted by encoded key, then by value, with encoding made canonical")
    func querySorting() throws {
        let url = "https://example.amazonaws.com/?b=2&a=z&a=y&%e1%88%b4=1&A=3&c=%41&plain&sp=a%20b"
        let result = try SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "svc")
            .sign(method: "GET", url: url, date: Self.date)
        #expect(Self.lines(result.canonicalRequest)[2] == "%E1%88%B4=1&A=3&a=y&a=z&b=2&c=A&plain=&sp=a%20b")
    }

    @Test("the host header carries a non-default port and drops the default one")
    func hostPort() throws {
        let signer = SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "s3", options: .s3)
        let custom = try signer.sign(method: "GET", url: "http://127.0.0.1:5000/b/k", date: Self.date)
        #expect(custom.canonicalRequest.contains("\nhost:127.0.0.1:5000\n"))
        let standard = try signer.sign(method: "GET", url: "HTTPS://S3.Amazonaws.COM:443/b/k", date: Self.date)
        #expect(standard.canonicalRequest.contains("\nhost:s3.amazonaws.com\n"))
        let padded = try signer.sign(method: "GET", url: "http://localhost:04566/b/k", date: Self.date)
        #expect(padded.canonicalRequest.contains("\nhost:localhost:4566\n"))
    }

    @Test("the signing key is derived once per date, region and service and then reused")
    func signingKeyCache() throws {
        let cache = SigningKeyCache()
        let signer = SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "svc", keyCache: cache)
        for second in 0..<50 {
            _ = try signer.sign(method: "GET", url: "https://example.amazonaws.com/", date: Self.date + Double(second))
        }
        #expect(cache.derivations == 1)
        _ = try signer.sign(method: "GET", url: "https://example.amazonaws.com/", date: Self.date + 86_400)
        var other = signer
        other.region = "eu-west-1"
        _ = try other.sign(method: "GET", url: "https://example.amazonaws.com/", date: Self.date)
        other.service = "svc2"
        _ = try other.sign(method: "GET", url: "https://example.amazonaws.com/", date: Self.date)
        #expect(cache.derivations == 4)
    }

    @Test("a cached key gives the same signature as a freshly derived one")
    func cachedKeyIsCorrect() throws {
        let url = "https://example.amazonaws.com/"
        let warm = SigV4Signer(credentials: Self.keys, region: "us-east-1", service: "service", keyCache: SigningKeyCache())
        let first = try warm.sign(method: "GET", url: url, date: Self.date)
        let second = try warm.sign(method: "GET", url: url, date: Self.date)
        #expect(first.signature == second.signature)
        #expect(first.signature == "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")  // the suite's get-vanilla
    }

    @Test("presigned URLs keep the original query and add the authentication parameters")
    func presignShape() throws {
        var keys = Self.keys
        keys.sessionToken = "T/1"
        let result = try SigV4Signer(credentials: keys, region: "us-east-1", service: "s3", options: .s3)
            .presign(method: "GET", url: "https://b.s3.amazonaws.com/my%20key?versionId=3#frag", payload: .unsigned, expires: 900, date: Self.date)
        #expect(result.url.hasPrefix("https://b.s3.amazonaws.com/my%20key?versionId=3&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=900&X-Amz-Security-Token=T%2F1&X-Amz-Signature="))
        #expect(Self.lines(result.canonicalRequest).last == "UNSIGNED-PAYLOAD")
        #expect(!result.url.contains("#frag"))
    }
}
