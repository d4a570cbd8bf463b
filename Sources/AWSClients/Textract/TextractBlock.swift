/// An item Textract recognised: a page, a line, a word… with its text, confidence, location and children.
public struct TextractBlock: Decodable, Sendable, Equatable {
    public var blockType: BlockType?
    /// Confidence in the text and geometry, 0…100.
    public var confidence: Double?
    public var text: String?
    /// `HANDWRITING` or `PRINTED`.
    public var textType: String?
    public var geometry: TextractGeometry?
    /// Unique within one operation; relationships refer to it.
    public var id: String?
    public var relationships: [TextractRelationship]?
    /// The page the block is on, from 1 (asynchronous operations over multipage documents).
    public var page: Int?

    enum CodingKeys: String, CodingKey {
        case blockType = "BlockType", confidence = "Confidence", text = "Text", textType = "TextType"
        case geometry = "Geometry", id = "Id", relationships = "Relationships", page = "Page"
    }

    /// The kind of block: `PAGE`, `LINE` and `WORD` for text detection; tables, forms and layout for analysis.
    public struct BlockType: RawRepresentable, Codable, Hashable, Sendable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let page = Self(rawValue: "PAGE")
        public static let line = Self(rawValue: "LINE")
        public static let word = Self(rawValue: "WORD")
        public static let table = Self(rawValue: "TABLE")
        public static let cell = Self(rawValue: "CELL")
        public static let keyValueSet = Self(rawValue: "KEY_VALUE_SET")
        public static let selectionElement = Self(rawValue: "SELECTION_ELEMENT")
    }
}

/// Where a block is on its page, as ratios of the page's width and height.
public struct TextractGeometry: Decodable, Sendable, Equatable {
    public var boundingBox: BoundingBox?
    /// A fine-grained polygon around the block.
    public var polygon: [Point]?
    public var rotationAngle: Double?

    enum CodingKeys: String, CodingKey { case boundingBox = "BoundingBox", polygon = "Polygon", rotationAngle = "RotationAngle" }

    /// An axis-aligned box; each value is a ratio of the page's size.
    public struct BoundingBox: Decodable, Sendable, Equatable {
        public var width: Double?
        public var height: Double?
        public var left: Double?
        public var top: Double?
        enum CodingKeys: String, CodingKey { case width = "Width", height = "Height", left = "Left", top = "Top" }
    }

    /// A point of a polygon, as ratios of the page's width (X) and height (Y).
    public struct Point: Decodable, Sendable, Equatable {
        public var x: Double?
        public var y: Double?
        enum CodingKeys: String, CodingKey { case x = "X", y = "Y" }
    }
}

/// Blocks related to a block: its `CHILD` blocks (the words of a line), a key's `VALUE`…
public struct TextractRelationship: Decodable, Sendable, Equatable {
    /// `CHILD`, `VALUE`, `MERGED_CELL`, `ANSWER`, `TABLE`…
    public var type: String?
    public var ids: [String]?
    enum CodingKeys: String, CodingKey { case type = "Type", ids = "Ids" }
}

/// Facts about the processed document.
public struct TextractDocumentMetadata: Decodable, Sendable, Equatable {
    /// The number of pages detected; `nil` when absent or not a number.
    public var pages: Int?
    enum CodingKeys: String, CodingKey { case pages = "Pages" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // The model says an integer; a stand-in answering something else (moto nests an object here) should
        // not make the whole answer unreadable, so a page count that is not a number reads as nil.
        pages = try? container.decodeIfPresent(Int.self, forKey: .pages)
    }
}
