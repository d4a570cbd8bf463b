import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Kinesis client")
struct KinesisClientTests {
    @Test("PutRecord and PutRecords decode shard ids, sequence numbers and per-record failures")
    func decodes() async throws {
        let one = MessagingStubTransport(body: #"{"ShardId":"shardId-000000000000","SequenceNumber":"49590338271490256608559692538361571095921575989136588898","EncryptionType":"KMS"}"#)
        let put = try await KinesisClient(one.configuration).putRecord(
            KinesisPutRecordInput(streamName: "events", data: Data("x".utf8), partitionKey: "k"))
        #expect(put.shardId == "shardId-000000000000")
        #expect(put.encryptionType == "KMS")
        let many = MessagingStubTransport(body: #"{"FailedRecordCount":1,"Records":[{"SequenceNumber":"4959","ShardId":"shardId-000000000001"},{"ErrorCode":"ProvisionedThroughputExceededException","ErrorMessage":"Rate exceeded for shard"}]}"#)
        let output = try await KinesisClient(many.configuration).putRecords(KinesisPutRecordsInput(streamName: "events", records: [
            .init(data: Data("a".utf8), partitionKey: "a"), .init(data: Data("b".utf8), partitionKey: "b"),
        ]))
        #expect(output.failedRecordCount == 1)
        #expect(output.records[1].errorCode == "ProvisionedThroughputExceededException")
        let body = String(decoding: try #require(many.requests.first).body, as: UTF8.self)
        #expect(body.contains(#""Data":"YQ==""#))
    }

    @Test("a missing stream surfaces as AWSServiceError ResourceNotFoundException")
    func serviceError() async throws {
        let transport = MessagingStubTransport.jsonError("ResourceNotFoundException", "Stream events under account 123456789012 not found.")
        do {
            _ = try await KinesisClient(transport.configuration).putRecord(
                KinesisPutRecordInput(streamName: "events", data: Data(), partitionKey: "k"))
            Issue.record("expected an error")
        } catch let error as AWSServiceError {
            #expect(error.code == "ResourceNotFoundException")
        }
    }

    @Test("data over 1 MiB, a partition key over 256 characters and more than 500 records are refused")
    func limits() async throws {
        let transport = MessagingStubTransport(body: "{}")
        let client = try KinesisClient(transport.configuration)
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.putRecord(KinesisPutRecordInput(streamName: "s", data: Data(count: 1_048_576), partitionKey: "k"))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.putRecord(KinesisPutRecordInput(streamName: "s", data: Data(), partitionKey: String(repeating: "k", count: 257)))
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await client.putRecord(KinesisPutRecordInput(data: Data(), partitionKey: "k"))
        }
        let records = (0..<501).map { KinesisPutRecordsInput.Entry(data: Data([1]), partitionKey: "\($0)") }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.putRecords(KinesisPutRecordsInput(streamName: "s", records: records))
        }
        #expect(transport.requests.isEmpty)
        // A stream configured for 10 MiB records: the client raised to that limit accepts 2 MiB.
        try KinesisPutRecordInput(streamName: "s", data: Data(count: 2_097_152), partitionKey: "k")
            .validate(maximumRecordBytes: try KinesisClient(transport.configuration, maximumRecordBytes: 10_485_760).maximumRecordBytes)
    }

    @Test("a stream ARN goes to the account's data endpoint; a custom endpoint is kept")
    func arnEndpoint() throws {
        let transport = MessagingStubTransport(body: "{}")
        let standard = try KinesisClient(transport.configuration)
        #expect(standard.dataURL(streamARN: "arn:aws:kinesis:us-east-1:123456789012:stream/events")
            == "https://123456789012.data-kinesis.us-east-1.amazonaws.com/")
        var configuration = transport.configuration
        configuration.endpoint = "http://127.0.0.1:5000"
        #expect(try KinesisClient(configuration).dataURL(streamARN: "arn:aws:kinesis:us-east-1:123456789012:stream/events") == nil)
    }
}
