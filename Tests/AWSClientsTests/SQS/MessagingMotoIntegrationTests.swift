import AWSCore
import Foundation
import Testing
import TestSupport
@testable import AWSClients

/// SNS, SQS, Kinesis, Firehose and Step Functions clients against moto, which verifies every signature.
/// Resources are created with raw calls through each client's `AWSClient`; AppConfigData is left out
/// because moto has no AppConfigData (configuration sessions) endpoint.
@Suite("Messaging clients against moto with signature verification", .serialized, .motoServer)
struct MessagingMotoIntegrationTests {
    func configuration() throws -> AWSClientConfiguration {
        let moto = try #require(MotoServer.current).connection
        return AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint)
    }

    @Test("SNS: a topic created with a raw query call takes a Publish with attributes")
    func snsPublish() async throws {
        let sns = try SNSClient(configuration())
        let created = try await sns.client.query("CreateTopic", parameters: [.init("Name", "jobs-events")])
        let topicArn = try #require(created.childText("TopicArn"))
        let output = try await sns.publish(SNSPublishInput(
            topicArn: topicArn, message: "job 42 done ✓", subject: "Job", messageAttributes: [("useCase", .string("Dubbing"))]))
        #expect(!output.messageId.isEmpty)
        await #expect(throws: AWSServiceError.self) {
            _ = try await sns.publish(SNSPublishInput(topicArn: topicArn + "-missing", message: "x"))
        }
    }

    @Test("SQS: send, batch send, receive and delete round trip")
    func sqsRoundTrip() async throws {
        let sqs = try SQSClient(configuration())
        let created: JSON = try await sqs.client.json("CreateQueue", input: ["QueueName": "jobs-queue"] as JSON, headers: SQSClient.queryModeHeader)
        let queueURL = try #require(created["QueueUrl"]?.stringValue)
        let one = try await sqs.sendMessage(SQSSendMessageInput(
            queueURL: queueURL, messageBody: #"{"jobId":"1"}"#, messageAttributes: ["useCase": .string("Dubbing")]))
        #expect(one.messageId != nil)
        let batch = try await sqs.sendMessageBatch(SQSSendMessageBatchInput(queueURL: queueURL, entries: [
            .init(id: "a", messageBody: "second"), .init(id: "b", messageBody: "third", messageAttributes: ["n": .number("3")]),
        ]))
        #expect(Set(batch.successful.map(\.id)) == ["a", "b"])
        #expect(batch.failed.isEmpty)
        let received = try await sqs.receiveMessage(SQSReceiveMessageInput(
            queueURL: queueURL, maxNumberOfMessages: 10, waitTimeSeconds: 0, messageAttributeNames: ["All"]))
        #expect(Set(received.compactMap(\.body)) == [#"{"jobId":"1"}"#, "second", "third"])
        #expect(received.first { $0.body == "third" }?.messageAttributes?["n"] == .number("3"))
        for message in received { try await sqs.deleteMessage(queueURL: queueURL, receiptHandle: try #require(message.receiptHandle)) }
        let after = try await sqs.receiveMessage(SQSReceiveMessageInput(queueURL: queueURL, maxNumberOfMessages: 10, visibilityTimeout: 0))
        #expect(after.isEmpty)
    }

    @Test("Kinesis: PutRecord and PutRecords data reads back through GetShardIterator and GetRecords")
    func kinesisRoundTrip() async throws {
        let kinesis = try KinesisClient(configuration())
        let _: JSON = try await kinesis.client.json("CreateStream", input: ["StreamName": "events", "ShardCount": 1] as JSON)
        let put = try await kinesis.putRecord(KinesisPutRecordInput(streamName: "events", data: Data([0, 1, 2, 255]), partitionKey: "p"))
        #expect(!put.sequenceNumber.isEmpty)
        let many = try await kinesis.putRecords(KinesisPutRecordsInput(streamName: "events", records: [
            .init(data: Data("two".utf8), partitionKey: "a"), .init(data: Data("three".utf8), partitionKey: "b"),
        ]))
        #expect(many.failedRecordCount ?? 0 == 0)
        #expect(many.records.count == 2)
        let iterator: JSON = try await kinesis.client.json("GetShardIterator", input: [
            "StreamName": "events", "ShardId": .string(put.shardId), "ShardIteratorType": "TRIM_HORIZON"] as JSON)
        let records: JSON = try await kinesis.client.json(
            "GetRecords", input: ["ShardIterator": try #require(iterator["ShardIterator"])] as JSON)
        guard case .array(let list)? = records["Records"] else { Issue.record("no Records"); return }
        let data = list.compactMap { $0["Data"]?.stringValue.flatMap { Data(base64Encoded: $0) } }
        #expect(data == [Data([0, 1, 2, 255]), Data("two".utf8), Data("three".utf8)])
    }

    @Test("Firehose: PutRecordBatch into a delivery stream to S3")
    func firehoseBatch() async throws {
        let configuration = try configuration()
        let s3 = try configuration.client(for: .s3, wireProtocol: .restXml)
        _ = try await s3.s3("PUT", bucket: "mediagen-firehose")
        let firehose = try FirehoseClient(configuration)
        let _: JSON = try await firehose.client.json("CreateDeliveryStream", input: [
            "DeliveryStreamName": "analytics", "DeliveryStreamType": "DirectPut",
            "S3DestinationConfiguration": [
                "RoleARN": "arn:aws:iam::123456789012:role/firehose", "BucketARN": "arn:aws:s3:::mediagen-firehose"],
        ] as JSON)
        let output = try await firehose.putRecordBatch(
            deliveryStreamName: "analytics", records: [Data("{\"a\":1}\n".utf8), Data("{\"a\":2}\n".utf8)])
        #expect(output.failedPutCount == 0)
        #expect(output.requestResponses.count == 2)
        await #expect(throws: AWSServiceError.self) {
            _ = try await firehose.putRecordBatch(deliveryStreamName: "missing", records: [Data("x".utf8)])
        }
    }

    @Test("Step Functions: a state machine created raw starts an execution that DescribeExecution reports")
    func stepFunctions() async throws {
        let sfn = try StepFunctionsClient(configuration())
        let definition = #"{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}"#
        let created: JSON = try await sfn.client.json("CreateStateMachine", input: [
            "name": "Dubbing", "definition": .string(definition), "roleArn": "arn:aws:iam::123456789012:role/sfn"] as JSON)
        let machine = try #require(created["stateMachineArn"]?.stringValue)
        let started = try await sfn.startExecution(StartExecutionInput(stateMachineArn: machine, name: "job-42", input: #"{"jobId":"42"}"#))
        #expect(started.executionArn.hasSuffix(":job-42"))
        let described = try await sfn.describeExecution(executionArn: started.executionArn)
        #expect(described.executionArn == started.executionArn)
        #expect(described.stateMachineArn == machine)
        #expect(["RUNNING", "SUCCEEDED"].contains(described.status))
        await #expect(throws: AWSServiceError.self) {
            _ = try await sfn.describeExecution(executionArn: started.executionArn + "-missing")
        }
    }
}
