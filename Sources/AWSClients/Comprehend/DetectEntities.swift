/// Output of DetectEntities (for plain-text input).
public struct DetectEntitiesOutput: Decodable, Sendable, Equatable {
    public var entities: [ComprehendEntity]
    enum CodingKeys: String, CodingKey { case entities = "Entities" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entities = try container.decodeIfPresent([ComprehendEntity].self, forKey: .entities) ?? []
    }
}

/// A named entity: its type, text, character offsets in the input and the confidence (0…1).
public struct ComprehendEntity: Decodable, Sendable, Equatable {
    public var type: EntityType?
    public var text: String?
    public var score: Double?
    public var beginOffset: Int?
    public var endOffset: Int?
    enum CodingKeys: String, CodingKey {
        case type = "Type", text = "Text", score = "Score", beginOffset = "BeginOffset", endOffset = "EndOffset"
    }

    /// `PERSON`, `LOCATION`, `ORGANIZATION`… or, with a custom recognizer, one of its own types.
    public struct EntityType: RawRepresentable, Codable, Hashable, Sendable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let person = Self(rawValue: "PERSON")
        public static let location = Self(rawValue: "LOCATION")
        public static let organization = Self(rawValue: "ORGANIZATION")
        public static let commercialItem = Self(rawValue: "COMMERCIAL_ITEM")
        public static let event = Self(rawValue: "EVENT")
        public static let date = Self(rawValue: "DATE")
        public static let quantity = Self(rawValue: "QUANTITY")
        public static let title = Self(rawValue: "TITLE")
        public static let other = Self(rawValue: "OTHER")
    }
}
