import AWSCore
import Foundation

/// Amazon SQS (awsJson 1.0, target `AmazonSQS`): send, batch send, receive and delete messages.
public struct SQSClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.0", targetPrefix: "AmazonSQS")
    /// A message body (with its attributes) may be at most 256 KiB.
    public static let maximumMessageBytes = 262_144
    /// SendMessageBatch and DeleteMessageBatch take at most 10 entries.
    public static let maximumBatchEntries = 10

    /// botocore sends it on every call: the service then also names its errors with their query-protocol codes.
    static let queryModeHeader = [("x-amzn-query-mode", "true")]

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .sqs, wireProtocol: Self.wireProtocol)
    }

    /// Sends one message; refuses an empty queue URL or body, a body over 256 KiB and a delay over 900 s.
    public func sendMessage(_ input: SQSSendMessageInput) async throws -> SQSSendMessageOutput {
        try input.validate()
        return try await client.json("SendMessage", input: input, headers: Self.queryModeHeader)
    }

    /// Sends up to 10 messages; each entry succeeds or fails on its own (see `failed`).
    /// Refuses an empty batch, more than 10 entries, repeated ids and a batch whose bodies pass 256 KiB together.
    public func sendMessageBatch(_ input: SQSSendMessageBatchInput) async throws -> SQSSendMessageBatchOutput {
        try input.validate()
        return try await client.json("SendMessageBatch", input: input, headers: Self.queryModeHeader)
    }

    /// Receives up to `maxNumberOfMessages` (1–10) messages, long-polling for `waitTimeSeconds` (0–20).
    public func receiveMessage(_ input: SQSReceiveMessageInput) async throws -> [SQSMessage] {
        try input.validate()
        let output: SQSReceiveMessageOutput = try await client.json(
            "ReceiveMessage", input: input, headers: Self.queryModeHeader)
        return output.messages ?? []
    }

    /// Deletes a received message by its receipt handle.
    public func deleteMessage(queueURL: String, receiptHandle: String) async throws {
        if queueURL.isEmpty { throw ClientInputError.missingField("DeleteMessage", "QueueUrl") }
        if receiptHandle.isEmpty { throw ClientInputError.missingField("DeleteMessage", "ReceiptHandle") }
        let input = SQSDeleteMessageInput(queueURL: queueURL, receiptHandle: receiptHandle)
        let _: SQSEmptyOutput = try await client.json("DeleteMessage", input: input, headers: Self.queryModeHeader)
    }
}

struct SQSEmptyOutput: Decodable, Sendable {}

struct SQSDeleteMessageInput: Encodable, Sendable {
    var queueURL: String
    var receiptHandle: String
    enum CodingKeys: String, CodingKey { case queueURL = "QueueUrl", receiptHandle = "ReceiptHandle" }
}
