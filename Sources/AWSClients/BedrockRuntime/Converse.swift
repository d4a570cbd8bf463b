import AWSCore
import Foundation

/// Input of Converse: a conversation for any Bedrock chat model, in one model-independent shape.
public struct ConverseInput: Encodable, Sendable, Equatable {
    /// A model id, an inference profile or an ARN; sent as one path segment.
    public var modelId: String
    public var messages: [ConverseMessage]
    /// System prompts, each sent as a `{"text": …}` block.
    public var system: [String]?
    public var inferenceConfig: ConverseInferenceConfiguration?
    /// Model-specific parameters beyond `inferenceConfig` (e.g. `{"top_k": 200}`).
    public var additionalModelRequestFields: JSON?
    public var guardrailConfig: GuardrailConfiguration?

    public init(
        modelId: String, messages: [ConverseMessage], system: [String]? = nil,
        inferenceConfig: ConverseInferenceConfiguration? = nil, additionalModelRequestFields: JSON? = nil,
        guardrailConfig: GuardrailConfiguration? = nil
    ) {
        self.modelId = modelId
        self.messages = messages
        self.system = system
        self.inferenceConfig = inferenceConfig
        self.additionalModelRequestFields = additionalModelRequestFields
        self.guardrailConfig = guardrailConfig
    }

    enum CodingKeys: String, CodingKey {
        case messages, system, inferenceConfig, additionalModelRequestFields, guardrailConfig
    }

    private struct SystemText: Encodable { var text: String }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(messages, forKey: .messages)
        try container.encodeIfPresent(system?.map(SystemText.init), forKey: .system)
        try container.encodeIfPresent(inferenceConfig, forKey: .inferenceConfig)
        try container.encodeIfPresent(additionalModelRequestFields, forKey: .additionalModelRequestFields)
        try container.encodeIfPresent(guardrailConfig, forKey: .guardrailConfig)
    }

    func validate() throws(ClientInputError) {
        if modelId.isEmpty { throw .missingField("Converse", "modelId") }
        if messages.isEmpty { throw .missingField("Converse", "messages") }
        for (index, message) in messages.enumerated() where message.content.isEmpty {
            throw .missingField("Converse", "messages[\(index)].content")
        }
        if let system, system.contains(where: \.isEmpty) { throw .missingField("Converse", "system.text") }
    }

    func operationRequest() throws -> OperationRequest {
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/model/{modelId}/converse")
        builder.setLabel("modelId", modelId)
        try builder.setJSONBody(self)
        return try builder.build()
    }

    /// The guardrail to apply to the conversation.
    public struct GuardrailConfiguration: Codable, Sendable, Equatable {
        public var guardrailIdentifier: String
        public var guardrailVersion: String
        /// `enabled`, `disabled` or `enabled_full`.
        public var trace: String?
        public init(guardrailIdentifier: String, guardrailVersion: String, trace: String? = nil) {
            self.guardrailIdentifier = guardrailIdentifier
            self.guardrailVersion = guardrailVersion
            self.trace = trace
        }
    }
}

/// Sampling settings every Converse model understands.
public struct ConverseInferenceConfiguration: Codable, Sendable, Equatable {
    public var maxTokens: Int?
    public var temperature: Double?
    public var topP: Double?
    public var stopSequences: [String]?

    public init(maxTokens: Int? = nil, temperature: Double? = nil, topP: Double? = nil, stopSequences: [String]? = nil) {
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.topP = topP
        self.stopSequences = stopSequences
    }
}

/// Output of Converse: the model's message, why it stopped, tokens used and latency.
public struct ConverseOutput: Decodable, Sendable, Equatable {
    /// The answer's message (absent only for output kinds this client does not know).
    public var message: ConverseMessage?
    /// `end_turn`, `tool_use`, `max_tokens`, `stop_sequence`, `guardrail_intervened`, `content_filtered`…
    public var stopReason: String
    public var usage: TokenUsage
    public var metrics: Metrics
    public var additionalModelResponseFields: JSON?

    enum CodingKeys: String, CodingKey { case output, stopReason, usage, metrics, additionalModelResponseFields }
    enum OutputKeys: String, CodingKey { case message }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let output = try container.nestedContainer(keyedBy: OutputKeys.self, forKey: .output)
        message = try output.decodeIfPresent(ConverseMessage.self, forKey: .message)
        stopReason = try container.decode(String.self, forKey: .stopReason)
        usage = try container.decode(TokenUsage.self, forKey: .usage)
        metrics = try container.decode(Metrics.self, forKey: .metrics)
        additionalModelResponseFields = try container.decodeIfPresent(JSON.self, forKey: .additionalModelResponseFields)
    }

    /// The text blocks of the answer joined in order.
    public var text: String {
        (message?.content ?? []).compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }

    /// Tokens read, written and served from the prompt cache.
    public struct TokenUsage: Decodable, Sendable, Equatable {
        public var inputTokens: Int
        public var outputTokens: Int
        public var totalTokens: Int
        public var cacheReadInputTokens: Int?
        public var cacheWriteInputTokens: Int?
    }

    /// How long the call took.
    public struct Metrics: Decodable, Sendable, Equatable {
        public var latencyMs: Int
    }
}
