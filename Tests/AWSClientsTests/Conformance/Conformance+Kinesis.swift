import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let kinesis: [ConformanceRow] = [
        ConformanceRow(
            "kinesis.PutRecord by stream name with explicit hash key", service: "kinesis", operation: "PutRecord",
            params: ["StreamName": "events", "Data": .bytes(Data("{\"event\":\"play\"}".utf8)), "PartitionKey": "user-7",
                     "ExplicitHashKey": "170141183460469231731687303715884105728"]
        ) { configuration in
            _ = try await KinesisClient(configuration).putRecord(KinesisPutRecordInput(
                streamName: "events", data: Data("{\"event\":\"play\"}".utf8), partitionKey: "user-7",
                explicitHashKey: "170141183460469231731687303715884105728"))
        },
        ConformanceRow(
            "kinesis.PutRecord by stream ARN", service: "kinesis", operation: "PutRecord",
            params: ["StreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/events", "Data": .bytes(Data([0, 255, 10])),
                     "PartitionKey": "k"]
        ) { configuration in
            _ = try await KinesisClient(configuration).putRecord(KinesisPutRecordInput(
                streamARN: "arn:aws:kinesis:us-east-1:123456789012:stream/events", data: Data([0, 255, 10]), partitionKey: "k"))
        },
        ConformanceRow(
            "kinesis.PutRecords with two records", service: "kinesis", operation: "PutRecords",
            params: ["StreamName": "events", "Records": [
                ["Data": .bytes(Data("one".utf8)), "PartitionKey": "a"],
                ["Data": .bytes(Data("two".utf8)), "PartitionKey": "b", "ExplicitHashKey": "1"],
            ]]
        ) { configuration in
            _ = try await KinesisClient(configuration).putRecords(KinesisPutRecordsInput(streamName: "events", records: [
                .init(data: Data("one".utf8), partitionKey: "a"),
                .init(data: Data("two".utf8), partitionKey: "b", explicitHashKey: "1"),
            ]))
        },
    ]
}
