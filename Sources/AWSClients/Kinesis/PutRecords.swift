import Foundation

/// Input of PutRecords: up to 500 records for one stream.
public struct KinesisPutRecordsInput: Encodable, Sendable, Equatable {
    /// One record of a batch.
    public struct Entry: Encodable, Sendable, Equatable {
        public var data: Data
        public var partitionKey: String
        public var explicitHashKey: String?
        public init(data: Data, partitionKey: String, explicitHashKey: String? = nil) {
            self.data = data
            self.partitionKey = partitionKey
            self.explicitHashKey = explicitHashKey
        }
        enum CodingKeys: String, CodingKey { case data = "Data", partitionKey = "PartitionKey", explicitHashKey = "ExplicitHashKey" }
    }

    public var streamName: String?
    public var streamARN: String?
    public var records: [Entry]

    public init(streamName: String? = nil, streamARN: String? = nil, records: [Entry]) {
        self.streamName = streamName
        self.streamARN = streamARN
        self.records = records
    }

    enum CodingKeys: String, CodingKey { case streamName = "StreamName", streamARN = "StreamARN", records = "Records" }

    func validate(maximumRecordBytes: Int) throws(ClientInputError) {
        try KinesisClient.checkStream("PutRecords", name: streamName, arn: streamARN)
        if records.isEmpty { throw .missingField("PutRecords", "Records") }
        if records.count > KinesisClient.maximumRecordsPerRequest {
            throw .tooLarge("PutRecords", "Records", size: records.count, limit: KinesisClient.maximumRecordsPerRequest, unit: "records")
        }
        for record in records {
            try KinesisClient.checkRecord(
                "PutRecords", data: record.data, partitionKey: record.partitionKey, field: "Records.", maximumRecordBytes: maximumRecordBytes)
        }
    }
}

/// Output of PutRecords: one result per record, in order; failed ones carry `errorCode`.
public struct KinesisPutRecordsOutput: Decodable, Sendable, Equatable {
    public struct Result: Decodable, Sendable, Equatable {
        public var sequenceNumber: String?
        public var shardId: String?
        /// `ProvisionedThroughputExceededException` or `InternalFailure` when this record failed.
        public var errorCode: String?
        public var errorMessage: String?
        enum CodingKeys: String, CodingKey {
            case sequenceNumber = "SequenceNumber", shardId = "ShardId", errorCode = "ErrorCode", errorMessage = "ErrorMessage"
        }
    }

    public var failedRecordCount: Int?
    public var records: [Result]
    public var encryptionType: String?

    enum CodingKeys: String, CodingKey { case failedRecordCount = "FailedRecordCount", records = "Records", encryptionType = "EncryptionType" }
}
