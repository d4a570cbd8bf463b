/// A label (object, scene, concept) with where it appears and its place in the taxonomy.
public struct RekognitionLabel: Codable, Sendable, Equatable {
    /// One occurrence of a label in the image, with its box.
    public struct Instance: Codable, Sendable, Equatable {
        public var boundingBox: BoundingBox?
        public var confidence: Double?
        enum CodingKeys: String, CodingKey { case boundingBox = "BoundingBox", confidence = "Confidence" }
    }

    /// A name-only reference (parent, alias, category).
    public struct Name: Codable, Sendable, Equatable {
        public var name: String?
        enum CodingKeys: String, CodingKey { case name = "Name" }
    }

    public var name: String?
    /// 0–100.
    public var confidence: Double?
    public var instances: [Instance]?
    public var parents: [Name]?
    public var aliases: [Name]?
    public var categories: [Name]?

    enum CodingKeys: String, CodingKey {
        case name = "Name", confidence = "Confidence", instances = "Instances", parents = "Parents"
        case aliases = "Aliases", categories = "Categories"
    }
}

/// An unsafe-content label: `Name` under `ParentName` in the moderation taxonomy.
public struct ModerationLabel: Codable, Sendable, Equatable {
    public var confidence: Double?
    public var name: String?
    /// Empty for a top-level category.
    public var parentName: String?
    public var taxonomyLevel: Int?

    public init(confidence: Double? = nil, name: String? = nil, parentName: String? = nil, taxonomyLevel: Int? = nil) {
        self.confidence = confidence
        self.name = name
        self.parentName = parentName
        self.taxonomyLevel = taxonomyLevel
    }

    enum CodingKeys: String, CodingKey {
        case confidence = "Confidence", name = "Name", parentName = "ParentName", taxonomyLevel = "TaxonomyLevel"
    }
}

/// The kind of media a moderation result was found in (`Animated`, `Illustrated`, …).
public struct ModerationContentType: Codable, Sendable, Equatable {
    public var confidence: Double?
    public var name: String?
    enum CodingKeys: String, CodingKey { case confidence = "Confidence", name = "Name" }
}

/// A line or word of text found in an image.
public struct TextDetection: Codable, Sendable, Equatable {
    public var detectedText: String?
    /// `LINE` or `WORD`.
    public var type: String?
    public var id: Int?
    /// For a word: the id of its line.
    public var parentId: Int?
    public var confidence: Double?
    public var geometry: RekognitionGeometry?

    enum CodingKeys: String, CodingKey {
        case detectedText = "DetectedText", type = "Type", id = "Id", parentId = "ParentId", confidence = "Confidence"
        case geometry = "Geometry"
    }
}

/// A celebrity recognised in an image.
public struct Celebrity: Codable, Sendable, Equatable {
    public var urls: [String]?
    public var name: String?
    public var id: String?
    public var face: ComparedFace?
    public var matchConfidence: Double?
    public var knownGender: KnownGender?

    enum CodingKeys: String, CodingKey {
        case urls = "Urls", name = "Name", id = "Id", face = "Face", matchConfidence = "MatchConfidence"
        case knownGender = "KnownGender"
    }
}

/// A celebrity's known gender (`Male`, `Female`, `Nonbinary`, `Unlisted`).
public struct KnownGender: Codable, Sendable, Equatable {
    public var type: String?
    enum CodingKeys: String, CodingKey { case type = "Type" }
}
