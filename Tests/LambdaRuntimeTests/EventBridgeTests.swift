import Foundation
import Testing
@testable import LambdaRuntime

@Suite("EventBridge events")
struct EventBridgeTests {
    /// An S3 "Object Created" event as EventBridge delivers it.
    static let sample = #"""
    {
      "version": "0",
      "id": "17793124-05d4-b198-2fde-7ededc63b103",
      "detail-type": "Object Created",
      "source": "aws.s3",
      "account": "111122223333",
      "time": "2021-11-12T00:00:00Z",
      "region": "ca-central-1",
      "resources": ["arn:aws:s3:::DOC-EXAMPLE-BUCKET1"],
      "detail": {
        "version": "0",
        "bucket": {"name": "DOC-EXAMPLE-BUCKET1"},
        "object": {"key": "example-key", "size": 5, "etag": "b1946ac92492d2347c6235b4d2611184", "sequencer": "617f08299329d189"},
        "request-id": "N4N7GDK58NMKJ12R",
        "requester": "123456789012",
        "source-ip-address": "1.2.3.4",
        "reason": "PutObject"
      }
    }
    """#

    struct ObjectCreated: Codable, Sendable, Equatable {
        struct Bucket: Codable, Sendable, Equatable { var name: String }
        struct Object: Codable, Sendable, Equatable { var key: String; var size: Int }
        var bucket: Bucket
        var object: Object
        var reason: String
    }

    @Test("an event decodes with a typed detail and detail-type mapped")
    func typedDetail() throws {
        let event = try JSONDecoder().decode(EventBridgeEvent<ObjectCreated>.self, from: Data(Self.sample.utf8))
        #expect(event.version == "0")
        #expect(event.id == "17793124-05d4-b198-2fde-7ededc63b103")
        #expect(event.detailType == "Object Created")
        #expect(event.source == "aws.s3")
        #expect(event.account == "111122223333")
        #expect(event.time == "2021-11-12T00:00:00Z")
        #expect(event.region == "ca-central-1")
        #expect(event.resources == ["arn:aws:s3:::DOC-EXAMPLE-BUCKET1"])
        #expect(event.detail == ObjectCreated(bucket: .init(name: "DOC-EXAMPLE-BUCKET1"), object: .init(key: "example-key", size: 5), reason: "PutObject"))
    }

    @Test("the raw form keeps any detail as JSON values")
    func rawDetail() throws {
        let event = try JSONDecoder().decode(RawEventBridgeEvent.self, from: Data(Self.sample.utf8))
        #expect(event.detail["request-id"] == .string("N4N7GDK58NMKJ12R"))
        #expect(event.detail["object"]?["size"] == .int(5))
        #expect(try event.detail.decode(ObjectCreated.self).reason == "PutObject")
    }

    @Test("a scheduled event with an empty detail encodes back with detail-type")
    func encodes() throws {
        let event = RawEventBridgeEvent(
            id: "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa", detailType: "Scheduled Event", source: "aws.events",
            account: "123456789012", time: "2015-10-08T16:53:06Z", region: "us-east-1",
            resources: ["arn:aws:events:us-east-1:123456789012:rule/my-scheduled-rule"], detail: .object([:])
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try encoder.encode(event), as: UTF8.self)
            == #"{"account":"123456789012","detail":{},"detail-type":"Scheduled Event","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","region":"us-east-1","resources":["arn:aws:events:us-east-1:123456789012:rule/my-scheduled-rule"],"source":"aws.events","time":"2015-10-08T16:53:06Z","version":"0"}"#)
        #expect(try JSONDecoder().decode(RawEventBridgeEvent.self, from: encoder.encode(event)) == event)
    }
}
