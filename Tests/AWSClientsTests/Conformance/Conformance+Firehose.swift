import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let firehose: [ConformanceRow] = [
        ConformanceRow(
            "firehose.PutRecordBatch with three records", service: "firehose", operation: "PutRecordBatch",
            params: ["DeliveryStreamName": "analytics", "Records": [
                ["Data": .bytes(Data("{\"a\":1}\n".utf8))], ["Data": .bytes(Data([0, 1, 2]))], ["Data": .bytes(Data())],
            ]]
        ) { configuration in
            _ = try await FirehoseClient(configuration).putRecordBatch(
                deliveryStreamName: "analytics", records: [Data("{\"a\":1}\n".utf8), Data([0, 1, 2]), Data()])
        },
    ]
}
