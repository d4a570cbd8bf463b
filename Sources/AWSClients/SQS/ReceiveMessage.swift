import Foundation

/// Input of ReceiveMessage.
public struct SQSReceiveMessageInput: Encodable, Sendable, Equatable {
    public var queueURL: String
    /// 1–10.
    public var maxNumberOfMessages: Int?
    /// Seconds a received message stays hidden from other receivers.
    public var visibilityTimeout: Int?
    /// Long polling: 0–20 seconds.
    public var waitTimeSeconds: Int?
    /// Message attribute names to return (`All` for every one).
    public var messageAttributeNames: [String]?
    /// System attribute names to return (`All`, `SentTimestamp`, `ApproximateReceiveCount`, …).
    public var messageSystemAttributeNames: [String]?

    public init(
        queueURL: String, maxNumberOfMessages: Int? = nil, visibilityTimeout: Int? = nil, waitTimeSeconds: Int? = nil,
        messageAttributeNames: [String]? = nil, messageSystemAttributeNames: [String]? = nil
    ) {
        self.queueURL = queueURL
        self.maxNumberOfMessages = maxNumberOfMessages
        self.visibilityTimeout = visibilityTimeout
        self.waitTimeSeconds = waitTimeSeconds
        self.messageAttributeNames = messageAttributeNames
        self.messageSystemAttributeNames = messageSystemAttributeNames
    }

    enum CodingKeys: String, CodingKey {
        case queueURL = "QueueUrl", maxNumberOfMessages = "MaxNumberOfMessages", visibilityTimeout = "VisibilityTimeout"
        case waitTimeSeconds = "WaitTimeSeconds", messageAttributeNames = "MessageAttributeNames"
        case messageSystemAttributeNames = "MessageSystemAttributeNames"
    }

    func validate() throws(ClientInputError) {
        if queueURL.isEmpty { throw .missingField("ReceiveMessage", "QueueUrl") }
        if let maxNumberOfMessages, !(1...10).contains(maxNumberOfMessages) {
            throw .invalidValue("ReceiveMessage", "MaxNumberOfMessages", "must be 1 to 10, got \(maxNumberOfMessages)")
        }
        if let waitTimeSeconds, !(0...20).contains(waitTimeSeconds) {
            throw .invalidValue("ReceiveMessage", "WaitTimeSeconds", "must be 0 to 20 seconds, got \(waitTimeSeconds)")
        }
    }
}

struct SQSReceiveMessageOutput: Decodable, Sendable {
    var messages: [SQSMessage]?
    enum CodingKeys: String, CodingKey { case messages = "Messages" }
}

/// A received message; delete it with its `receiptHandle` once handled.
public struct SQSMessage: Decodable, Sendable, Equatable {
    public var messageId: String?
    public var receiptHandle: String?
    public var md5OfBody: String?
    public var body: String?
    public var attributes: [String: String]?
    public var messageAttributes: [String: SQSMessageAttributeValue]?

    enum CodingKeys: String, CodingKey {
        case messageId = "MessageId", receiptHandle = "ReceiptHandle", md5OfBody = "MD5OfBody", body = "Body"
        case attributes = "Attributes", messageAttributes = "MessageAttributes"
    }
}
