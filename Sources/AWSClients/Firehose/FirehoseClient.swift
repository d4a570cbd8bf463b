import AWSCore
import Foundation

/// Amazon Data Firehose (awsJson 1.1, target `Firehose_20150804`): put records into a delivery stream.
public struct FirehoseClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.1", targetPrefix: "Firehose_20150804")
    /// PutRecordBatch takes at most 500 records.
    public static let maximumRecordsPerBatch = 500
    /// One record's data is at most 1,000 KiB (1,024,000 bytes) before base64.
    public static let maximumRecordBytes = 1_024_000
    /// A whole batch is at most 4 MiB of data.
    public static let maximumBatchBytes = 4_194_304

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .firehose, wireProtocol: Self.wireProtocol)
    }

    /// Puts up to 500 records (4 MiB in all); failed records are listed in the output, not thrown.
    public func putRecordBatch(deliveryStreamName: String, records: [Data]) async throws -> FirehosePutRecordBatchOutput {
        let input = FirehosePutRecordBatchInput(deliveryStreamName: deliveryStreamName, records: records.map { .init(data: $0) })
        try input.validate()
        return try await client.json("PutRecordBatch", input: input)
    }
}

struct FirehosePutRecordBatchInput: Encodable, Sendable {
    struct Record: Encodable, Sendable {
        var data: Data
        enum CodingKeys: String, CodingKey { case data = "Data" }
    }

    var deliveryStreamName: String
    var records: [Record]
    enum CodingKeys: String, CodingKey { case deliveryStreamName = "DeliveryStreamName", records = "Records" }

    func validate() throws(ClientInputError) {
        let operation = "PutRecordBatch"
        if deliveryStreamName.isEmpty { throw .missingField(operation, "DeliveryStreamName") }
        if deliveryStreamName.count > 64 {
            throw .tooLarge(operation, "DeliveryStreamName", size: deliveryStreamName.count, limit: 64, unit: "characters")
        }
        if records.isEmpty { throw .missingField(operation, "Records") }
        if records.count > FirehoseClient.maximumRecordsPerBatch {
            throw .tooLarge(operation, "Records", size: records.count, limit: FirehoseClient.maximumRecordsPerBatch, unit: "records")
        }
        var total = 0
        for record in records {
            if record.data.count > FirehoseClient.maximumRecordBytes {
                throw .tooLarge(operation, "Records.Data", size: record.data.count, limit: FirehoseClient.maximumRecordBytes, unit: "bytes")
            }
            total += record.data.count
        }
        if total > FirehoseClient.maximumBatchBytes {
            throw .tooLarge(operation, "Records", size: total, limit: FirehoseClient.maximumBatchBytes, unit: "bytes")
        }
    }
}

/// Output of PutRecordBatch: one response per record, in order; failed ones carry `errorCode`.
public struct FirehosePutRecordBatchOutput: Decodable, Sendable, Equatable {
    public struct Response: Decodable, Sendable, Equatable {
        public var recordId: String?
        public var errorCode: String?
        public var errorMessage: String?
        enum CodingKeys: String, CodingKey { case recordId = "RecordId", errorCode = "ErrorCode", errorMessage = "ErrorMessage" }
    }

    public var failedPutCount: Int
    public var encrypted: Bool?
    public var requestResponses: [Response]
    enum CodingKeys: String, CodingKey {
        case failedPutCount = "FailedPutCount", encrypted = "Encrypted", requestResponses = "RequestResponses"
    }
}
