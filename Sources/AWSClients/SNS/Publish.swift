import AWSCore
import Foundation

/// Input of Publish: a message for a topic (`topicArn`) or an endpoint (`targetArn`).
public struct SNSPublishInput: Sendable, Equatable {
    public var topicArn: String?
    public var targetArn: String?
    public var message: String
    /// Email subject: at most 100 characters.
    public var subject: String?
    /// `json` when `message` is a JSON object with one message per protocol (`default` required).
    public var messageStructure: String?
    /// Attributes in the order they are sent.
    public var messageAttributes: [(name: String, value: SNSMessageAttributeValue)]
    /// FIFO topics: the ordering group.
    public var messageGroupId: String?
    /// FIFO topics without content-based deduplication.
    public var messageDeduplicationId: String?

    public init(
        topicArn: String? = nil, targetArn: String? = nil, message: String, subject: String? = nil,
        messageStructure: String? = nil, messageAttributes: [(name: String, value: SNSMessageAttributeValue)] = [],
        messageGroupId: String? = nil, messageDeduplicationId: String? = nil
    ) {
        self.topicArn = topicArn
        self.targetArn = targetArn
        self.message = message
        self.subject = subject
        self.messageStructure = messageStructure
        self.messageAttributes = messageAttributes
        self.messageGroupId = messageGroupId
        self.messageDeduplicationId = messageDeduplicationId
    }

    public static func == (lhs: SNSPublishInput, rhs: SNSPublishInput) -> Bool {
        lhs.queryFields == rhs.queryFields
    }

    /// Message plus attribute names, types and values, in bytes: what SNS counts against its limit.
    var size: Int {
        message.utf8.count + messageAttributes.reduce(0) { total, attribute in
            total + attribute.name.utf8.count + attribute.value.dataType.utf8.count
                + (attribute.value.stringValue?.utf8.count ?? 0) + (attribute.value.binaryValue?.count ?? 0)
        }
    }

    func validate() throws(ClientInputError) {
        if message.isEmpty { throw .missingField("Publish", "Message") }
        if (topicArn ?? "").isEmpty && (targetArn ?? "").isEmpty { throw .missingField("Publish", "TopicArn or TargetArn") }
        if size > SNSClient.maximumMessageBytes {
            throw .tooLarge("Publish", "Message", size: size, limit: SNSClient.maximumMessageBytes, unit: "bytes")
        }
        if let subject, subject.count > 100 {
            throw .tooLarge("Publish", "Subject", size: subject.count, limit: 100, unit: "characters")
        }
    }

    /// The query parameters in the model's member order.
    var queryFields: [QueryValue.Field] {
        var fields: [QueryValue.Field] = []
        if let topicArn { fields.append(.init("TopicArn", .string(topicArn))) }
        if let targetArn { fields.append(.init("TargetArn", .string(targetArn))) }
        fields.append(.init("Message", .string(message)))
        if let subject { fields.append(.init("Subject", .string(subject))) }
        if let messageStructure { fields.append(.init("MessageStructure", .string(messageStructure))) }
        if !messageAttributes.isEmpty {
            let entries = messageAttributes.map { QueryValue.Entry($0.name, $0.value.queryValue) }
            fields.append(.init("MessageAttributes", .map(entries, keyName: "Name", valueName: "Value")))
        }
        if let messageDeduplicationId { fields.append(.init("MessageDeduplicationId", .string(messageDeduplicationId))) }
        if let messageGroupId { fields.append(.init("MessageGroupId", .string(messageGroupId))) }
        return fields
    }
}

/// A typed message attribute: `DataType` is `String`, `String.Array`, `Number` or `Binary`.
public struct SNSMessageAttributeValue: Sendable, Equatable {
    public var dataType: String
    public var stringValue: String?
    public var binaryValue: Data?

    public init(dataType: String, stringValue: String? = nil, binaryValue: Data? = nil) {
        self.dataType = dataType
        self.stringValue = stringValue
        self.binaryValue = binaryValue
    }

    /// A `String` attribute.
    public static func string(_ value: String) -> Self { .init(dataType: "String", stringValue: value) }
    /// A `Number` attribute, sent as its decimal text.
    public static func number(_ value: String) -> Self { .init(dataType: "Number", stringValue: value) }
    /// A `Binary` attribute.
    public static func binary(_ value: Data) -> Self { .init(dataType: "Binary", binaryValue: value) }

    var queryValue: QueryValue {
        var fields: [QueryValue.Field] = [.init("DataType", .string(dataType))]
        if let stringValue { fields.append(.init("StringValue", .string(stringValue))) }
        if let binaryValue { fields.append(.init("BinaryValue", .blob(binaryValue))) }
        return .structure(fields)
    }
}
