import Foundation
import Testing
@testable import LocalHarness

@Suite("Gateway request to payload 2.0 event")
struct GatewayEventMappingTests {
    let now = Date(timeIntervalSince1970: 1_767_225_600.123)  // 2026-01-01T00:00:00.123Z
    let route = RouteMatch(route: GatewayRoute(method: "POST", path: "/jobs/{id}"), pathParameters: ["id": "42"])

    private func event(_ request: GatewayRequest, match: RouteMatch? = nil, authorizer: VerifiedJWT? = nil) throws -> JSONValue {
        let event = HTTPAPIEvent(request: request, match: match ?? route, authorizer: authorizer,
                                 context: GatewayEventContext(), requestId: "req-1", now: now)
        return try #require(JSONValue.parse(try event.jsonData()))
    }

    @Test("a JSON request with cookies, repeated headers and query parameters maps to the exact event")
    func sampleRequest() throws {
        let request = GatewayRequest(
            method: "POST", path: "/jobs/42", rawQueryString: "a=1&b=x%20y&a=2&flag",
            headers: [("Host", "api.example.com"), ("Content-Type", "application/json"), ("User-Agent", "curl/8.0"),
                      ("X-Multi", "one"), ("x-multi", "two"), ("Cookie", "s=abc; theme=dark")],
            body: Data(#"{"k":"v"}"#.utf8), sourceIp: "10.0.0.9")
        let verified = VerifiedJWT(claims: ["sub": "u1", "exp": .int(1_800_000_000), "cognito:groups": ["a", "b"]],
                                   scopes: ["jobs/read"])
        let expected = #"""
        {
          "version": "2.0",
          "routeKey": "POST /jobs/{id}",
          "rawPath": "/jobs/42",
          "rawQueryString": "a=1&b=x%20y&a=2&flag",
          "cookies": ["s=abc", "theme=dark"],
          "headers": {"host": "api.example.com", "content-type": "application/json", "user-agent": "curl/8.0",
                      "x-multi": "one,two"},
          "queryStringParameters": {"a": "1,2", "b": "x y", "flag": ""},
          "pathParameters": {"id": "42"},
          "requestContext": {
            "accountId": "123456789012",
            "apiId": "mediagenlocal",
            "authorizer": {"jwt": {"claims": {"sub": "u1", "exp": "1800000000", "cognito:groups": "[a b]"},
                                   "scopes": ["jobs/read"]}},
            "domainName": "api.example.com",
            "domainPrefix": "api",
            "http": {"method": "POST", "path": "/jobs/42", "protocol": "HTTP/1.1", "sourceIp": "10.0.0.9",
                     "userAgent": "curl/8.0"},
            "requestId": "req-1",
            "routeKey": "POST /jobs/{id}",
            "stage": "$default",
            "time": "01/Jan/2026:00:00:00 +0000",
            "timeEpoch": 1767225600123
          },
          "body": "{\"k\":\"v\"}",
          "isBase64Encoded": false
        }
        """#
        #expect(try event(request, authorizer: verified) == JSONValue.parse(Data(expected.utf8)))
    }

    @Test("a bare GET has no cookies, query, path parameters, body or authorizer; scopes null when none")
    func minimal() throws {
        let request = GatewayRequest(method: "get", path: "/health")
        let json = try event(request, match: RouteMatch(route: .defaultRoute, pathParameters: [:]))
        let object = try #require(json.objectValue)
        #expect(object["routeKey"] == "$default")
        #expect(object["cookies"] == nil && object["queryStringParameters"] == nil && object["pathParameters"] == nil)
        #expect(object["body"] == nil && object["isBase64Encoded"] == false)
        let context = try #require(object["requestContext"]?.objectValue)
        #expect(context["authorizer"] == nil)
        #expect(context["domainName"] == "localhost" && context["domainPrefix"] == "localhost")
        #expect(context["http"]?.objectValue?["method"] == "GET")
        #expect(context["http"]?.objectValue?["userAgent"] == "")

        let idToken = VerifiedJWT(claims: ["sub": "u"], scopes: [])
        let withAuth = try event(request, authorizer: idToken).objectValue?["requestContext"]?.objectValue?["authorizer"]
        #expect(withAuth == .object(["jwt": .object(["claims": .object(["sub": "u"]), "scopes": .null])]))
    }

    @Test("a binary or untyped body is base64-encoded; text types are not", arguments: [
        ("image/png", true), (nil, true), ("application/octet-stream", true), ("text/plain; charset=utf-8", false),
        ("application/json", false), ("application/vnd.api+json", false), ("application/x-www-form-urlencoded", false),
    ] as [(String?, Bool)])
    func bodyEncoding(contentType: String?, base64: Bool) throws {
        let body = Data("hello".utf8)
        let headers = contentType.map { [(name: "content-type", value: $0)] } ?? []
        let object = try #require(try event(GatewayRequest(method: "POST", path: "/jobs/42", headers: headers, body: body)).objectValue)
        #expect(object["isBase64Encoded"] == .bool(base64))
        #expect(object["body"] == .string(base64 ? body.base64EncodedString() : "hello"))
    }

    @Test("text that is not UTF-8 is base64-encoded even with a text content type")
    func invalidUTF8() throws {
        let request = GatewayRequest(method: "POST", path: "/x", headers: [("content-type", "text/plain")], body: Data([0xFF, 0xFE]))
        #expect(try event(request).objectValue?["isBase64Encoded"] == true)
    }

    @Test("the time field uses API Gateway's CLF-style format in UTC")
    func timeFormat() {
        #expect(HTTPAPIEvent.formatTime(Date(timeIntervalSince1970: 1_700_000_000)) == "14/Nov/2023:22:13:20 +0000")
    }
}
