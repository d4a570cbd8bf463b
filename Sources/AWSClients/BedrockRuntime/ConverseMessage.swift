import AWSCore
import Foundation

/// One turn of a Converse conversation.
public struct ConverseMessage: Codable, Sendable, Equatable {
    public enum Role: String, Codable, Sendable { case user, assistant }
    public var role: Role
    public var content: [ConverseContentBlock]

    public init(role: Role, content: [ConverseContentBlock]) {
        self.role = role
        self.content = content
    }

    /// A user turn holding only `text`.
    public static func user(_ text: String) -> ConverseMessage { ConverseMessage(role: .user, content: [.text(text)]) }
}

/// A content block of a Converse message: text, an image, or any other block (document, video, tool use…)
/// kept as its raw JSON union member, e.g. `{"toolUse": {…}}`.
public enum ConverseContentBlock: Codable, Sendable, Equatable {
    case text(String)
    case image(ConverseImage)
    case other(JSON)

    private enum CodingKeys: String, CodingKey { case text, image }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            self = .text(text)
        } else if let image = try container.decodeIfPresent(ConverseImage.self, forKey: .image) {
            self = .image(image)
        } else {
            self = .other(try JSON(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
        case .image(let image):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(image, forKey: .image)
        case .other(let json):
            try json.encode(to: encoder)
        }
    }
}

/// An image in a Converse message: its format and its bytes, or an S3 location.
public struct ConverseImage: Codable, Sendable, Equatable {
    /// `png`, `jpeg`, `gif` or `webp`.
    public var format: String
    public var source: Source

    public init(format: String, source: Source) {
        self.format = format
        self.source = source
    }

    /// Where the image comes from: its bytes (sent base64-encoded) or an S3 object.
    public enum Source: Codable, Sendable, Equatable {
        case bytes(Data)
        /// `s3://bucket/key`, with the bucket owner's account id when it is another account.
        case s3Location(uri: String, bucketOwner: String?)

        private enum CodingKeys: String, CodingKey { case bytes, s3Location }
        private enum S3Keys: String, CodingKey { case uri, bucketOwner }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let data = try container.decodeIfPresent(Data.self, forKey: .bytes) {
                self = .bytes(data)
            } else {
                let s3 = try container.nestedContainer(keyedBy: S3Keys.self, forKey: .s3Location)
                self = .s3Location(uri: try s3.decode(String.self, forKey: .uri), bucketOwner: try s3.decodeIfPresent(String.self, forKey: .bucketOwner))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .bytes(let data):
                try container.encode(data, forKey: .bytes)
            case .s3Location(let uri, let bucketOwner):
                var s3 = container.nestedContainer(keyedBy: S3Keys.self, forKey: .s3Location)
                try s3.encode(uri, forKey: .uri)
                try s3.encodeIfPresent(bucketOwner, forKey: .bucketOwner)
            }
        }
    }
}
