import Foundation

/// Input of SendMessageBatch: up to 10 entries with distinct ids.
public struct SQSSendMessageBatchInput: Encodable, Sendable, Equatable {
    /// One message of a batch; `id` is unique within the batch and names the entry in the result.
    public struct Entry: Encodable, Sendable, Equatable {
        public var id: String
        public var messageBody: String
        public var delaySeconds: Int?
        public var messageAttributes: [String: SQSMessageAttributeValue]?
        public var messageGroupId: String?
        public var messageDeduplicationId: String?

        public init(
            id: String, messageBody: String, delaySeconds: Int? = nil,
            messageAttributes: [String: SQSMessageAttributeValue]? = nil,
            messageGroupId: String? = nil, messageDeduplicationId: String? = nil
        ) {
            self.id = id
            self.messageBody = messageBody
            self.delaySeconds = delaySeconds
            self.messageAttributes = messageAttributes
            self.messageGroupId = messageGroupId
            self.messageDeduplicationId = messageDeduplicationId
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id", messageBody = "MessageBody", delaySeconds = "DelaySeconds"
            case messageAttributes = "MessageAttributes", messageGroupId = "MessageGroupId"
            case messageDeduplicationId = "MessageDeduplicationId"
        }
    }

    public var queueURL: String
    public var entries: [Entry]

    public init(queueURL: String, entries: [Entry]) {
        self.queueURL = queueURL
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey { case queueURL = "QueueUrl", entries = "Entries" }

    /// What a batch entry id may hold (`InvalidBatchEntryId` otherwise).
    static let idCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")

    func validate() throws(ClientInputError) {
        let operation = "SendMessageBatch"
        if queueURL.isEmpty { throw .missingField(operation, "QueueUrl") }
        if entries.isEmpty { throw .missingField(operation, "Entries") }
        if entries.count > SQSClient.maximumBatchEntries {
            throw .tooLarge(operation, "Entries", size: entries.count, limit: SQSClient.maximumBatchEntries, unit: "entries")
        }
        var ids = Set<String>()
        for entry in entries {
            if entry.id.isEmpty { throw .missingField(operation, "Entries.Id") }
            if entry.id.count > 80 || !entry.id.unicodeScalars.allSatisfy(Self.idCharacters.contains) {
                throw .invalidValue(operation, "Entries.Id", "must be 1 to 80 letters, digits, hyphens or underscores")
            }
            if !ids.insert(entry.id).inserted {
                throw .invalidValue(operation, "Entries.Id", "must be distinct within a batch; \"\(entry.id)\" is repeated")
            }
            try SQSSendMessageInput.check(
                operation, body: entry.messageBody, delaySeconds: entry.delaySeconds,
                attributes: entry.messageAttributes, field: "Entries.MessageBody")
        }
        let total = entries.reduce(0) { $0 + SQSSendMessageInput.messageSize(body: $1.messageBody, attributes: $1.messageAttributes) }
        if total > SQSClient.maximumMessageBytes {
            throw .tooLarge(operation, "Entries", size: total, limit: SQSClient.maximumMessageBytes, unit: "bytes")
        }
    }
}

/// Output of SendMessageBatch: the entries that were sent and the ones that failed, by id.
public struct SQSSendMessageBatchOutput: Decodable, Sendable, Equatable {
    public struct Success: Decodable, Sendable, Equatable {
        public var id: String
        public var messageId: String
        public var md5OfMessageBody: String
        public var md5OfMessageAttributes: String?
        public var sequenceNumber: String?
        enum CodingKeys: String, CodingKey {
            case id = "Id", messageId = "MessageId", md5OfMessageBody = "MD5OfMessageBody"
            case md5OfMessageAttributes = "MD5OfMessageAttributes", sequenceNumber = "SequenceNumber"
        }
    }

    public struct Failure: Decodable, Sendable, Equatable {
        public var id: String
        /// `true` when the request was at fault (do not retry unchanged).
        public var senderFault: Bool
        public var code: String
        public var message: String?
        enum CodingKeys: String, CodingKey { case id = "Id", senderFault = "SenderFault", code = "Code", message = "Message" }
    }

    public var successful: [Success]
    public var failed: [Failure]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        successful = try container.decodeIfPresent([Success].self, forKey: .successful) ?? []
        failed = try container.decodeIfPresent([Failure].self, forKey: .failed) ?? []
    }

    enum CodingKeys: String, CodingKey { case successful = "Successful", failed = "Failed" }
}
