import Foundation
import Testing

@testable import AWSCore

@Suite("error decoding: XML bodies, empty bodies and garbage")
struct ErrorDecodingXMLTests {
    func response(_ status: Int, _ body: String, _ headers: HTTPHeaders = [:]) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    static let s3NoSuchKey = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>a.mp4</Key>\
        <RequestId>4442587FB7D0A2F9</RequestId><HostId>host</HostId></Error>
        """

    @Test("an S3 <Error> body gives code, message and request id")
    func s3Error() {
        let error = AWSErrorDecoder.decode(response(404, Self.s3NoSuchKey), protocol: .restXml)
        #expect(error == AWSServiceError(
            code: "NoSuchKey", message: "The specified key does not exist.", statusCode: 404, requestId: "4442587FB7D0A2F9"))
    }

    @Test("the x-amz-request-id header wins over the body's request id")
    func headerRequestId() {
        let error = AWSErrorDecoder.decode(response(404, Self.s3NoSuchKey, ["x-amz-request-id": "HDR"]), protocol: .restXml)
        #expect(error.requestId == "HDR")
    }

    @Test("a query <ErrorResponse> with a namespace gives the nested error and the root's RequestId")
    func queryError() {
        let body = """
            <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid parameter: TopicArn</Message></Error>
              <RequestId>f5d3a1b2-0000</RequestId>
            </ErrorResponse>
            """
        let error = AWSErrorDecoder.decode(response(400, body), protocol: .query(apiVersion: "2010-03-31"))
        #expect(error == AWSServiceError(
            code: "InvalidParameter", message: "Invalid parameter: TopicArn", statusCode: 400, requestId: "f5d3a1b2-0000"))
    }

    @Test("an EC2-style <Response><Errors><Error> body gives the error and RequestID")
    func ec2Error() {
        let body = #"<Response><Errors><Error><Code>InvalidInstanceID.Malformed</Code><Message>Invalid id: "1343124"</Message></Error></Errors><RequestID>12345</RequestID></Response>"#
        let error = AWSErrorDecoder.decode(response(400, body), protocol: .query(apiVersion: "2016-11-15"))
        #expect(error == AWSServiceError(
            code: "InvalidInstanceID.Malformed", message: #"Invalid id: "1343124""#, statusCode: 400, requestId: "12345"))
    }

    @Test("an XML body is decoded as XML even for a JSON protocol, after leading whitespace")
    func xmlForJSONService() {
        let body = "\n  <ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>"
        let error = AWSErrorDecoder.decode(response(400, body), protocol: .awsJson(version: "1.1", targetPrefix: "Kinesis_20131202"))
        #expect(error == AWSServiceError(code: "Throttling", message: "Rate exceeded", statusCode: 400, retryable: true))
        let restJson = AWSErrorDecoder.decode(response(404, Self.s3NoSuchKey), protocol: .restJson)
        #expect(restJson.code == "NoSuchKey")
    }

    @Test("an empty body gets its code from the status and its message from the reason phrase")
    func emptyBodies() {
        let expected: [(Int, String, String)] = [
            (404, "NotFound", "Not Found"), (403, "Forbidden", "Forbidden"), (400, "BadRequest", "Bad Request"),
            (304, "NotModified", "Not Modified"), (412, "PreconditionFailed", "Precondition Failed"),
            (500, "500", "Internal Server Error"), (503, "503", "Service Unavailable"), (418, "418", "HTTP 418"),
        ]
        for (status, code, message) in expected {
            let error = AWSErrorDecoder.decode(HTTPResponse(status: status), protocol: .restXml)
            #expect(error.code == code)
            #expect(error.message == message)
            #expect(error.retryable == (status >= 500))
        }
        let head = AWSErrorDecoder.decode(
            HTTPResponse(status: 404, headers: ["x-amz-request-id": "R"], body: Data(" \n".utf8)), protocol: .restXml)
        #expect(head == AWSServiceError(code: "NotFound", message: "Not Found", statusCode: 404, requestId: "R"))
    }

    @Test("an HTML gateway page falls back to the status code with the page text as message")
    func htmlPage() {
        let html = "<html><body><b>Http/1.1 Bad Gateway</b></body></html>"
        let error = AWSErrorDecoder.decode(response(502, html), protocol: .restJson)
        #expect(error == AWSServiceError(code: "502", message: html, statusCode: 502, retryable: true))
    }

    @Test("plain-text and malformed XML bodies fall back to the status code with the trimmed text")
    func garbage() {
        let text = AWSErrorDecoder.decode(response(503, "  upstream connect error\n"), protocol: .restJson)
        #expect(text == AWSServiceError(code: "503", message: "upstream connect error", statusCode: 503, retryable: true))
        let broken = AWSErrorDecoder.decode(response(400, "<Error><Code>X</Code>"), protocol: .restXml)
        #expect(broken == AWSServiceError(code: "BadRequest", message: "<Error><Code>X</Code>", statusCode: 400))
        let noCode = AWSErrorDecoder.decode(response(403, "<Error><Code> </Code><Message>m</Message></Error>"), protocol: .restXml)
        #expect(noCode.code == "Forbidden")
    }

    @Test("a long unrecognised body is truncated to the maximum message length")
    func truncation() {
        let error = AWSErrorDecoder.decode(response(500, String(repeating: "x", count: 2000)), protocol: .restJson)
        #expect(error.message == String(repeating: "x", count: AWSErrorDecoder.maximumMessageLength) + "…")
    }

    @Test("hundreds of random bodies decode without trapping and always carry a code")
    func randomBodies() {
        var generator = XMLFuzzTests.SeededGenerator(state: 7)
        let protocols: [WireProtocol] = [.restJson, .restXml, .query(apiVersion: "v"), .awsJson(version: "1.1", targetPrefix: "T")]
        for round in 0..<400 {
            let prefix: [UInt8] = [[], Array("{".utf8), Array("<".utf8), Array("<Error><Code>".utf8)][round % 4]
            let bytes = prefix + (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let error = AWSErrorDecoder.decode(
                HTTPResponse(status: Int.random(in: 300...599, using: &generator), body: Data(bytes)), protocol: protocols[round % 4])
            #expect(!error.code.isEmpty)
        }
    }
}
