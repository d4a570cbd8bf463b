import Foundation

/// Input of PutRecord: a stream (by name or ARN), the data and its partition key.
public struct KinesisPutRecordInput: Encodable, Sendable, Equatable {
    public var streamName: String?
    public var streamARN: String?
    public var data: Data
    public var partitionKey: String
    /// A decimal 128-bit hash key that overrides the partition key's hash.
    public var explicitHashKey: String?
    public var sequenceNumberForOrdering: String?

    public init(
        streamName: String? = nil, streamARN: String? = nil, data: Data, partitionKey: String,
        explicitHashKey: String? = nil, sequenceNumberForOrdering: String? = nil
    ) {
        self.streamName = streamName
        self.streamARN = streamARN
        self.data = data
        self.partitionKey = partitionKey
        self.explicitHashKey = explicitHashKey
        self.sequenceNumberForOrdering = sequenceNumberForOrdering
    }

    enum CodingKeys: String, CodingKey {
        case streamName = "StreamName", streamARN = "StreamARN", data = "Data", partitionKey = "PartitionKey"
        case explicitHashKey = "ExplicitHashKey", sequenceNumberForOrdering = "SequenceNumberForOrdering"
    }

    func validate(maximumRecordBytes: Int) throws(ClientInputError) {
        try KinesisClient.checkStream("PutRecord", name: streamName, arn: streamARN)
        try KinesisClient.checkRecord("PutRecord", data: data, partitionKey: partitionKey, field: "", maximumRecordBytes: maximumRecordBytes)
    }
}

/// Output of PutRecord.
public struct KinesisPutRecordOutput: Decodable, Sendable, Equatable {
    public var shardId: String
    public var sequenceNumber: String
    /// `NONE` or `KMS`.
    public var encryptionType: String?
    enum CodingKeys: String, CodingKey { case shardId = "ShardId", sequenceNumber = "SequenceNumber", encryptionType = "EncryptionType" }
}
