import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("SNS client")
struct SNSClientTests {
    static let topic = "arn:aws:sns:us-east-1:123456789012:jobs"

    @Test("Publish decodes the documented XML answer: MessageId and SequenceNumber")
    func decodesPublish() async throws {
        let transport = MessagingStubTransport(headers: ["Content-Type": "text/xml"], body: """
            <PublishResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult><MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId><SequenceNumber>10000000000000003000</SequenceNumber></PublishResult>
              <ResponseMetadata><RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId></ResponseMetadata>
            </PublishResponse>
            """)
        let output = try await SNSClient(transport.configuration).publish(SNSPublishInput(topicArn: Self.topic, message: "hi"))
        #expect(output == SNSPublishOutput(messageId: "567910cd-659e-55d4-8ccb-5aaf14679dc0", sequenceNumber: "10000000000000003000"))
        let body = String(decoding: try #require(transport.requests.first).body, as: UTF8.self)
        #expect(body.hasPrefix("Action=Publish&Version=2010-03-31&TopicArn="))
    }

    @Test("a missing topic surfaces as AWSServiceError NotFound from the XML error document")
    func serviceError() async throws {
        let transport = MessagingStubTransport(status: 404, headers: ["Content-Type": "text/xml"], body: """
            <ErrorResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message></Error><RequestId>9dd01905-5012-5f99-8663-4b3ecd0dfaef</RequestId></ErrorResponse>
            """)
        await #expect(throws: AWSServiceError.self) {
            _ = try await SNSClient(transport.configuration).publish(SNSPublishInput(topicArn: Self.topic, message: "hi"))
        }
        do {
            _ = try await SNSClient(transport.configuration).publish(SNSPublishInput(topicArn: Self.topic, message: "hi"))
        } catch let error as AWSServiceError {
            #expect(error.code == "NotFound")
            #expect(error.message == "Topic does not exist")
        }
    }

    @Test("an empty message, a message over 256 KB and a missing destination are refused before sending")
    func limits() async throws {
        let transport = MessagingStubTransport(body: "")
        let client = try SNSClient(transport.configuration)
        await #expect(throws: ClientInputError.missingField) {
            _ = try await client.publish(SNSPublishInput(topicArn: Self.topic, message: ""))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.publish(SNSPublishInput(topicArn: Self.topic, message: String(repeating: "m", count: 262_145)))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.publish(SNSPublishInput(
                topicArn: Self.topic, message: String(repeating: "m", count: 262_000),
                messageAttributes: [("big", .string(String(repeating: "a", count: 200)))]))
        }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.publish(SNSPublishInput(message: "x")) }
        #expect(transport.requests.isEmpty)
    }
}
