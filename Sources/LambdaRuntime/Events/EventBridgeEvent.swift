/// An EventBridge event delivered to Lambda, its `detail` decoded as `Detail`.
///
/// Use `EventBridgeEvent<JSONValue>` (`RawEventBridgeEvent`) to take any detail.
public struct EventBridgeEvent<Detail: Sendable>: Sendable {
    /// The event format version, `0`.
    public var version: String
    /// The event's id.
    public var id: String
    /// What happened, such as `Object Created` (JSON field `detail-type`).
    public var detailType: String
    /// Who sent it, such as `aws.s3` or `mediagen.jobs`.
    public var source: String
    /// The account the event came from.
    public var account: String
    /// When it happened, ISO 8601, such as `2015-10-08T16:53:06Z`.
    public var time: String
    /// The region it came from.
    public var region: String
    /// The ARNs of the resources involved.
    public var resources: [String]
    /// The sender's details.
    public var detail: Detail

    /// Creates an event.
    public init(
        version: String = "0", id: String, detailType: String, source: String, account: String, time: String,
        region: String, resources: [String] = [], detail: Detail
    ) {
        self.version = version
        self.id = id
        self.detailType = detailType
        self.source = source
        self.account = account
        self.time = time
        self.region = region
        self.resources = resources
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey {
        case version, id, detailType = "detail-type", source, account, time, region, resources, detail
    }
}

/// An EventBridge event with any detail.
public typealias RawEventBridgeEvent = EventBridgeEvent<JSONValue>

extension EventBridgeEvent: Equatable where Detail: Equatable {}

extension EventBridgeEvent: Decodable where Detail: Decodable {
    /// Decodes an event; an absent `version` is `0` (as in `sam local generate-event`'s scheduled event),
    /// an absent `resources` is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(String.self, forKey: .version) ?? "0"
        id = try container.decode(String.self, forKey: .id)
        detailType = try container.decode(String.self, forKey: .detailType)
        source = try container.decode(String.self, forKey: .source)
        account = try container.decode(String.self, forKey: .account)
        time = try container.decode(String.self, forKey: .time)
        region = try container.decode(String.self, forKey: .region)
        resources = try container.decodeIfPresent([String].self, forKey: .resources) ?? []
        detail = try container.decode(Detail.self, forKey: .detail)
    }
}

extension EventBridgeEvent: Encodable where Detail: Encodable {
    /// Encodes the event with AWS's field names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(id, forKey: .id)
        try container.encode(detailType, forKey: .detailType)
        try container.encode(source, forKey: .source)
        try container.encode(account, forKey: .account)
        try container.encode(time, forKey: .time)
        try container.encode(region, forKey: .region)
        try container.encode(resources, forKey: .resources)
        try container.encode(detail, forKey: .detail)
    }
}
