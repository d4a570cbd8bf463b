import Foundation
import Testing

@testable import AWSCore

@Suite("error decoding: JSON protocols")
struct ErrorDecodingJSONTests {
    static let dynamo = WireProtocol.awsJson(version: "1.0", targetPrefix: "DynamoDB_20120810")
    static let sqs = WireProtocol.awsJson(version: "1.0", targetPrefix: "AmazonSQS")

    func response(_ status: Int, _ body: String, _ headers: HTTPHeaders = [:]) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    @Test("awsJson: the namespace before # is removed from __type and the request id comes from the header")
    func awsJsonType() {
        let error = AWSErrorDecoder.decode(
            response(
                400,
                #"{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"Rate exceeded"}"#,
                ["x-amzn-RequestId": "RID1"]),
            protocol: Self.dynamo)
        #expect(error == AWSServiceError(
            code: "ProvisionedThroughputExceededException", message: "Rate exceeded", statusCode: 400, requestId: "RID1",
            retryable: true))
    }

    @Test("awsJson: anything after : is removed and Message is read when message is absent")
    func awsJsonSuffix() {
        let error = AWSErrorDecoder.decode(
            response(400, #"{"__type":"ns#ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/","Message":"bad"}"#),
            protocol: Self.dynamo)
        #expect(error.code == "ValidationException")
        #expect(error.message == "bad")
        #expect(error.requestId == nil)
        #expect(!error.retryable)
    }

    @Test("awsJson: code and errorMessage are used when __type and message are absent")
    func awsJsonAlternatives() {
        let error = AWSErrorDecoder.decode(response(400, #"{"code":"InvalidInput","errorMessage":"nope"}"#), protocol: Self.dynamo)
        #expect(error.code == "InvalidInput")
        #expect(error.message == "nope")
    }

    @Test("awsJson: x-amzn-query-error Code;Sender replaces the code, as for awsQueryCompatible services")
    func queryCompatible() {
        let body = #"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}"#
        let error = AWSErrorDecoder.decode(
            response(400, body, ["x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender"]), protocol: Self.sqs)
        #expect(error.code == "AWS.SimpleQueueService.NonExistentQueue")
        #expect(error.message == "The specified queue does not exist.")
        for malformed in ["OnlyCode", ";Sender", "a;b;c"] {
            let kept = AWSErrorDecoder.decode(response(400, body, ["x-amzn-query-error": malformed]), protocol: Self.sqs)
            #expect(kept.code == "QueueDoesNotExist", "\(malformed)")
        }
        let empty = AWSErrorDecoder.decode(
            response(400, "", ["x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender"]), protocol: Self.sqs)
        #expect(empty.code == "AWS.SimpleQueueService.NonExistentQueue")
    }

    @Test("restJson: the X-Amzn-ErrorType header wins over the body, stripped after : and before #")
    func restJsonHeader() {
        let error = AWSErrorDecoder.decode(
            response(
                429, #"{"message":"Too many requests, please wait before trying again.","code":"Other"}"#,
                ["X-Amzn-ErrorType": "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/",
                 "x-amzn-RequestId": "b-1"]),
            protocol: .restJson)
        #expect(error == AWSServiceError(
            code: "ThrottlingException", message: "Too many requests, please wait before trying again.", statusCode: 429,
            requestId: "b-1", retryable: true))
        let hashed = AWSErrorDecoder.decode(
            response(400, "{}", ["X-Amzn-ErrorType": "aws.protocoltests.restjson#FooError"]), protocol: .restJson)
        #expect(hashed.code == "FooError")
    }

    @Test("restJson: without the header the body's code, Code or __type is used")
    func restJsonBody() {
        #expect(AWSErrorDecoder.decode(response(404, #"{"code":"NotFoundException","message":"m"}"#), protocol: .restJson).code
            == "NotFoundException")
        #expect(AWSErrorDecoder.decode(response(404, #"{"Code":"NoSuchLexicon","Message":"m"}"#), protocol: .restJson).code
            == "NoSuchLexicon")
        let typed = AWSErrorDecoder.decode(
            response(409, #"{"__type":"ConflictException","message":"in use"}"#), protocol: .restJson)
        #expect(typed.code == "ConflictException")
        #expect(typed.message == "in use")
    }

    @Test("restJson: a header code with an empty body keeps the reason phrase as message")
    func restJsonHeaderOnly() {
        let error = AWSErrorDecoder.decode(
            response(404, "", ["X-Amzn-ErrorType": "ResourceNotFoundException"]), protocol: .restJson)
        #expect(error.code == "ResourceNotFoundException")
        #expect(error.message == "Not Found")
    }

    @Test("a JSON body without a string code gets a code from the status")
    func missingCode() {
        let error = AWSErrorDecoder.decode(response(400, #"{"__type":42,"message":"odd"}"#), protocol: Self.dynamo)
        #expect(error.code == "BadRequest")
        #expect(error.message == "odd")
    }

    @Test("a request id in the body is used when no header carries one, and x-amzn-request-id is read")
    func requestIds() {
        #expect(AWSErrorDecoder.decode(response(400, #"{"__type":"X","RequestId":"body-id"}"#), protocol: .restJson).requestId
            == "body-id")
        #expect(AWSErrorDecoder.decode(response(400, "", ["x-amzn-request-id": "lower"]), protocol: .restJson).requestId
            == "lower")
        #expect(AWSErrorDecoder.decode(response(400, "", ["x-amz-request-id": "s3"]), protocol: .restXml).requestId == "s3")
    }

    @Test("broken JSON, JSON that is not an object and non-UTF-8 bodies fall back to the status and the body text")
    func garbageJSON() {
        let broken = AWSErrorDecoder.decode(response(400, #"{"__type": "Foo""#), protocol: Self.dynamo)
        #expect(broken == AWSServiceError(code: "BadRequest", message: #"{"__type": "Foo""#, statusCode: 400))
        let array = AWSErrorDecoder.decode(response(500, "[1,2]"), protocol: .restJson)
        #expect(array == AWSServiceError(code: "500", message: "[1,2]", statusCode: 500, retryable: true))
        let binary = AWSErrorDecoder.decode(HTTPResponse(status: 400, body: Data([0xFF, 0xFE])), protocol: .restJson)
        #expect(binary.code == "BadRequest")
        #expect(binary.message == "\u{FFFD}\u{FFFD}")
    }
}
