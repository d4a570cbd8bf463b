import Foundation
import Synchronization
import Testing
@testable import LambdaRuntime

@Suite("SQS events and partial batch failures")
struct EventSQSTests {
    /// The Lambda developer guide's SQS sample, the second message with message attributes.
    static let sample = #"""
    {
      "Records": [
        {
          "messageId": "059f36b4-87a3-44ab-83d2-661975830a7d",
          "receiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...",
          "body": "test",
          "attributes": {
            "ApproximateReceiveCount": "1",
            "SentTimestamp": "1545082649183",
            "SenderId": "AIDAIENQZJOLO23YVJ4VO",
            "ApproximateFirstReceiveTimestamp": "1545082649185"
          },
          "messageAttributes": {},
          "md5OfBody": "098f6bcd4621d373cade4e832627b4f6",
          "eventSource": "aws:sqs",
          "eventSourceARN": "arn:aws:sqs:us-east-2:123456789012:my-queue",
          "awsRegion": "us-east-2"
        },
        {
          "messageId": "2e1424d4-f796-459a-8184-9c92662be6da",
          "receiptHandle": "AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq...",
          "body": "{\"jobId\":\"j-1\"}",
          "attributes": {
            "ApproximateReceiveCount": "2",
            "SentTimestamp": "1545082650636",
            "SenderId": "AIDAIENQZJOLO23YVJ4VO",
            "ApproximateFirstReceiveTimestamp": "1545082650649"
          },
          "messageAttributes": {
            "myAttribute": {"stringValue": "myValue", "stringListValues": [], "binaryListValues": [], "dataType": "String"},
            "blob": {"binaryValue": "AAEC", "stringListValues": [], "binaryListValues": [], "dataType": "Binary"}
          },
          "md5OfBody": "e4e68fb7bd0e697a0ae8f1bb342846b3",
          "md5OfMessageAttributes": "7a4a8b3bd0c4fa6a1e4d9e0bc8d3e5f2",
          "eventSource": "aws:sqs",
          "eventSourceARN": "arn:aws:sqs:us-east-2:123456789012:my-queue",
          "awsRegion": "us-east-2"
        }
      ]
    }
    """#

    @Test("the SQS sample decodes with every field")
    func decodesSample() throws {
        let event = try JSONDecoder().decode(SQSEvent.self, from: Data(Self.sample.utf8))
        #expect(event.records.count == 2)
        let first = event.records[0]
        #expect(first.messageId == "059f36b4-87a3-44ab-83d2-661975830a7d")
        #expect(first.receiptHandle == "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...")
        #expect(first.body == "test")
        #expect(first.attributes["ApproximateReceiveCount"] == "1")
        #expect(first.attributes["SentTimestamp"] == "1545082649183")
        #expect(first.messageAttributes.isEmpty)
        #expect(first.md5OfBody == "098f6bcd4621d373cade4e832627b4f6")
        #expect(first.md5OfMessageAttributes == nil)
        #expect(first.eventSource == "aws:sqs")
        #expect(first.eventSourceARN == "arn:aws:sqs:us-east-2:123456789012:my-queue")
        #expect(first.awsRegion == "us-east-2")
        let second = event.records[1]
        #expect(second.body == #"{"jobId":"j-1"}"#)
        #expect(second.messageAttributes["myAttribute"] == .init(stringValue: "myValue", dataType: "String"))
        #expect(second.messageAttributes["blob"]?.binaryValue == "AAEC")
        #expect(second.messageAttributes["blob"]?.dataType == "Binary")
        #expect(second.md5OfMessageAttributes == "7a4a8b3bd0c4fa6a1e4d9e0bc8d3e5f2")
    }

    @Test("a batch response encodes as batchItemFailures of itemIdentifier")
    func encodesBatchResponse() throws {
        let response = SQSBatchResponse(failedMessageIds: ["a", "b"])
        #expect(String(decoding: try JSONEncoder().encode(response), as: UTF8.self)
            == #"{"batchItemFailures":[{"itemIdentifier":"a"},{"itemIdentifier":"b"}]}"#)
        #expect(String(decoding: try JSONEncoder().encode(SQSBatchResponse()), as: UTF8.self) == #"{"batchItemFailures":[]}"#)
    }

    static func batch(_ count: Int) -> SQSEvent {
        SQSEvent(records: (0..<count).map { index in
            SQSEvent.Message(
                messageId: "m\(index)", receiptHandle: "r\(index)", body: "\(index)", md5OfBody: "",
                eventSourceARN: "arn:aws:sqs:eu-west-1:123456789012:q", awsRegion: "eu-west-1"
            )
        })
    }

    struct Boom: Error {}

    @Test("concurrent processing reports exactly the messages that threw, in batch order")
    func concurrentFailures() async {
        let processor = SQSBatchProcessor(ordering: .concurrent(maxConcurrency: 3))
        let seen = Mutex<Set<String>>([])
        let response = await processor.process(Self.batch(8)) { message in
            seen.withLock { _ = $0.insert(message.messageId) }
            if Int(message.body)! % 3 == 1 { throw Boom() }
        }
        #expect(response == SQSBatchResponse(failedMessageIds: ["m1", "m4", "m7"]))
        #expect(seen.withLock { $0.count } == 8)
    }

    @Test("concurrent processing never runs more messages at once than the limit")
    func concurrencyLimit() async {
        let counters = Mutex<(running: Int, peak: Int)>((0, 0))
        let response = await SQSBatchProcessor(ordering: .concurrent(maxConcurrency: 2)).process(Self.batch(6)) { _ in
            counters.withLock { $0.running += 1; $0.peak = max($0.peak, $0.running) }
            try await Task.sleep(for: .milliseconds(5))
            counters.withLock { $0.running -= 1 }
        }
        #expect(response.batchItemFailures.isEmpty)
        #expect(counters.withLock { $0.peak } == 2)
    }

    @Test("in-order processing stops at the first failure and fails every later message unprocessed")
    func inOrderStops() async {
        let order = Mutex<[String]>([])
        let response = await SQSBatchProcessor(ordering: .inOrder()).process(Self.batch(5)) { message in
            order.withLock { $0.append(message.messageId) }
            if message.messageId == "m2" { throw Boom() }
        }
        #expect(order.withLock { $0 } == ["m0", "m1", "m2"])
        #expect(response == SQSBatchResponse(failedMessageIds: ["m2", "m3", "m4"]))
    }

    @Test("in-order processing that does not stop runs every message and reports only the failures")
    func inOrderContinues() async {
        let order = Mutex<[String]>([])
        let response = await SQSBatchProcessor(ordering: .inOrder(stopAtFirstFailure: false)).process(Self.batch(4)) { message in
            order.withLock { $0.append(message.messageId) }
            if message.messageId == "m0" || message.messageId == "m2" { throw Boom() }
        }
        #expect(order.withLock { $0 } == ["m0", "m1", "m2", "m3"])
        #expect(response == SQSBatchResponse(failedMessageIds: ["m0", "m2"]))
    }
}
