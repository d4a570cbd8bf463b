import Crypto
import Foundation

/// Record-batch events: S3 notifications and SQS messages.
extension SampleEvent {
    /// An S3 `ObjectCreated:Put` notification with one record.
    static func s3PutEvent(_ options: SampleEventOptions, now: Date) throws -> [String: Any] {
        let bucket = try options.nonEmpty("bucket")
        let key = try options.nonEmpty("key")
        let etag = try options.nonEmpty("etag")
        let owner = ["principalId": "A" + random(13, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")]
        let record: [String: Any] = [
            "eventVersion": "2.1",
            "eventSource": "aws:s3",
            "awsRegion": options.region,
            "eventTime": isoMilliseconds(now),
            "eventName": "ObjectCreated:Put",
            "userIdentity": ["principalId": "AWS:" + "AIDA" + random(17, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")],
            "requestParameters": ["sourceIPAddress": "127.0.0.1"],
            "responseElements": [
                "x-amz-request-id": random(16, from: "0123456789ABCDEF"),
                "x-amz-id-2": random(76, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
            ],
            "s3": [
                "s3SchemaVersion": "1.0",
                "configurationId": "mediagen-local",
                "bucket": ["name": bucket, "ownerIdentity": owner, "arn": "arn:aws:s3:::\(bucket)"],
                "object": [
                    "key": s3EventKey(key),
                    "size": try options.count("size"),
                    "eTag": etag,
                    "sequencer": random(18, from: "0123456789ABCDEF"),
                ] as [String: Any],
            ] as [String: Any],
        ]
        return ["Records": [record]]
    }

    /// A key as S3 writes it into notifications: URL-encoded with `+` for spaces, `/` kept.
    static func s3EventKey(_ key: String) -> String {
        var encoded = ""
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(Character(Unicode.Scalar(byte)))
            case UInt8(ascii: " "):
                encoded.append("+")
            default:
                encoded += String(format: "%%%02X", byte)
            }
        }
        return encoded
    }

    /// A batch of SQS messages, one record per body.
    static func sqsEvent(_ options: SampleEventOptions, now: Date) throws -> [String: Any] {
        let account = try options.account()
        let arn = options.isGiven("queue-arn") ? options["queue-arn"] ?? "" : "arn:aws:sqs:\(options.region):\(account):MyQueue"
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "sqs", !parts[3].isEmpty, !parts[5].isEmpty else {
            throw SampleEventError.invalidOption("queue-arn", value: arn, expected: "an SQS queue ARN (arn:aws:sqs:<region>:<account>:<name>)")
        }
        if options.isGiven("body"), options.isGiven("bodies") {
            throw SampleEventError.invalidOption("bodies", value: options["bodies"] ?? "", expected: "given without 'body'")
        }
        let bodies = try options.strings("bodies") ?? [options["body"] ?? ""]
        let isFIFO = parts[5].hasSuffix(".fifo")
        let groupID = try options.nonEmpty("group-id")
        let sent = epochMilliseconds(now)
        return [
            "Records": bodies.enumerated().map { index, body -> [String: Any] in
                var attributes = [
                    "ApproximateReceiveCount": "1",
                    "SentTimestamp": String(sent),
                    "SenderId": "AIDA" + random(17, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                    "ApproximateFirstReceiveTimestamp": String(sent + 3),
                ]
                if isFIFO {
                    attributes["MessageGroupId"] = groupID
                    attributes["MessageDeduplicationId"] = hex(SHA256.hash(data: Data(body.utf8)))
                    attributes["SequenceNumber"] = String(format: "18%018d", index + 1)
                }
                return [
                    "messageId": uuid(),
                    "receiptHandle": "AQEB" + random(120, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
                    "body": body,
                    "attributes": attributes,
                    "messageAttributes": [String: Any](),
                    "md5OfBody": hex(Insecure.MD5.hash(data: Data(body.utf8))),
                    "eventSource": "aws:sqs",
                    "eventSourceARN": arn,
                    "awsRegion": parts[3],
                ]
            }
        ]
    }

    private static func hex(_ digest: some Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
