/// A batch of SQS messages delivered to Lambda by an event source mapping.
public struct SQSEvent: Codable, Sendable, Equatable {
    /// The messages.
    public var records: [Message]

    /// Creates an event.
    public init(records: [Message]) { self.records = records }

    private enum CodingKeys: String, CodingKey { case records = "Records" }

    /// One SQS message.
    public struct Message: Codable, Sendable, Equatable {
        /// The message id; identifies the message in a partial batch failure response.
        public var messageId: String
        /// The receipt handle.
        public var receiptHandle: String
        /// The message body.
        public var body: String
        /// System attributes, such as `ApproximateReceiveCount`, `SentTimestamp`, `MessageGroupId`.
        public var attributes: [String: String]
        /// The sender's message attributes.
        public var messageAttributes: [String: MessageAttribute]
        /// The MD5 of the body, in hex.
        public var md5OfBody: String
        /// The MD5 of the message attributes, when there are any.
        public var md5OfMessageAttributes: String?
        /// `aws:sqs`.
        public var eventSource: String
        /// The queue's ARN.
        public var eventSourceARN: String
        /// The queue's region.
        public var awsRegion: String

        /// Creates a message.
        public init(
            messageId: String, receiptHandle: String, body: String, attributes: [String: String] = [:],
            messageAttributes: [String: MessageAttribute] = [:], md5OfBody: String, md5OfMessageAttributes: String? = nil,
            eventSource: String = "aws:sqs", eventSourceARN: String, awsRegion: String
        ) {
            self.messageId = messageId
            self.receiptHandle = receiptHandle
            self.body = body
            self.attributes = attributes
            self.messageAttributes = messageAttributes
            self.md5OfBody = md5OfBody
            self.md5OfMessageAttributes = md5OfMessageAttributes
            self.eventSource = eventSource
            self.eventSourceARN = eventSourceARN
            self.awsRegion = awsRegion
        }
    }

    /// A message attribute as Lambda delivers it (lower-camel-case field names).
    public struct MessageAttribute: Codable, Sendable, Equatable {
        /// The value of a `String` or `Number` attribute.
        public var stringValue: String?
        /// The base64 value of a `Binary` attribute.
        public var binaryValue: String?
        /// Reserved by SQS; always empty.
        public var stringListValues: [String]?
        /// Reserved by SQS; always empty.
        public var binaryListValues: [String]?
        /// `String`, `Number` or `Binary`, optionally with a custom suffix such as `Number.int`.
        public var dataType: String

        /// Creates an attribute.
        public init(
            stringValue: String? = nil, binaryValue: String? = nil, stringListValues: [String]? = [],
            binaryListValues: [String]? = [], dataType: String
        ) {
            self.stringValue = stringValue
            self.binaryValue = binaryValue
            self.stringListValues = stringListValues
            self.binaryListValues = binaryListValues
            self.dataType = dataType
        }
    }
}
