import Foundation
import Testing

@testable import AWSCore

@Suite("AWS URI encoding and operation requests")
struct ProtocolEncodingTests {
    @Test("strict encoding leaves only A-Z a-z 0-9 - _ . ~ and escapes UTF-8 bytes as uppercase %XX")
    func strictEncoding() {
        #expect(AWSURIEncoding.encode("a b/c:d~e_f.g-h%é") == "a%20b%2Fc%3Ad~e_f.g-h%25%C3%A9")
        #expect(AWSURIEncoding.encode("🎬+=&?#[]@!$'()*,;") == "%F0%9F%8E%AC%2B%3D%26%3F%23%5B%5D%40%21%24%27%28%29%2A%2C%3B")
        #expect(AWSURIEncoding.encode("AZaz09") == "AZaz09")
        #expect(AWSURIEncoding.encode("") == "")
    }

    @Test("keepSlash leaves slashes alone and still escapes everything else")
    func keepSlash() {
        #expect(AWSURIEncoding.encode("a b/c:d/", keepSlash: true) == "a%20b/c%3Ad/")
    }

    @Test("form encoding is strict except that a space becomes a plus, as Python's urlencode writes it")
    func formEncoding() {
        #expect(AWSURIEncoding.formEncode("a b+c=d&e~f") == "a+b%2Bc%3Dd%26e~f")
        #expect(AWSURIEncoding.formEncode([("Action", "Publish"), ("Message", "hi there")]) == "Action=Publish&Message=hi+there")
    }

    @Test("the rendered path and query join encoded pairs with & after a ? and write empty values as bare keys")
    func pathAndQuery() {
        let request = OperationRequest(
            method: "GET", path: "/media-bucket/a/b%20c.mp4",
            query: [("uploads", ""), ("max keys", "5"), ("prefix", "a/b:c")])
        #expect(request.encodedQuery == "uploads&max%20keys=5&prefix=a%2Fb%3Ac")
        #expect(request.encodedPathAndQuery == "/media-bucket/a/b%20c.mp4?uploads&max%20keys=5&prefix=a%2Fb%3Ac")
        #expect(OperationRequest(method: "GET", path: "/jobs").encodedPathAndQuery == "/jobs")
    }

    @Test("the wire request prefixes the endpoint, keeping an endpoint path and dropping a trailing slash")
    func httpRequest() {
        var headers = HTTPHeaders()
        headers.add(name: "Accept", value: "application/json")
        let request = OperationRequest(
            method: "GET", path: "/v1/lexicons", query: [("a", "1")], headers: headers, body: Data("x".utf8))
        let wire = request.httpRequest(endpoint: "http://localhost:4566/base/")
        #expect(wire.url == "http://localhost:4566/base/v1/lexicons?a=1")
        #expect(wire.method == "GET")
        #expect(wire.headers["accept"] == "application/json")
        #expect(wire.body == Data("x".utf8))
        #expect(request.httpRequest(endpoint: "https://polly.us-east-1.amazonaws.com").url
            == "https://polly.us-east-1.amazonaws.com/v1/lexicons?a=1")
    }

    @Test("operation requests compare query pairs in order")
    func equality() {
        let a = OperationRequest(query: [("a", "1"), ("b", "2")])
        #expect(a == OperationRequest(query: [("a", "1"), ("b", "2")]))
        #expect(a != OperationRequest(query: [("b", "2"), ("a", "1")]))
    }
}
