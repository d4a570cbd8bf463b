import Foundation

/// Input of SendMessage.
public struct SQSSendMessageInput: Encodable, Sendable, Equatable {
    public var queueURL: String
    public var messageBody: String
    /// 0–900 seconds.
    public var delaySeconds: Int?
    public var messageAttributes: [String: SQSMessageAttributeValue]?
    /// FIFO queues: the ordering group.
    public var messageGroupId: String?
    /// FIFO queues without content-based deduplication.
    public var messageDeduplicationId: String?

    public init(
        queueURL: String, messageBody: String, delaySeconds: Int? = nil,
        messageAttributes: [String: SQSMessageAttributeValue]? = nil,
        messageGroupId: String? = nil, messageDeduplicationId: String? = nil
    ) {
        self.queueURL = queueURL
        self.messageBody = messageBody
        self.delaySeconds = delaySeconds
        self.messageAttributes = messageAttributes
        self.messageGroupId = messageGroupId
        self.messageDeduplicationId = messageDeduplicationId
    }

    enum CodingKeys: String, CodingKey {
        case queueURL = "QueueUrl", messageBody = "MessageBody", delaySeconds = "DelaySeconds"
        case messageAttributes = "MessageAttributes", messageGroupId = "MessageGroupId"
        case messageDeduplicationId = "MessageDeduplicationId"
    }

    func validate() throws(ClientInputError) {
        if queueURL.isEmpty { throw .missingField("SendMessage", "QueueUrl") }
        try SQSSendMessageInput.check(
            "SendMessage", body: messageBody, delaySeconds: delaySeconds, attributes: messageAttributes, field: "MessageBody")
    }

    /// The checks one message shares between SendMessage and SendMessageBatch.
    static func check(
        _ operation: String, body: String, delaySeconds: Int?, attributes: [String: SQSMessageAttributeValue]?, field: String
    ) throws(ClientInputError) {
        if body.isEmpty { throw .missingField(operation, field) }
        let size = messageSize(body: body, attributes: attributes)
        if size > SQSClient.maximumMessageBytes {
            throw .tooLarge(operation, field, size: size, limit: SQSClient.maximumMessageBytes, unit: "bytes")
        }
        if let delaySeconds, !(0...900).contains(delaySeconds) {
            throw .invalidValue(operation, "DelaySeconds", "must be 0 to 900 seconds, got \(delaySeconds)")
        }
    }

    static func messageSize(body: String, attributes: [String: SQSMessageAttributeValue]?) -> Int {
        body.utf8.count + (attributes ?? [:]).reduce(0) { $0 + $1.value.size(name: $1.key) }
    }
}

/// Output of SendMessage.
public struct SQSSendMessageOutput: Decodable, Sendable, Equatable {
    public var messageId: String?
    public var md5OfMessageBody: String?
    public var md5OfMessageAttributes: String?
    /// FIFO queues only.
    public var sequenceNumber: String?

    enum CodingKeys: String, CodingKey {
        case messageId = "MessageId", md5OfMessageBody = "MD5OfMessageBody"
        case md5OfMessageAttributes = "MD5OfMessageAttributes", sequenceNumber = "SequenceNumber"
    }
}
