/// The partial batch response of an SQS function (with `ReportBatchItemFailures` enabled): the messages
/// named here return to the queue, the rest are deleted.
public struct SQSBatchResponse: Codable, Sendable, Equatable {
    /// The messages that failed.
    public var batchItemFailures: [BatchItemFailure]

    /// Creates a response.
    public init(batchItemFailures: [BatchItemFailure] = []) { self.batchItemFailures = batchItemFailures }

    /// Creates a response naming the failed messages by id.
    public init(failedMessageIds: [String]) {
        self.batchItemFailures = failedMessageIds.map(BatchItemFailure.init(itemIdentifier:))
    }

    /// One failed message.
    public struct BatchItemFailure: Codable, Sendable, Equatable {
        /// The failed message's `messageId`.
        public var itemIdentifier: String
        /// Names a failed message.
        public init(itemIdentifier: String) { self.itemIdentifier = itemIdentifier }
    }
}
