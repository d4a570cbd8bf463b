import Foundation

/// Realistic sample events for invoking functions locally, in the shapes AWS delivers them (the shapes
/// `sam local generate-event` writes): `mediagen-local generate-event <kind> [--option value …]`.
///
/// ```swift
/// let event = try SampleEvent.make(.apigwV2, options: ["method": "POST", "path": "/jobs", "body": "{}"])
/// ```
///
/// Every option is a string; ``Kind/options`` lists each kind's options with their defaults. Ids are fresh
/// UUIDs and times are `now`, so two events are never identical; everything else follows the options.
public enum SampleEvent {
    /// The event kinds, named as on the command line.
    public enum Kind: String, CaseIterable, Sendable {
        /// An API Gateway HTTP API request, payload format 2.0 (`APIGatewayV2Request`).
        case apigwV2 = "apigw-v2"
        /// An API Gateway REST API proxy request, payload format 1.0 (`APIGatewayRequest`).
        case apigwV1 = "apigw-v1"
        /// An S3 `ObjectCreated:Put` notification (`S3Event`).
        case s3Put = "s3-put"
        /// A batch of SQS messages from an event source mapping (`SQSEvent`).
        case sqs
        /// An EventBridge event (`EventBridgeEvent`).
        case eventbridge
        /// A Step Functions task input for a step of a use case function: `{"step": …, …fields}`.
        case sfnTask = "sfn-task"

        /// The options this kind takes, with what each sets and its default.
        public var options: [Option] {
            let common = [
                Option(name: "region", summary: "the AWS region", defaultValue: "us-east-1"),
                Option(name: "account", summary: "the 12-digit account id", defaultValue: "123456789012"),
            ]
            switch self {
            case .apigwV2, .apigwV1:
                return [
                    Option(name: "method", summary: "the HTTP method", defaultValue: "GET"),
                    Option(name: "path", summary: "the request path, optionally with ?query", defaultValue: self == .apigwV2 ? "/" : "/path/to/resource"),
                    Option(name: "body", summary: "the request body (text; JSON gets a JSON content type)", defaultValue: nil),
                    Option(name: "base64", summary: "true to send the body base64-encoded", defaultValue: "false"),
                    Option(name: "stage", summary: "the stage", defaultValue: self == .apigwV2 ? "$default" : "prod"),
                    Option(
                        name: "route", summary: self == .apigwV2 ? "the route key, such as 'GET /jobs/{id}'" : "the resource, such as '/jobs/{id}'",
                        defaultValue: self == .apigwV2 ? "$default" : "/{proxy+}"
                    ),
                    Option(name: "claims", summary: "a JSON object of the caller's JWT claims (adds an authorizer)", defaultValue: nil),
                ] + common
            case .s3Put:
                return [
                    Option(name: "bucket", summary: "the bucket", defaultValue: "example-bucket"),
                    Option(name: "key", summary: "the object key (plain; the event carries it URL-encoded)", defaultValue: "test/key"),
                    Option(name: "size", summary: "the object size in bytes", defaultValue: "1024"),
                    Option(name: "etag", summary: "the object's ETag", defaultValue: "0123456789abcdef0123456789abcdef"),
                    common[0],
                ]
            case .sqs:
                return [
                    Option(name: "queue-arn", summary: "the queue ARN (a .fifo queue adds group attributes)", defaultValue: "arn:aws:sqs:<region>:<account>:MyQueue"),
                    Option(name: "body", summary: "the body of a single message", defaultValue: "Hello from SQS!"),
                    Option(name: "bodies", summary: "a JSON array of message bodies (strings), one record each", defaultValue: nil),
                    Option(name: "group-id", summary: "the MessageGroupId of a FIFO queue's messages", defaultValue: "group-1"),
                ] + common
            case .eventbridge:
                return [
                    Option(name: "source", summary: "the event source", defaultValue: "mediagen.local"),
                    Option(name: "detail-type", summary: "the detail type", defaultValue: "Sample Event"),
                    Option(name: "detail", summary: "the detail, a JSON object", defaultValue: "{}"),
                    Option(name: "resources", summary: "comma-separated resource ARNs", defaultValue: nil),
                ] + common
            case .sfnTask:
                return [
                    Option(name: "step", summary: "the step name", defaultValue: "start"),
                    Option(name: "fields", summary: "a JSON object of further input fields", defaultValue: "{}"),
                ]
            }
        }
    }

    /// One option of a kind.
    public struct Option: Sendable, Equatable {
        /// The option's name, as in `options`.
        public var name: String
        /// What it sets.
        public var summary: String
        /// The value used when the option is absent (nil: left out of the event).
        public var defaultValue: String?
    }

    /// A sample event of `kind` as JSON (sorted keys, pretty-printed).
    /// - Parameters:
    ///   - options: option name to value; ``Kind/options`` lists them.
    ///   - now: the event's time.
    /// - Throws: ``SampleEventError`` naming an unknown option or one whose value is invalid.
    public static func make(_ kind: Kind, options: [String: String] = [:], now: Date = Date()) throws -> Data {
        let reader = try SampleEventOptions(kind: kind, values: options)
        let event: [String: Any]
        switch kind {
        case .apigwV2: event = try httpAPIEvent(reader, now: now)
        case .apigwV1: event = try restAPIEvent(reader, now: now)
        case .s3Put: event = try s3PutEvent(reader, now: now)
        case .sqs: event = try sqsEvent(reader, now: now)
        case .eventbridge: event = try eventBridgeEvent(reader, now: now)
        case .sfnTask: event = try stepTaskInput(reader)
        }
        return try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    }
}
