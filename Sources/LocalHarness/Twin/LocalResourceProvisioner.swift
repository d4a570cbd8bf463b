import AWSClients
import AWSCore
import Foundation

/// Creates the template's data resources in moto at start — DynamoDB tables (keys, indexes, TTL), S3 buckets,
/// SNS topics, SQS queues (dead-letter queues first), Kinesis streams, Firehose delivery streams to S3 — under
/// the physical names the functions get in their environment. One source of truth: the template.
public struct LocalResourceProvisioner: Sendable {
    /// What happened to one resource.
    public struct Outcome: Sendable, Equatable {
        public var logicalId: String
        public var type: String
        public var name: String
        /// nil when created; the reason otherwise.
        public var problem: String?
    }

    public let resolver: TemplateResolver
    public let configuration: AWSClientConfiguration

    public init(resolver: TemplateResolver, configuration: AWSClientConfiguration) {
        self.resolver = resolver
        self.configuration = configuration
    }

    static let order = ["AWS::S3::Bucket", "AWS::DynamoDB::Table", "AWS::SNS::Topic", "AWS::SQS::Queue", "AWS::Kinesis::Stream", "AWS::KinesisFirehose::DeliveryStream"]

    /// Creates every supported resource; a resource that cannot be created is reported, not fatal.
    public func provision() async -> [Outcome] {
        var outcomes: [Outcome] = []
        for type in Self.order {
            var resources = resolver.template.resources(ofType: type)
            if type == "AWS::SQS::Queue" { resources.sort { ($0.properties["RedrivePolicy"] == nil ? 0 : 1) < ($1.properties["RedrivePolicy"] == nil ? 0 : 1) } }
            for resource in resources {
                guard (try? resolver.exists(resource)) ?? false else { continue }
                let name = (try? resolver.physicalName(of: resource)) ?? resource.logicalId
                do {
                    try await create(resource, name: name)
                    outcomes.append(Outcome(logicalId: resource.logicalId, type: type, name: name, problem: nil))
                } catch {
                    outcomes.append(Outcome(logicalId: resource.logicalId, type: type, name: name, problem: "\(error)"))
                }
            }
        }
        return outcomes
    }

    private func properties(_ resource: TemplateResource) throws -> [String: TemplateValue] {
        guard let resolved = try resolver.resolve(.map(resource.properties)), case .map(let members) = resolved else { return [:] }
        return members
    }

    private func create(_ resource: TemplateResource, name: String) async throws {
        let properties = try properties(resource)
        switch resource.type {
        case "AWS::S3::Bucket":
            _ = try await S3Client(configuration).client.s3("PUT", bucket: name)
        case "AWS::DynamoDB::Table":
            let client = try DynamoDBClient(configuration).client
            var input: [String: JSON] = ["TableName": .string(name)]
            for key in ["AttributeDefinitions", "KeySchema", "GlobalSecondaryIndexes", "LocalSecondaryIndexes", "StreamSpecification", "ProvisionedThroughput"] {
                if let value = properties[key] { input[key] = Self.json(value) }
            }
            input["BillingMode"] = .string(properties["BillingMode"]?.scalarText ?? (input["ProvisionedThroughput"] == nil ? "PAY_PER_REQUEST" : "PROVISIONED"))
            if case .array(let indexes)? = input["GlobalSecondaryIndexes"] {
                input["GlobalSecondaryIndexes"] = .array(indexes.map { index in
                    guard case .object(var members) = index else { return index }
                    members.removeValue(forKey: "ContributorInsightsSpecification")
                    return .object(members)
                })
            }
            _ = try await client.json("CreateTable", input: JSON.object(input), as: JSON.self)
            if let ttl = properties["TimeToLiveSpecification"], ttl["Enabled"] == .bool(true), let attribute = ttl["AttributeName"]?.scalarText {
                _ = try await client.json("UpdateTimeToLive", input: JSON.object([
                    "TableName": .string(name), "TimeToLiveSpecification": .object(["Enabled": .bool(true), "AttributeName": .string(attribute)]),
                ]), as: JSON.self)
            }
        case "AWS::SNS::Topic":
            var fields: [QueryValue.Field] = [QueryValue.Field("Name", .string(name))]
            if properties["FifoTopic"] == .bool(true) || properties["FifoTopic"]?.scalarText == "true" {
                fields.append(QueryValue.Field("Attributes", .map([QueryValue.Entry("FifoTopic", "true")], keyName: "key", valueName: "value")))
            }
            _ = try await SNSClient(configuration).client.query("CreateTopic", parameters: fields)
        case "AWS::SQS::Queue":
            var attributes: [String: JSON] = [:]
            for key in ["VisibilityTimeout", "MessageRetentionPeriod", "DelaySeconds", "ReceiveMessageWaitTimeSeconds", "MaximumMessageSize", "FifoQueue", "ContentBasedDeduplication"] {
                if let value = properties[key]?.scalarText { attributes[key] = .string(value) }
            }
            if let redrive = properties["RedrivePolicy"] { attributes["RedrivePolicy"] = .string(TemplateResolver.json(redrive)) }
            _ = try await SQSClient(configuration).client.json("CreateQueue", input: JSON.object(["QueueName": .string(name), "Attributes": .object(attributes)]),
                                                                headers: [("x-amzn-query-mode", "true")], as: JSON.self)
        case "AWS::Kinesis::Stream":
            var input: [String: JSON] = ["StreamName": .string(name)]
            if let mode = properties["StreamModeDetails"], mode["StreamMode"]?.scalarText == "ON_DEMAND" {
                input["StreamModeDetails"] = .object(["StreamMode": .string("ON_DEMAND")])
            } else {
                input["ShardCount"] = .number(Double(properties["ShardCount"]?.scalarText.flatMap { Int($0) } ?? 1))
            }
            _ = try await KinesisClient(configuration).client.json("CreateStream", input: JSON.object(input), as: JSON.self)
        case "AWS::KinesisFirehose::DeliveryStream":
            var input: [String: JSON] = ["DeliveryStreamName": .string(name), "DeliveryStreamType": .string("DirectPut")]
            if let destination = properties["ExtendedS3DestinationConfiguration"] ?? properties["S3DestinationConfiguration"], case .map(let members) = destination {
                var kept: [String: JSON] = [:]
                for key in ["BucketARN", "RoleARN", "Prefix", "ErrorOutputPrefix", "BufferingHints", "CompressionFormat"] {
                    if let value = members[key] { kept[key] = Self.json(value) }
                }
                input["ExtendedS3DestinationConfiguration"] = .object(kept)
            }
            _ = try await FirehoseClient(configuration).client.json("CreateDeliveryStream", input: JSON.object(input), as: JSON.self)
        default:
            break
        }
    }

    /// A resolved template value as the wire JSON of an API call.
    static func json(_ value: TemplateValue) -> JSON {
        switch value {
        case .string(let text): return .string(text)
        case .number(let number): return .number(number)
        case .bool(let flag): return .bool(flag)
        case .null: return .null
        case .list(let elements): return .array(elements.map(json))
        case .map(let members): return .object(members.mapValues(json))
        }
    }
}
