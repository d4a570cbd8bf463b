/// An InvokeModel body for Amazon Titan Text models.
public struct TitanTextRequest: BedrockModelRequest, Equatable {
    public typealias Response = TitanTextResponse

    public var inputText: String
    public var textGenerationConfig: TextGenerationConfig?

    public init(inputText: String, textGenerationConfig: TextGenerationConfig? = nil) {
        self.inputText = inputText
        self.textGenerationConfig = textGenerationConfig
    }

    /// Sampling settings and limits.
    public struct TextGenerationConfig: Codable, Sendable, Equatable {
        public var temperature: Double?
        public var topP: Double?
        public var maxTokenCount: Int?
        public var stopSequences: [String]?

        public init(temperature: Double? = nil, topP: Double? = nil, maxTokenCount: Int? = nil, stopSequences: [String]? = nil) {
            self.temperature = temperature
            self.topP = topP
            self.maxTokenCount = maxTokenCount
            self.stopSequences = stopSequences
        }
    }

    public func validate() throws(ClientInputError) {
        if inputText.isEmpty { throw .missingField("InvokeModel", "inputText") }
    }
}

/// Titan Text's answer: the input's token count and one result per generation.
public struct TitanTextResponse: Decodable, Sendable, Equatable {
    public var inputTextTokenCount: Int?
    public var results: [Result]

    /// One generation.
    public struct Result: Decodable, Sendable, Equatable {
        public var tokenCount: Int?
        public var outputText: String
        /// `FINISH`, `LENGTH`, `STOP_CRITERIA_MET`, `CONTENT_FILTERED`…
        public var completionReason: String?
    }

    /// The first result's text, or an empty string.
    public var outputText: String { results.first?.outputText ?? "" }
}
