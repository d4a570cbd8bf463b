import AWSCore
import Foundation

/// Amazon Kinesis Data Streams (awsJson 1.1, target `Kinesis_20131202`): put one record or a batch.
public struct KinesisClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.1", targetPrefix: "Kinesis_20131202")
    /// A stream's default maximum record size: 1 MiB of data plus partition key. Streams configured for
    /// larger records (up to the model's 10 MiB) pass `maximumRecordBytes` to the initialiser.
    public static let defaultMaximumRecordBytes = 1_048_576
    /// The model's ceiling for one record's data.
    public static let modelMaximumRecordBytes = 10_485_760
    /// Partition keys are 1 to 256 Unicode characters.
    public static let maximumPartitionKeyLength = 256
    /// PutRecords takes at most 500 records.
    public static let maximumRecordsPerRequest = 500

    public let client: AWSClient
    /// The record size this client refuses to pass (data plus partition key, in bytes).
    public let maximumRecordBytes: Int

    public init(_ configuration: AWSClientConfiguration, maximumRecordBytes: Int = Self.defaultMaximumRecordBytes) throws {
        client = try configuration.client(for: .kinesis, wireProtocol: Self.wireProtocol)
        self.maximumRecordBytes = min(maximumRecordBytes, Self.modelMaximumRecordBytes)
    }

    /// Puts one record; refuses data over the record limit and a partition key that is empty or over 256 characters.
    public func putRecord(_ input: KinesisPutRecordInput) async throws -> KinesisPutRecordOutput {
        try input.validate(maximumRecordBytes: maximumRecordBytes)
        return try await client.json("PutRecord", input: input, headers: [], url: dataURL(streamARN: input.streamARN))
    }

    /// Puts up to 500 records; records fail one by one (`failedRecordCount`, each result's `errorCode`).
    public func putRecords(_ input: KinesisPutRecordsInput) async throws -> KinesisPutRecordsOutput {
        try input.validate(maximumRecordBytes: maximumRecordBytes)
        return try await client.json("PutRecords", input: input, headers: [], url: dataURL(streamARN: input.streamARN))
    }

    /// A call naming its stream by ARN goes to the account's data endpoint, as the Kinesis endpoint rules say:
    /// `https://<account>.data-kinesis.<region>.<dns suffix>/`. Custom endpoints (moto, the twin) are kept.
    func dataURL(streamARN: String?) -> String? {
        guard let streamARN, !client.endpoint.isCustomEndpoint else { return nil }
        let parts = streamARN.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", !parts[4].isEmpty, let host = client.endpoint.url.firstRange(of: "://kinesis.")
        else { return nil }
        return client.endpoint.url.replacingCharacters(in: host, with: "://\(parts[4]).data-kinesis.") + "/"
    }

    static func checkStream(_ operation: String, name: String?, arn: String?) throws(ClientInputError) {
        if (name ?? "").isEmpty && (arn ?? "").isEmpty { throw .missingField(operation, "StreamName or StreamARN") }
        if let name, name.count > 128 { throw .tooLarge(operation, "StreamName", size: name.count, limit: 128, unit: "characters") }
    }

    static func checkRecord(
        _ operation: String, data: Data, partitionKey: String, field: String, maximumRecordBytes: Int
    ) throws(ClientInputError) {
        if partitionKey.isEmpty { throw .missingField(operation, "\(field)PartitionKey") }
        if partitionKey.count > maximumPartitionKeyLength {
            throw .tooLarge(operation, "\(field)PartitionKey", size: partitionKey.count, limit: maximumPartitionKeyLength, unit: "characters")
        }
        let size = data.count + partitionKey.utf8.count
        if size > maximumRecordBytes {
            throw .tooLarge(operation, "\(field)Data", size: size, limit: maximumRecordBytes, unit: "bytes")
        }
    }
}
