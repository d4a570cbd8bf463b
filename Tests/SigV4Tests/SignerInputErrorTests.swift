import Foundation
import Testing
@testable import SigV4

@Suite("SigV4 bad input")
struct SignerInputErrorTests {
    static let signer = SigV4Signer(
        credentials: Credentials(accessKeyId: "AKID", secretAccessKey: "SECRET"), region: "us-east-1", service: "svc")
    static let date = Date(timeIntervalSince1970: 1_440_938_160)

    @Test("a URL that does not parse is rejected with an error naming it", arguments: [
        "not a url", "ftp://example.com/", "https://", "https:///path", "https://host:99999/", "https://host:8x/",
        "https://ho st/", "https://host/pa\nth", "example.com/path", "https://[::1/",
    ])
    func badURL(url: String) {
        #expect(throws: SigV4Error.invalidURL) { try Self.signer.sign(method: "GET", url: url, date: Self.date) }
        do {
            _ = try Self.signer.sign(method: "GET", url: url, date: Self.date)
        } catch {
            #expect(error.description.contains("does not parse"))
        }
    }

    @Test("a header value with a line break is rejected and the error names the header")
    func headerNewline() {
        for value in ["a\nb", "a\r\nX-Injected: 1", "a\u{0}b"] {
            #expect(throws: SigV4Error.invalidHeaderValue) {
                try Self.signer.sign(method: "GET", url: "https://h/", headers: [("X-Meta", value)], date: Self.date)
            }
        }
        do {
            _ = try Self.signer.sign(method: "GET", url: "https://h/", headers: [("X-Meta", "a\nb")], date: Self.date)
        } catch {
            #expect(error.description.contains("'X-Meta'"))
        }
    }

    @Test("a header name that is not a token is rejected")
    func headerName() {
        for name in ["", "Bad Name", "a:b", "é"] {
            #expect(throws: SigV4Error.invalidHeaderName) {
                try Self.signer.sign(method: "GET", url: "https://h/", headers: [(name, "v")], date: Self.date)
            }
        }
    }

    @Test("presign expiry must be between 1 second and 7 days", arguments: [0, -5, 604_801, Int.max])
    func expiryOutOfRange(seconds: Int) {
        #expect(throws: SigV4Error.expiryOutOfRange) {
            try Self.signer.presign(method: "GET", url: "https://h/", expires: seconds, date: Self.date)
        }
    }

    @Test("presign expiry at the bounds is accepted", arguments: [1, 604_800])
    func expiryBounds(seconds: Int) throws {
        let result = try Self.signer.presign(method: "GET", url: "https://h/", expires: seconds, date: Self.date)
        #expect(result.url.contains("X-Amz-Expires=\(seconds)&"))
    }

    @Test("empty credentials, region or service are rejected before signing")
    func emptyScope() {
        var signer = Self.signer
        signer.credentials = Credentials(accessKeyId: "", secretAccessKey: "s")
        #expect(throws: SigV4Error.missingCredentials) { try signer.sign(method: "GET", url: "https://h/", date: Self.date) }
        signer.credentials = Credentials(accessKeyId: "a", secretAccessKey: "")
        #expect(throws: SigV4Error.missingCredentials) { try signer.sign(method: "GET", url: "https://h/", date: Self.date) }
        signer = Self.signer
        signer.region = ""
        #expect(throws: SigV4Error.invalidScope) { try signer.sign(method: "GET", url: "https://h/", date: Self.date) }
        signer = Self.signer
        signer.service = "a/b"
        #expect(throws: SigV4Error.invalidScope) { try signer.sign(method: "GET", url: "https://h/", date: Self.date) }
    }

    @Test("a method that is not a token is rejected")
    func badMethod() {
        for method in ["", "GE T", "GET\n"] {
            #expect(throws: SigV4Error.invalidMethod) { try Self.signer.sign(method: method, url: "https://h/", date: Self.date) }
        }
    }

    @Test("a session token with a line break is rejected")
    func tokenNewline() {
        var signer = Self.signer
        signer.credentials.sessionToken = "abc\ndef"
        #expect(throws: SigV4Error.invalidHeaderValue) { try signer.sign(method: "GET", url: "https://h/", date: Self.date) }
    }

    @Test("dates before 1970 and far in the future format correctly")
    func dateFormatting() {
        #expect(AmzDate(Date(timeIntervalSince1970: 0)).timestampString == "19700101T000000Z")
        #expect(AmzDate(Date(timeIntervalSince1970: -1)).timestampString == "19691231T235959Z")
        #expect(AmzDate(Date(timeIntervalSince1970: 951_782_400)).timestampString == "20000229T000000Z")
        #expect(AmzDate(Date(timeIntervalSince1970: 4_102_444_799.9)).timestampString == "20991231T235959Z")
    }
}
