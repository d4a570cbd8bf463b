import Foundation
import Testing
@testable import LocalHarness

@Suite("Gateway response mapping (payload 2.0)")
struct GatewayResponseMappingTests {
    private func map(_ json: String) -> GatewayResponse {
        GatewayResponse(functionOutcome: .success(Data(json.utf8)))
    }

    private func text(_ response: GatewayResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    @Test("an object with statusCode gives the status, headers, one Set-Cookie per cookie and the body")
    func structured() {
        let response = map(#"{"statusCode":201,"headers":{"Content-Type":"text/plain","X-Count":3},"cookies":["a=1; Path=/","b=2"],"body":"made"}"#)
        #expect(response.status == 201)
        #expect(response.header("content-type") == "text/plain")
        #expect(response.header("x-count") == "3")
        #expect(response.headers.filter { $0.name == "set-cookie" }.map(\.value) == ["a=1; Path=/", "b=2"])
        #expect(text(response) == "made")
    }

    @Test("a base64-encoded body is decoded")
    func base64Body() {
        let response = map(#"{"statusCode":200,"body":"AAEC/w==","isBase64Encoded":true}"#)
        #expect(response.body == Data([0, 1, 2, 255]))
    }

    @Test("a statusCode with no body is an empty response")
    func noBody() {
        let response = map(#"{"statusCode":204}"#)
        #expect(response.status == 204 && response.body.isEmpty && response.headers.isEmpty)
    }

    @Test("an object without statusCode is a 200 whose JSON body is the whole answer", arguments: [
        #"{"message":"hi","body":"x"}"#, #"[1,2]"#, #""text""#, "42", "true", "null",
    ])
    func inferred(json: String) {
        let response = map(json)
        #expect(response.status == 200)
        #expect(response.header("content-type") == "application/json")
        #expect(text(response) == json)
    }

    @Test("a function error is a 500 Internal Server Error")
    func functionError() {
        let response = GatewayResponse(functionOutcome: .failure)
        #expect(response.status == 500)
        #expect(text(response) == #"{"message":"Internal Server Error"}"#)
    }

    @Test("an answer that is not JSON, or a statusCode API Gateway cannot use, is a 500", arguments: [
        "not json", "", #"{"statusCode":"abc"}"#, #"{"statusCode":99}"#, #"{"statusCode":200.5}"#,
        #"{"statusCode":200,"body":"!!","isBase64Encoded":true}"#, #"{"statusCode":200,"cookies":"a=1"}"#,
    ])
    func unusable(json: String) {
        #expect(map(json).status == 500)
    }

    @Test("the gateway's own answers carry API Gateway's messages")
    func builtIns() {
        #expect(GatewayResponse.unauthorized.status == 401)
        #expect(text(GatewayResponse.unauthorized) == #"{"message":"Unauthorized"}"#)
        #expect(text(GatewayResponse.notFound) == #"{"message":"Not Found"}"#)
    }
}
