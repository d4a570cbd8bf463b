import Foundation
import Testing
@testable import LambdaRuntime

@Suite("S3 event notifications")
struct EventS3Tests {
    /// The Lambda developer guide's S3 put sample, with an encoded key and a version id.
    static let sample = #"""
    {
      "Records": [
        {
          "eventVersion": "2.1",
          "eventSource": "aws:s3",
          "awsRegion": "us-east-1",
          "eventTime": "2019-09-03T19:37:27.192Z",
          "eventName": "ObjectCreated:Put",
          "userIdentity": {"principalId": "AWS:AIDAINPONIXQXHT3IKHL2"},
          "requestParameters": {"sourceIPAddress": "205.255.255.255"},
          "responseElements": {
            "x-amz-request-id": "D82B88E5F771F645",
            "x-amz-id-2": "vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo="
          },
          "s3": {
            "s3SchemaVersion": "1.0",
            "configurationId": "828aa6fc-f7b5-4305-8584-487c791949c1",
            "bucket": {
              "name": "DOC-EXAMPLE-BUCKET",
              "ownerIdentity": {"principalId": "A3I5XTEXAMAI3E"},
              "arn": "arn:aws:s3:::lambda-artifacts-deafc19498e3f2df"
            },
            "object": {
              "key": "uploads/My+Holiday+%281%29%2B%C3%A9t%C3%A9.mp4",
              "size": 1305107,
              "eTag": "b21b84d653bb07b05b1e6b33684dc11b",
              "versionId": "096fKKXTRTtl3on89fVO.nfljtsv6qko",
              "sequencer": "0C0F6F405D6ED209E1"
            }
          }
        }
      ]
    }
    """#

    @Test("the S3 put sample decodes with every field")
    func decodesSample() throws {
        let event = try JSONDecoder().decode(S3Event.self, from: Data(Self.sample.utf8))
        #expect(event.records.count == 1)
        let record = try #require(event.records.first)
        #expect(record.eventVersion == "2.1")
        #expect(record.eventSource == "aws:s3")
        #expect(record.awsRegion == "us-east-1")
        #expect(record.eventTime == "2019-09-03T19:37:27.192Z")
        #expect(record.eventName == "ObjectCreated:Put")
        #expect(record.userIdentity?.principalId == "AWS:AIDAINPONIXQXHT3IKHL2")
        #expect(record.requestParameters?.sourceIPAddress == "205.255.255.255")
        #expect(record.responseElements?["x-amz-request-id"] == "D82B88E5F771F645")
        #expect(record.s3.s3SchemaVersion == "1.0")
        #expect(record.s3.configurationId == "828aa6fc-f7b5-4305-8584-487c791949c1")
        #expect(record.s3.bucket.name == "DOC-EXAMPLE-BUCKET")
        #expect(record.s3.bucket.arn == "arn:aws:s3:::lambda-artifacts-deafc19498e3f2df")
        #expect(record.s3.bucket.ownerIdentity?.principalId == "A3I5XTEXAMAI3E")
        #expect(record.s3.object.key == "uploads/My+Holiday+%281%29%2B%C3%A9t%C3%A9.mp4")
        #expect(record.s3.object.size == 1_305_107)
        #expect(record.s3.object.eTag == "b21b84d653bb07b05b1e6b33684dc11b")
        #expect(record.s3.object.versionId == "096fKKXTRTtl3on89fVO.nfljtsv6qko")
        #expect(record.s3.object.sequencer == "0C0F6F405D6ED209E1")
    }

    @Test("the decoded key reads + as a space and %2B as a plus, and decodes UTF-8 escapes")
    func decodedKey() throws {
        let event = try JSONDecoder().decode(S3Event.self, from: Data(Self.sample.utf8))
        #expect(event.records[0].s3.object.decodedKey == "uploads/My Holiday (1)+été.mp4")
        #expect(S3Event.Object(key: "plain/key.txt").decodedKey == "plain/key.txt")
        #expect(S3Event.Object(key: "100%25+done%").decodedKey == "100% done%")
    }

    @Test("a delete event without size or ETag decodes")
    func deleteEvent() throws {
        let json = #"""
        {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-west-1","eventTime":"2024-01-01T00:00:00.000Z",
          "eventName":"ObjectRemoved:Delete","s3":{"s3SchemaVersion":"1.0","bucket":{"name":"media","arn":"arn:aws:s3:::media"},
          "object":{"key":"a.txt","sequencer":"0065"}}}]}
        """#
        let event = try JSONDecoder().decode(S3Event.self, from: Data(json.utf8))
        #expect(event.records[0].eventName == "ObjectRemoved:Delete")
        #expect(event.records[0].s3.object.size == nil)
        #expect(event.records[0].s3.object.eTag == nil)
    }
}
