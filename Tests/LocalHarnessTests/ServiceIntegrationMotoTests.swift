import AWSClients
import AWSCore
import Foundation
import StatesLanguage
import Testing
import TestSupport
@testable import LocalHarness

/// The DynamoDB, SNS, SQS and aws-sdk integrations run by the States Language interpreter against moto,
/// which verifies every signature.
@Suite("Service integrations against moto", .serialized, .motoServer)
struct ServiceIntegrationMotoTests {
    func configuration() throws -> AWSClientConfiguration {
        let moto = try #require(MotoServer.current).connection
        return AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint)
    }

    func run(_ definition: String, input: JSONValue, tokens: TaskTokenRegistry = TaskTokenRegistry()) async throws -> ExecutionResult {
        let machine = try StateMachineDefinition(json: definition)
        let clock = SkippingStatesClock()
        let interpreter = StatesInterpreter(executor: ServiceIntegrations(configuration: try configuration()), clock: clock, tokens: tokens)
        return await interpreter.run(
            machine, input: input, identity: .local(stateMachineName: "Integrations"), recorder: EventRecorder(clock: clock))
    }

    func createTable(_ name: String) async throws {
        let dynamodb = try configuration().client(for: .dynamodb, wireProtocol: DynamoDBClient.wireProtocol)
        _ = try await dynamodb.rawJSON("CreateTable", [
            "TableName": .string(name), "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [["AttributeName": "id", "AttributeType": "S"]],
            "KeySchema": [["AttributeName": "id", "KeyType": "HASH"]],
        ])
    }

    @Test("putItem, getItem, a conditional updateItem caught as DynamoDB.ConditionalCheckFailedException, then deleteItem")
    func dynamodbItems() async throws {
        try await createTable("Jobs")
        let result = try await run(#"""
            {"StartAt": "Put", "States": {
              "Put": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem", "ResultPath": "$.put", "Next": "Get",
                      "Parameters": {"TableName": "Jobs", "Item": {"id": {"S.$": "$.id"}, "status": {"S": "RUNNING"}, "attempts": {"N": "1"}}}},
              "Get": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "ResultPath": "$.got", "Next": "Finish",
                      "Parameters": {"TableName": "Jobs", "Key": {"id": {"S.$": "$.id"}}}},
              "Finish": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:updateItem", "ResultPath": "$.updated", "Next": "Unexpected",
                         "Parameters": {"TableName": "Jobs", "Key": {"id": {"S.$": "$.id"}}, "UpdateExpression": "SET #s = :done",
                                        "ConditionExpression": "#s = :expected", "ExpressionAttributeNames": {"#s": "status"},
                                        "ExpressionAttributeValues": {":done": {"S": "DONE"}, ":expected": {"S": "QUEUED"}}},
                         "Catch": [{"ErrorEquals": ["DynamoDB.ConditionalCheckFailedException"], "ResultPath": "$.error", "Next": "Delete"}]},
              "Unexpected": {"Type": "Fail", "Error": "Unexpected"},
              "Delete": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:deleteItem", "ResultPath": "$.deleted", "End": true,
                         "Parameters": {"TableName": "Jobs", "Key": {"id": {"S.$": "$.id"}}, "ReturnValues": "ALL_OLD"}}
            }}
            """#, input: ["id": "job-7"])
        #expect(result.status == .succeeded, "\(String(describing: result.error))")
        let output = try #require(result.output)
        let item: JSONValue = ["id": ["S": "job-7"], "status": ["S": "RUNNING"], "attempts": ["N": "1"]]
        #expect(output["got"]?["Item"] == item)
        #expect(output["got"]?["SdkHttpMetadata"]?["HttpStatusCode"] == 200)
        #expect(output["error"]?["Error"] == "DynamoDB.ConditionalCheckFailedException")
        #expect(output["error"]?["Cause"]?.stringValue?.contains("Error Code: ConditionalCheckFailedException") == true)
        #expect(output["updated"] == nil)
        #expect(output["deleted"]?["Attributes"] == item)
    }

    @Test("a DynamoDB error that no Catch names fails the execution with the DynamoDB. name")
    func dynamodbUncaught() async throws {
        let result = try await run(#"""
            {"StartAt": "Get", "States": {"Get": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem", "End": true,
              "Parameters": {"TableName": "NoSuchTable", "Key": {"id": {"S": "x"}}}}}}
            """#, input: [:])
        #expect(result.status == .failed)
        #expect(result.error?.error == "DynamoDB.ResourceNotFoundException")
    }

    @Test("aws-sdk:dynamodb:putItem and getItem return the API's answer; a missing table is DynamoDb.ResourceNotFoundException")
    func sdkDynamoDB() async throws {
        try await createTable("Assets")
        let result = try await run(#"""
            {"StartAt": "Put", "States": {
              "Put": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:putItem", "ResultPath": null, "Next": "Get",
                      "Parameters": {"TableName": "Assets", "Item": {"id": {"S": "a-1"}, "tags": {"SS": ["x", "y"]}}}},
              "Get": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:getItem", "ResultPath": "$.got", "Next": "Missing",
                      "Parameters": {"TableName": "Assets", "Key": {"id": {"S": "a-1"}}, "ConsistentRead": true}},
              "Missing": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:getItem", "End": true,
                          "Parameters": {"TableName": "Nowhere", "Key": {"id": {"S": "a-1"}}},
                          "Catch": [{"ErrorEquals": ["DynamoDb.ResourceNotFoundException"], "ResultPath": "$.missing", "Next": "Done"}]},
              "Done": {"Type": "Succeed"}
            }}
            """#, input: [:])
        #expect(result.status == .succeeded, "\(String(describing: result.error))")
        let output = try #require(result.output)
        #expect(output["got"] == ["Item": ["id": ["S": "a-1"], "tags": ["SS": ["x", "y"]]]])
        #expect(output["missing"]?["Error"] == "DynamoDb.ResourceNotFoundException")
    }

    @Test("aws-sdk:sqs:createQueue sends PascalCase Tags as the model's `tags`; a missing queue is Sqs.QueueDoesNotExistException")
    func sdkSQS() async throws {
        let result = try await run(#"""
            {"StartAt": "Create", "States": {
              "Create": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sqs:createQueue", "ResultPath": "$.created", "Next": "Tags",
                         "Parameters": {"QueueName": "tagged", "Tags": {"team": "media", "Cost Center": "42"}}},
              "Tags": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sqs:listQueueTags", "ResultPath": "$.tags", "Next": "Missing",
                       "Parameters": {"QueueUrl.$": "$.created.QueueUrl"}},
              "Missing": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sqs:getQueueAttributes", "End": true,
                          "Parameters": {"QueueUrl": "http://127.0.0.1:1/123456789012/nowhere", "AttributeNames": ["All"]},
                          "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.missing", "Next": "Done"}]},
              "Done": {"Type": "Succeed"}
            }}
            """#, input: [:])
        #expect(result.status == .succeeded, "\(String(describing: result.error))")
        let output = try #require(result.output)
        #expect(output["created"]?["QueueUrl"]?.stringValue?.hasSuffix("/tagged") == true)
        #expect(output["tags"]?["Tags"] == ["team": "media", "Cost Center": "42"])
        #expect(output["missing"]?["Error"] == "Sqs.QueueDoesNotExistException")
    }

    @Test("sns:publish and sqs:sendMessage send JSON messages; the queue holds the body; a missing topic is SNS.NotFoundException")
    func messaging() async throws {
        let configuration = try configuration()
        let topic = try await SNSClient(configuration).client.query("CreateTopic", parameters: [.init("Name", "job-events")])
        let topicArn = try #require(topic.childText("TopicArn"))
        let sqs = try SQSClient(configuration)
        let (queue, _) = try await sqs.client.rawJSON("CreateQueue", ["QueueName": "job-queue"])
        let queueUrl = try #require(queue["QueueUrl"]?.stringValue)
        let result = try await run(#"""
            {"StartAt": "Publish", "States": {
              "Publish": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "ResultPath": "$.published", "Next": "Send",
                          "Parameters": {"TopicArn.$": "$.topic", "Subject": "Job", "Message": {"jobId.$": "$.id"},
                                         "MessageAttributes": {"useCase": {"DataType": "String", "StringValue": "Dubbing"}}}},
              "Send": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "ResultPath": "$.sent", "Next": "Missing",
                       "Parameters": {"QueueUrl.$": "$.queue", "MessageBody": {"jobId.$": "$.id", "step": "render"}}},
              "Missing": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true,
                          "Parameters": {"TopicArn": "arn:aws:sns:us-east-1:123456789012:nowhere", "Message": "x"},
                          "Catch": [{"ErrorEquals": ["SNS.NotFoundException"], "ResultPath": "$.missing", "Next": "Done"}]},
              "Done": {"Type": "Succeed"}
            }}
            """#, input: ["id": "42", "topic": .string(topicArn), "queue": .string(queueUrl)])
        #expect(result.status == .succeeded, "\(String(describing: result.error))")
        let output = try #require(result.output)
        #expect(output["published"]?["MessageId"]?.stringValue?.isEmpty == false)
        #expect(output["missing"]?["Error"] == "SNS.NotFoundException")
        let messages = try await sqs.receiveMessage(SQSReceiveMessageInput(queueURL: queueUrl, maxNumberOfMessages: 10))
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(try JSONValue(parsing: try #require(message.body)) == ["jobId": "42", "step": "render"])
        #expect(output["sent"]?["MessageId"]?.stringValue == message.messageId)
        #expect(output["sent"]?["MD5OfMessageBody"]?.stringValue == message.md5OfBody)
    }

    @Test("sqs:sendMessage.waitForTaskToken sends the token and waits until a worker answers with it")
    func sqsCallback() async throws {
        let sqs = try SQSClient(configuration())
        let (queue, _) = try await sqs.client.rawJSON("CreateQueue", ["QueueName": "callbacks"])
        let queueUrl = try #require(queue["QueueUrl"]?.stringValue)
        let tokens = TaskTokenRegistry()
        let execution = Task {
            try await run(#"""
                {"StartAt": "Wait", "States": {"Wait": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters": {"QueueUrl.$": "$.queue", "MessageBody": {"token.$": "$$.Task.Token", "job": "j-1"}}, "End": true}}}
                """#, input: ["queue": .string(queueUrl)], tokens: tokens)
        }
        var received: [SQSMessage] = []
        for _ in 0..<50 where received.isEmpty {
            received = try await sqs.receiveMessage(SQSReceiveMessageInput(queueURL: queueUrl, maxNumberOfMessages: 1, waitTimeSeconds: 1))
        }
        let body = try JSONValue(parsing: try #require(received.first?.body))
        #expect(body["job"] == "j-1")
        try await tokens.succeed(token: try #require(body["token"]?.stringValue), output: ["rendered": true])
        let result = try await execution.value
        #expect(result.status == .succeeded)
        #expect(result.output == ["rendered": true])
    }
}
