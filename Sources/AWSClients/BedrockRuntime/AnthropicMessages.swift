import AWSCore
import Foundation

/// An InvokeModel body for Anthropic Claude's Messages API.
public struct AnthropicMessagesRequest: BedrockModelRequest, Equatable {
    public typealias Response = AnthropicMessagesResponse
    /// The Messages API version Bedrock expects.
    public static let bedrockVersion = "bedrock-2023-05-31"

    public var anthropicVersion: String
    /// The most tokens the model may generate.
    public var maxTokens: Int
    public var system: String?
    /// The conversation so far, alternating user and assistant turns; the last is usually the user's.
    public var messages: [AnthropicMessage]
    public var temperature: Double?
    public var topP: Double?
    public var topK: Int?
    public var stopSequences: [String]?

    public init(
        maxTokens: Int, system: String? = nil, messages: [AnthropicMessage], temperature: Double? = nil,
        topP: Double? = nil, topK: Int? = nil, stopSequences: [String]? = nil,
        anthropicVersion: String = AnthropicMessagesRequest.bedrockVersion
    ) {
        self.anthropicVersion = anthropicVersion
        self.maxTokens = maxTokens
        self.system = system
        self.messages = messages
        self.temperature = temperature
        self.topP = topP
        self.topK = topK
        self.stopSequences = stopSequences
    }

    enum CodingKeys: String, CodingKey {
        case anthropicVersion = "anthropic_version", maxTokens = "max_tokens", system, messages, temperature
        case topP = "top_p", topK = "top_k", stopSequences = "stop_sequences"
    }

    public func validate() throws(ClientInputError) {
        if messages.isEmpty { throw .missingField("InvokeModel", "messages") }
        if anthropicVersion.isEmpty { throw .missingField("InvokeModel", "anthropic_version") }
        for (index, message) in messages.enumerated() where message.content.isEmpty {
            throw .missingField("InvokeModel", "messages[\(index)].content")
        }
    }
}

/// One turn of a Claude conversation.
public struct AnthropicMessage: Codable, Sendable, Equatable {
    public enum Role: String, Codable, Sendable { case user, assistant }
    public var role: Role
    public var content: [AnthropicContentBlock]

    public init(role: Role, content: [AnthropicContentBlock]) {
        self.role = role
        self.content = content
    }

    /// A user turn holding only `text`.
    public static func user(_ text: String) -> AnthropicMessage { AnthropicMessage(role: .user, content: [.text(text)]) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decode(Role.self, forKey: .role)
        // The API also accepts content as a bare string.
        if let text = try? container.decode(String.self, forKey: .content) {
            content = [.text(text)]
        } else {
            content = try container.decode([AnthropicContentBlock].self, forKey: .content)
        }
    }
}

/// A content block of a Claude message: text, a base64 image, a tool call, or any other block kept as raw JSON.
public enum AnthropicContentBlock: Codable, Sendable, Equatable {
    case text(String)
    /// An image in `mediaType` (`image/jpeg`, `image/png`, `image/gif` or `image/webp`), sent base64-encoded.
    case image(mediaType: String, data: Data)
    /// A tool call the model asks for, with its JSON input.
    case toolUse(id: String, name: String, input: JSON)
    /// A block of another type (`thinking`, `tool_result`…), as JSON including its `type`.
    case other(JSON)

    private enum CodingKeys: String, CodingKey { case type, text, source, id, name, input }
    private enum SourceKeys: String, CodingKey { case type, mediaType = "media_type", data }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "text":
            self = .text(try container.decode(String.self, forKey: .text))
        case "image":
            let source = try container.nestedContainer(keyedBy: SourceKeys.self, forKey: .source)
            self = .image(mediaType: try source.decode(String.self, forKey: .mediaType), data: try source.decode(Data.self, forKey: .data))
        case "tool_use":
            self = .toolUse(
                id: try container.decode(String.self, forKey: .id), name: try container.decode(String.self, forKey: .name),
                input: try container.decodeIfPresent(JSON.self, forKey: .input) ?? .object([:]))
        default:
            self = .other(try JSON(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text):
            try container.encode("text", forKey: .type)
            try container.encode(text, forKey: .text)
        case .image(let mediaType, let data):
            try container.encode("image", forKey: .type)
            var source = container.nestedContainer(keyedBy: SourceKeys.self, forKey: .source)
            try source.encode("base64", forKey: .type)
            try source.encode(mediaType, forKey: .mediaType)
            try source.encode(data, forKey: .data)
        case .toolUse(let id, let name, let input):
            try container.encode("tool_use", forKey: .type)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(input, forKey: .input)
        case .other(let json):
            try json.encode(to: encoder)
        }
    }
}

/// Claude's answer: content blocks, why it stopped, and the tokens used.
public struct AnthropicMessagesResponse: Decodable, Sendable, Equatable {
    public var id: String?
    public var model: String?
    public var role: AnthropicMessage.Role?
    public var content: [AnthropicContentBlock]
    /// `end_turn`, `max_tokens`, `stop_sequence` or `tool_use`.
    public var stopReason: String?
    /// The stop sequence that ended generation, when one did.
    public var stopSequence: String?
    public var usage: Usage?

    /// Tokens read and written.
    public struct Usage: Decodable, Sendable, Equatable {
        public var inputTokens: Int
        public var outputTokens: Int
        enum CodingKeys: String, CodingKey { case inputTokens = "input_tokens", outputTokens = "output_tokens" }
    }

    enum CodingKeys: String, CodingKey {
        case id, model, role, content, stopReason = "stop_reason", stopSequence = "stop_sequence", usage
    }

    /// The text blocks joined in order.
    public var text: String {
        content.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }
}
