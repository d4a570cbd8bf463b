import Foundation
import LambdaRuntime
import Testing
@testable import LocalHarness

/// Each generated event decodes with the event type the handlers use, and carries the options given.
@Suite("Sample events for generate-event")
struct SampleEventTests {
    static let now = Date(timeIntervalSince1970: 1_763_800_000.123)  // 2025-11-22T08:26:40.123Z

    static func decode<T: Decodable>(_ type: T.Type, _ kind: SampleEvent.Kind, _ options: [String: String] = [:]) throws -> T {
        try JSONDecoder().decode(T.self, from: SampleEvent.make(kind, options: options, now: now))
    }

    @Test("every kind is named as on the command line and makes a JSON object with its defaults")
    func kinds() throws {
        #expect(SampleEvent.Kind.allCases.map(\.rawValue) == ["apigw-v2", "apigw-v1", "s3-put", "sqs", "eventbridge", "sfn-task"])
        for kind in SampleEvent.Kind.allCases {
            let object = try JSONSerialization.jsonObject(with: SampleEvent.make(kind)) as? [String: Any]
            #expect(object?.isEmpty == false, "\(kind)")
            #expect(Set(kind.options.map(\.name)).count == kind.options.count, "\(kind) repeats an option")
        }
    }

    @Test("apigw-v2 decodes as APIGatewayV2Request with method, path, query, body, route parameters and claims")
    func httpAPI() throws {
        let request = try Self.decode(APIGatewayV2Request.self, .apigwV2, [
            "method": "post", "path": "/jobs/j-42?limit=5&tag=a&tag=b%20c", "body": #"{"prompt":"a cat"}"#,
            "route": "POST /jobs/{id}", "claims": #"{"sub":"user-1","email":"u@example.com"}"#,
        ])
        #expect(request.version == "2.0")
        #expect(request.routeKey == "POST /jobs/{id}")
        #expect(request.requestContext.routeKey == "POST /jobs/{id}")
        #expect(request.rawPath == "/jobs/j-42")
        #expect(request.rawQueryString == "limit=5&tag=a&tag=b%20c")
        #expect(request.queryStringParameters == ["limit": "5", "tag": "a,b c"])
        #expect(request.pathParameters == ["id": "j-42"])
        #expect(request.requestContext.http.method == "POST")
        #expect(request.requestContext.http.path == "/jobs/j-42")
        #expect(request.body == #"{"prompt":"a cat"}"#)
        #expect(request.isBase64Encoded == false)
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("content-length") == "18")
        #expect(request.requestContext.authorizer?.jwt?.claims == ["sub": "user-1", "email": "u@example.com"])
        #expect(request.requestContext.timeEpoch == 1_763_800_000_123)
        #expect(request.requestContext.time == "22/Nov/2025:08:26:40 +0000")
        #expect(request.requestContext.domainName == "\(request.requestContext.apiId).execute-api.us-east-1.amazonaws.com")
        #expect(request.requestContext.accountId == "123456789012")
    }

    @Test("apigw-v2 sends a base64 body when asked and defaults to GET / on $default")
    func httpAPIDefaults() throws {
        let plain = try Self.decode(APIGatewayV2Request.self, .apigwV2)
        #expect(plain.requestContext.http.method == "GET")
        #expect(plain.rawPath == "/")
        #expect(plain.routeKey == "$default")
        #expect(plain.body == nil && plain.queryStringParameters == nil && plain.pathParameters == nil)
        let encoded = try Self.decode(APIGatewayV2Request.self, .apigwV2, ["method": "PUT", "body": "bytes here", "base64": "true"])
        #expect(encoded.isBase64Encoded)
        #expect(encoded.body.flatMap { Data(base64Encoded: $0) } == Data("bytes here".utf8))
        #expect(encoded.header("content-type") == "text/plain; charset=utf-8")
    }

    @Test("apigw-v1 decodes as APIGatewayRequest with resource, proxy parameters, multi-value query and stage path")
    func restAPI() throws {
        let request = try Self.decode(APIGatewayRequest.self, .apigwV1, [
            "method": "DELETE", "path": "/media/a/b.mp4?x=1&x=2", "stage": "dev", "region": "eu-west-1",
            "claims": #"{"sub":"user-2"}"#,
        ])
        #expect(request.httpMethod == "DELETE")
        #expect(request.resource == "/{proxy+}")
        #expect(request.path == "/media/a/b.mp4")
        #expect(request.pathParameters == ["proxy": "media/a/b.mp4"])
        #expect(request.queryStringParameters == ["x": "2"])
        #expect(request.multiValueQueryStringParameters == ["x": ["1", "2"]])
        #expect(request.requestContext.stage == "dev")
        #expect(request.requestContext.path == "/dev/media/a/b.mp4")
        #expect(request.requestContext.resourcePath == "/{proxy+}")
        #expect(request.requestContext.httpMethod == "DELETE")
        #expect(request.requestContext.identity.sourceIp == "127.0.0.1")
        #expect(request.requestContext.authorizer?.claims == ["sub": "user-2"])
        #expect(request.requestContext.domainName?.hasSuffix(".execute-api.eu-west-1.amazonaws.com") == true)
        #expect(request.headers?["Host"] == request.requestContext.domainName)
        #expect(request.multiValueHeaders?["Host"] == [request.requestContext.domainName ?? ""])
        #expect(request.body == nil)
        #expect(UUID(uuidString: request.requestContext.requestId) != nil)
    }

    @Test("apigw-v1 fills named path parameters from the route option")
    func restAPIRoute() throws {
        let request = try Self.decode(APIGatewayRequest.self, .apigwV1, [
            "method": "POST", "path": "/jobs/7/cancel", "route": "/jobs/{id}/cancel", "body": "{}",
        ])
        #expect(request.pathParameters == ["id": "7"])
        #expect(request.body == "{}")
        #expect(request.headers?["Content-Type"] == "application/json")
    }

    @Test("s3-put decodes as S3Event with the bucket, the key URL-encoded as S3 sends it, size and time")
    func s3Put() throws {
        let event = try Self.decode(S3Event.self, .s3Put, ["bucket": "media-in", "key": "uploads/my clip=1 é.mp4", "size": "2048"])
        let record = try #require(event.records.first)
        #expect(event.records.count == 1)
        #expect(record.eventName == "ObjectCreated:Put")
        #expect(record.eventSource == "aws:s3")
        #expect(record.eventTime == "2025-11-22T08:26:40.123Z")
        #expect(record.s3.bucket.name == "media-in")
        #expect(record.s3.bucket.arn == "arn:aws:s3:::media-in")
        #expect(record.s3.object.key == "uploads/my+clip%3D1+%C3%A9.mp4")
        #expect(record.s3.object.decodedKey == "uploads/my clip=1 é.mp4")
        #expect(record.s3.object.size == 2048)
        #expect(record.awsRegion == "us-east-1")
    }

    @Test("sqs decodes as SQSEvent, one record per body, with each body's MD5 and the queue's region")
    func sqs() throws {
        let bodies = [#"{"jobId":"j-1"}"#, "second"]
        let arn = "arn:aws:sqs:eu-central-1:210987654321:renders"
        let event = try Self.decode(SQSEvent.self, .sqs, [
            "queue-arn": arn, "bodies": String(decoding: try JSONSerialization.data(withJSONObject: bodies), as: UTF8.self),
        ])
        #expect(event.records.map(\.body) == bodies)
        // MD5s from Python's hashlib.
        #expect(event.records.map(\.md5OfBody) == ["118ee8e8642dfdf2dec307dfe240855f", "a9f0e61a137d86aa9db53465e0801612"])
        for message in event.records {
            #expect(message.eventSourceARN == arn)
            #expect(message.awsRegion == "eu-central-1")
            #expect(message.attributes["SentTimestamp"] == "1763800000123")
            #expect(message.attributes["MessageGroupId"] == nil)
            #expect(UUID(uuidString: message.messageId) != nil)
        }
        #expect(Set(event.records.map(\.messageId)).count == 2)
    }

    @Test("sqs on a FIFO queue adds the group id, deduplication id and sequence numbers")
    func sqsFIFO() throws {
        let event = try Self.decode(SQSEvent.self, .sqs, [
            "queue-arn": "arn:aws:sqs:us-east-1:123456789012:jobs.fifo", "body": "one", "group-id": "job-9",
        ])
        let message = try #require(event.records.first)
        #expect(message.body == "one")
        #expect(message.md5OfBody == "f97c5d29941bfb1b2fdab0874906ab82")
        #expect(message.attributes["MessageGroupId"] == "job-9")
        #expect(message.attributes["MessageDeduplicationId"]?.count == 64)
        #expect(message.attributes["SequenceNumber"]?.count == 20)
    }

    @Test("eventbridge decodes as EventBridgeEvent with the detail type, source, detail and resources")
    func eventBridge() throws {
        struct Detail: Decodable, Equatable { var jobId: String; var status: String }
        let event = try Self.decode(EventBridgeEvent<Detail>.self, .eventbridge, [
            "detail-type": "Job Completed", "source": "mediagen.jobs", "detail": #"{"jobId":"j-3","status":"SUCCEEDED"}"#,
            "resources": "arn:aws:states:us-east-1:123456789012:execution:Dubbing:j-3, arn:aws:s3:::out",
        ])
        #expect(event.detailType == "Job Completed")
        #expect(event.source == "mediagen.jobs")
        #expect(event.detail == Detail(jobId: "j-3", status: "SUCCEEDED"))
        #expect(event.resources == ["arn:aws:states:us-east-1:123456789012:execution:Dubbing:j-3", "arn:aws:s3:::out"])
        #expect(event.time == "2025-11-22T08:26:40Z")
        #expect(event.version == "0")
        let raw = try Self.decode(RawEventBridgeEvent.self, .eventbridge)
        #expect(raw.detailType == "Sample Event")
        #expect(raw.resources.isEmpty)
    }

    @Test("sfn-task dispatches through StepDispatcher to the named step with the given fields")
    func stepTask() async throws {
        struct Input: Decodable, Sendable { var step: String; var jobId: String; var attempt: Int }
        var dispatcher = StepDispatcher<Void>()
        dispatcher.register("transcribe", input: Input.self) { input in ["job": input.jobId, "attempt": String(input.attempt)] }
        dispatcher.register("translate", input: Input.self) { _ in ["job": "wrong step"] }
        let payload = try SampleEvent.make(.sfnTask, options: ["step": "transcribe", "fields": #"{"jobId":"j-5","attempt":2}"#])
        #expect(StepDispatcher<Void>.stepName(in: payload) == "transcribe")
        let output = try await dispatcher.dispatch(payload)
        #expect(try JSONDecoder().decode([String: String].self, from: output) == ["job": "j-5", "attempt": "2"])
    }

    @Test("an unknown option or a bad value is refused with an error that names the option")
    func badOptions() throws {
        let cases: [(SampleEvent.Kind, [String: String], String)] = [
            (.s3Put, ["bucket": "b", "queue-arn": "x"], "queue-arn"),
            (.apigwV2, ["path": "jobs"], "path"),
            (.apigwV2, ["method": "GET", "route": "POST /jobs"], "route"),
            (.apigwV1, ["path": "/a/b", "route": "/c/{id}"], "route"),
            (.apigwV2, ["claims": "[1]"], "claims"),
            (.apigwV2, ["base64": "maybe"], "base64"),
            (.s3Put, ["size": "-1"], "size"),
            (.s3Put, ["account": "123456789012"], "account"),
            (.sqs, ["account": "12"], "account"),
            (.apigwV1, ["account": "12345678901x"], "account"),
            (.sqs, ["queue-arn": "arn:aws:sns:us-east-1:123456789012:topic"], "queue-arn"),
            (.sqs, ["bodies": #"["a", 1]"#], "bodies"),
            (.sqs, ["body": "a", "bodies": #"["b"]"#], "bodies"),
            (.eventbridge, ["detail": "not json"], "detail"),
            (.eventbridge, ["resources": "bucket"], "resources"),
            (.sfnTask, ["fields": #"{"step":"x"}"#], "fields"),
            (.sfnTask, ["region": "us-east-1"], "region"),
        ]
        for (kind, options, option) in cases {
            do {
                _ = try SampleEvent.make(kind, options: options)
                Issue.record("\(kind.rawValue) \(options) was accepted")
            } catch let error as SampleEventError {
                #expect(error.option == option, "\(kind.rawValue) \(options): \(error)")
                #expect(error.description.contains("'\(option)'"))
            }
        }
        let unknown = #expect(throws: SampleEventError.self) { try SampleEvent.make(.sqs, options: ["bucket": "b"]) }
        #expect(unknown?.isUnknownOption == true)
        #expect(unknown?.description.contains("queue-arn") == true)
    }
}
