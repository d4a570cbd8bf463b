import Foundation
import Testing
@testable import SigV4

/// The AWS SigV4 test suite: every case directory, both the header and the query (presigned) variant,
/// checked for canonical request, string to sign, signature and signed request.
@Suite("AWS SigV4 test suite")
struct AWSTestSuiteTests {
    @Test("the suite directory holds all 38 cases")
    func suiteIsPresent() {
        #expect(SuiteCase.all().count == 38, "looked in \(SuiteCase.suiteDirectory.path)")
    }

    @Test("header signing matches the suite's canonical request, string to sign, signature and signed request", arguments: SuiteCase.all())
    func headerVariant(name: String) throws {
        let c = try SuiteCase(name: name)
        let result = try c.signer.sign(method: c.method, url: c.url, headers: c.headers, payload: .data(c.body), date: c.date)
        #expect(result.canonicalRequest == (try c.expected("header-canonical-request.txt")))
        #expect(result.stringToSign == (try c.expected("header-string-to-sign.txt")))
        #expect(result.signature == (try c.expected("header-signature.txt")))
        #expect(c.render(target: c.target, extraHeaders: result.headers) == (try c.expected("header-signed-request.txt")))
    }

    @Test("query signing matches the suite's canonical request, string to sign, signature and signed request", arguments: SuiteCase.all())
    func queryVariant(name: String) throws {
        let c = try SuiteCase(name: name)
        let result = try c.signer.presign(
            method: c.method, url: c.url, headers: c.headers, payload: .data(c.body),
            expires: c.context.expiration_in_seconds, date: c.date)
        #expect(result.canonicalRequest == (try c.expected("query-canonical-request.txt")))
        #expect(result.stringToSign == (try c.expected("query-string-to-sign.txt")))
        #expect(result.signature == (try c.expected("query-signature.txt")))
        let target = String(result.url.dropFirst("https://\(c.host)".count))
        #expect(c.render(target: target, extraHeaders: []) == (try c.expected("query-signed-request.txt")))
    }
}
