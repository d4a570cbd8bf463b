/// An InvokeModel body for Meta Llama text models.
public struct LlamaRequest: BedrockModelRequest, Equatable {
    public typealias Response = LlamaResponse

    /// The prompt, formatted with the model's chat template when it expects one.
    public var prompt: String
    /// The most tokens to generate.
    public var maxGenLen: Int?
    public var temperature: Double?
    public var topP: Double?

    public init(prompt: String, maxGenLen: Int? = nil, temperature: Double? = nil, topP: Double? = nil) {
        self.prompt = prompt
        self.maxGenLen = maxGenLen
        self.temperature = temperature
        self.topP = topP
    }

    enum CodingKeys: String, CodingKey { case prompt, maxGenLen = "max_gen_len", temperature, topP = "top_p" }

    public func validate() throws(ClientInputError) {
        if prompt.isEmpty { throw .missingField("InvokeModel", "prompt") }
    }
}

/// Llama's answer: the generated text, the token counts and why it stopped.
public struct LlamaResponse: Decodable, Sendable, Equatable {
    public var generation: String
    public var promptTokenCount: Int?
    public var generationTokenCount: Int?
    /// `stop` (end of text) or `length` (`max_gen_len` reached).
    public var stopReason: String?

    enum CodingKeys: String, CodingKey {
        case generation, promptTokenCount = "prompt_token_count", generationTokenCount = "generation_token_count"
        case stopReason = "stop_reason"
    }
}
