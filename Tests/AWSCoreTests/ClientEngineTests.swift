import Foundation
import Testing
@testable import AWSCore

@Suite("AWSClient engine")
struct ClientEngineTests {
    static let keys = StaticCredentialProvider(Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret"))
    static let dynamodbProtocol = WireProtocol.awsJson(version: "1.0", targetPrefix: "DynamoDB_20120810")

    func client(
        _ service: AWSService, _ wireProtocol: WireProtocol, transport: ScriptedTransport, clock: RecordingClock = RecordingClock(),
        region: String = "us-west-2", environment: [String: String] = [:], credentials: any CredentialProvider = Self.keys
    ) throws -> AWSClient {
        try AWSClient(
            service: service, wireProtocol: wireProtocol, region: region, credentials: credentials, transport: transport,
            environment: environment, timeSource: clock, random: ConstantRandom(value: 0.5))
    }

    @Test("requests go to the standard host, signed with the service's signing name and region; the user agent is not signed")
    func signsWithSigningName() async throws {
        let transport = ScriptedTransport(HTTPResponse(status: 200, body: Data("{}".utf8)))
        let bedrock = try client(.bedrockRuntime, .restJson, transport: transport)
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/model/{modelId}/invoke")
        builder.setLabel("modelId", "arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.claude")
        try builder.setJSONBody(["prompt": "hi"])
        _ = try await bedrock.send(try builder.build())

        let sent = try #require(transport.requests.first)
        #expect(sent.url == "https://bedrock-runtime.us-west-2.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-west-2%3A123456789012%3Ainference-profile%2Fus.anthropic.claude/invoke")
        let authorization = try #require(sent.headers["Authorization"])
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-west-2/bedrock/aws4_request, SignedHeaders="))
        #expect(!authorization.contains("user-agent"))
        #expect(sent.headers["User-Agent"]?.hasPrefix("mediagen/") == true)
        #expect(sent.headers["X-Amz-Date"] == "20260101T000000Z")
    }

    @Test("a 503 is retried after the standard backoff, each attempt signed afresh, and the success returned")
    func retriesTransientErrors() async throws {
        let transport = ScriptedTransport(
            HTTPResponse(status: 503, headers: ["x-amzn-RequestId": "r1"], body: Data(#"{"__type":"ServiceUnavailable","message":"busy"}"#.utf8)),
            HTTPResponse(status: 200, body: Data(#"{"TableNames":["Jobs"]}"#.utf8)))
        let clock = RecordingClock()
        let dynamodb = try client(.dynamodb, Self.dynamodbProtocol, transport: transport, clock: clock)
        let answer = try await dynamodb.json("ListTables", input: EmptyInput(), as: JSON.self)
        #expect(answer["TableNames"] == ["Jobs"])
        #expect(transport.requests.count == 2)
        #expect(clock.recordedSleeps == [0.5])  // random 0.5 × min(2^0, 20)
        #expect(transport.requests.allSatisfy { $0.headers["X-Amz-Target"] == "DynamoDB_20120810.ListTables" })
        #expect(await dynamodb.retry.bucket.availableTokens == 500)  // the retry's 5 tokens came back on success
    }

    @Test("a client error is decoded into AWSServiceError with code, message and request id, and not retried")
    func decodesClientErrors() async throws {
        let transport = ScriptedTransport(HTTPResponse(
            status: 400, headers: ["x-amzn-RequestId": "req-42"],
            body: Data(#"{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}"#.utf8)))
        let dynamodb = try client(.dynamodb, Self.dynamodbProtocol, transport: transport)
        do {
            _ = try await dynamodb.json("DescribeTable", input: ["TableName": "Missing"] as JSON, as: JSON.self)
            Issue.record("expected an error")
        } catch let error as AWSServiceError {
            #expect(error == AWSServiceError(
                code: "ResourceNotFoundException", message: "Requested resource not found", statusCode: 400, requestId: "req-42"))
        }
        #expect(transport.requests.count == 1)
    }

    @Test("after three failed attempts the last error is thrown unchanged")
    func givesUpAfterThreeAttempts() async throws {
        let transport = ScriptedTransport([.failure(TransportError.connectionFailed("refused"))])
        let clock = RecordingClock()
        let sqs = try client(.sqs, .awsJson(version: "1.0", targetPrefix: "AmazonSQS"), transport: transport, clock: clock)
        await #expect(throws: TransportError.connectionFailed("")) {
            _ = try await sqs.json("ListQueues", input: EmptyInput(), as: JSON.self)
        }
        #expect(transport.requests.count == 3)
        #expect(clock.recordedSleeps == [0.5, 1.0])
    }

    @Test("AWS_ENDPOINT_URL_S3 sends S3 requests path-style to the override, keys encoded once")
    func endpointOverride() async throws {
        let transport = ScriptedTransport(HTTPResponse(status: 200))
        let s3 = try client(.s3, .restXml, transport: transport, environment: ["AWS_ENDPOINT_URL_S3": "http://127.0.0.1:4566"])
        _ = try await s3.s3("PUT", bucket: "media", key: "in/my clip+1 ሴ.mp4", body: Data("x".utf8))
        let sent = try #require(transport.requests.first)
        #expect(sent.url == "http://127.0.0.1:4566/media/in/my%20clip%2B1%20%E1%88%B4.mp4")
        #expect(sent.headers["x-amz-content-sha256"] == "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881")
    }

    @Test("credentials are read for every request, so rotated keys are used at once")
    func readsCredentialsPerRequest() async throws {
        let transport = ScriptedTransport(HTTPResponse(status: 200, body: Data("{}".utf8)))
        let sfn = try client(.stepFunctions, .awsJson(version: "1.0", targetPrefix: "AWSStepFunctions"), transport: transport, credentials: RotatingCredentials())
        _ = try await sfn.json("ListStateMachines", input: EmptyInput(), as: JSON.self)
        _ = try await sfn.json("ListStateMachines", input: EmptyInput(), as: JSON.self)
        let keys = transport.requests.compactMap { $0.headers["Authorization"] }.map { $0.contains("AKIDROTATE1/") ? 1 : $0.contains("AKIDROTATE2/") ? 2 : 0 }
        #expect(keys == [1, 2])
        #expect(transport.requests.first?.url == "https://states.us-west-2.amazonaws.com/")
    }

    @Test("an answer that does not decode is an AWSClientError naming the operation")
    func undecodableAnswer() async throws {
        struct Expected: Decodable { let TableNames: [String] }
        let transport = ScriptedTransport(HTTPResponse(status: 200, body: Data("<html>".utf8)))
        let dynamodb = try client(.dynamodb, Self.dynamodbProtocol, transport: transport)
        do {
            _ = try await dynamodb.json("ListTables", input: EmptyInput(), as: Expected.self)
            Issue.record("expected an error")
        } catch let error as AWSClientError {
            #expect(error.description.contains("ListTables"))
        }
    }

    @Test("query actions send a form body and return the action's Result element")
    func queryProtocol() async throws {
        let transport = ScriptedTransport(HTTPResponse(status: 200, body: Data("""
            <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult>\
            <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>
            """.utf8)))
        let sns = try client(.sns, .query(apiVersion: "2010-03-31"), transport: transport)
        let result = try await sns.query("Publish", parameters: [.init("TopicArn", "arn:aws:sns:us-west-2:1:t"), .init("Message", "hi there")])
        #expect(result.childText("MessageId") == "m-1")
        let sent = try #require(transport.requests.first)
        #expect(String(decoding: sent.body, as: UTF8.self) == "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-west-2%3A1%3At&Message=hi+there")
        #expect(sent.headers["Content-Type"] == "application/x-www-form-urlencoded; charset=utf-8")
    }

    @Test("S3 presigned URLs use the client's clock and credentials and an unsigned payload")
    func presignS3() async throws {
        let s3 = try client(.s3, .restXml, transport: ScriptedTransport(HTTPResponse(status: 200)), region: "eu-west-1")
        let url = try await s3.presign(method: "PUT", url: try s3.s3URL(bucket: "uploads", key: "a b.mp4"), expires: 900)
        #expect(url.hasPrefix("https://uploads.s3.eu-west-1.amazonaws.com/a%20b.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260101%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Expires=900&X-Amz-Signature="))
        await #expect(throws: SigV4Error.expiryOutOfRange) {
            _ = try await s3.presign(method: "GET", url: try s3.s3URL(bucket: "uploads", key: "a"), expires: 8 * 86_400)
        }
    }

    @Test("a client for an unusable region or endpoint is refused when it is made")
    func badConfiguration() {
        #expect(throws: EndpointError.self) { try client(.s3, .restXml, transport: ScriptedTransport(HTTPResponse(status: 200)), region: "") }
        #expect(throws: EndpointError.self) {
            try client(.s3, .restXml, transport: ScriptedTransport(HTTPResponse(status: 200)), environment: ["AWS_ENDPOINT_URL": "ftp://x"])
        }
    }
}
