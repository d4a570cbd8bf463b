import Foundation

/// Bedrock Runtime (restJson, signing name `bedrock`): InvokeModel for the model families our clients type
/// (Anthropic Claude messages, Meta Llama, Titan Text, Titan text and multimodal embeddings) and Converse,
/// answered by the ``DeterministicWriter`` and ``HashedEmbedding``; image models (``TwinBedrock/image(modelId:body:)``);
/// and asynchronous Nova Reel video invocations writing to S3 through ``TwinStorage`` (TwinBedrock+AsyncInvoke).
public struct TwinBedrock: TwinService {
    public let signingNames: Set<String> = ["bedrock"]
    let writer = DeterministicWriter()
    /// Where asynchronous invocations write; without it StartAsyncInvoke is refused.
    let storage: (any TwinStorage)?
    let region: String
    /// How long an asynchronous invocation stays InProgress.
    let inProgressFor: TimeInterval
    let now: @Sendable () -> Date
    let invocations = AsyncInvokeStore()

    public init(storage: (any TwinStorage)? = nil, region: String = "us-east-1", inProgressFor: TimeInterval = 1.5,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.storage = storage
        self.region = region
        self.inProgressFor = inProgressFor
        self.now = now
    }

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        let parts = request.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        if parts.first == "async-invoke" { return await asyncInvoke(request, parts: parts) }
        guard request.method == "POST", parts.count == 3, parts[0] == "model" else {
            return .restError("UnknownOperationException", "The local twin does not serve \(request.method) \(request.path) for Bedrock Runtime", status: 404)
        }
        let modelId = Self.modelName(parts[1])
        guard let body = try? JSONValue(parsing: request.body), body.objectValue != nil else {
            return .restError("ValidationException", "Malformed input request: the body is not a JSON object, please reformat your input and try again.", status: 400)
        }
        switch parts[2] {
        case "invoke": return invoke(modelId: modelId, body: body)
        case "converse": return converse(modelId: modelId, body: body)
        default: return .restError("UnknownOperationException", "The local twin does not serve /model/\(parts[1])/\(parts[2])", status: 404)
        }
    }

    /// The model id inside an inference profile or ARN (`us.anthropic.claude…`, `arn:…:foundation-model/…`).
    static func modelName(_ identifier: String) -> String {
        var name = identifier
        if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
        for prefix in ["us.", "eu.", "apac.", "global."] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        return name
    }

    func invoke(modelId: String, body: JSONValue) -> TwinResponse {
        if modelId.hasPrefix("anthropic.") { return anthropic(modelId, body) }
        if modelId.hasPrefix("meta.llama") { return llama(body) }
        if modelId.hasPrefix("amazon.titan-embed-text") { return titanTextEmbedding(body) }
        if modelId.hasPrefix("amazon.titan-embed-image") { return titanMultimodalEmbedding(body) }
        if modelId.hasPrefix("amazon.titan-text") { return titanText(body) }
        if Self.isImageModel(modelId) { return image(modelId: modelId, body: body) }
        return .restError("ValidationException", "The provided model identifier is invalid.", status: 400)
    }

    private func anthropic(_ modelId: String, _ body: JSONValue) -> TwinResponse {
        guard let maxTokens = body["max_tokens"]?.number.map({ Int($0) }), maxTokens > 0 else {
            return malformed("#: required key [max_tokens] not found")
        }
        guard let messages = body["messages"]?.arrayValue, !messages.isEmpty else { return malformed("#: required key [messages] not found") }
        let prompt = ([body["system"]?.stringValue ?? ""] + messages.map(Self.text(of:))).joined(separator: "\n")
        let stops = body["stop_sequences"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let generation = writer.generate(prompt: prompt, maxTokens: maxTokens, stopSequences: stops)
        var stopSequence: JSONValue = .null
        let reason: String
        switch generation.stop {
        case .complete: reason = "end_turn"
        case .maxTokens: reason = "max_tokens"
        case .stopSequence(let sequence):
            reason = "stop_sequence"
            stopSequence = .string(sequence)
        }
        let inputTokens = DeterministicWriter.tokenCount(prompt)
        return invokeAnswer([
            "id": .string("msg_bdrk_" + String(PseudoTranslator.hash(prompt), radix: 36)), "type": "message", "role": "assistant",
            "model": .string(modelId), "content": [["type": "text", "text": .string(generation.text)]],
            "stop_reason": .string(reason), "stop_sequence": stopSequence,
            "usage": ["input_tokens": .int(inputTokens), "output_tokens": .int(generation.outputTokens)],
        ], inputTokens: inputTokens, outputTokens: generation.outputTokens)
    }

    private func llama(_ body: JSONValue) -> TwinResponse {
        guard let prompt = body["prompt"]?.stringValue else { return malformed("#: required key [prompt] not found") }
        let maxTokens = body["max_gen_len"]?.number.map { Int($0) } ?? 512
        let generation = writer.generate(prompt: prompt, maxTokens: maxTokens)
        let inputTokens = DeterministicWriter.tokenCount(prompt)
        return invokeAnswer([
            "generation": .string(generation.text), "prompt_token_count": .int(inputTokens),
            "generation_token_count": .int(generation.outputTokens), "stop_reason": generation.stop == .maxTokens ? "length" : "stop",
        ], inputTokens: inputTokens, outputTokens: generation.outputTokens)
    }

    private func titanText(_ body: JSONValue) -> TwinResponse {
        guard let prompt = body["inputText"]?.stringValue else { return malformed("#: required key [inputText] not found") }
        let config = body["textGenerationConfig"]
        let maxTokens = config?["maxTokenCount"]?.number.map { Int($0) } ?? 512
        let stops = config?["stopSequences"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let generation = writer.generate(prompt: prompt, maxTokens: maxTokens, stopSequences: stops)
        let reason: String = switch generation.stop {
        case .complete: "FINISH"
        case .maxTokens: "LENGTH"
        case .stopSequence: "STOP_CRITERIA_MET"
        }
        let inputTokens = DeterministicWriter.tokenCount(prompt)
        return invokeAnswer([
            "inputTextTokenCount": .int(inputTokens),
            "results": [["tokenCount": .int(generation.outputTokens), "outputText": .string(generation.text), "completionReason": .string(reason)]],
        ], inputTokens: inputTokens, outputTokens: generation.outputTokens)
    }

    private func titanTextEmbedding(_ body: JSONValue) -> TwinResponse {
        guard let text = body["inputText"]?.stringValue, !text.isEmpty else { return malformed("#: required key [inputText] not found") }
        let dimensions = body["dimensions"]?.number.map { Int($0) } ?? 1024
        guard [256, 512, 1024].contains(dimensions) else { return malformed("#/dimensions: \(dimensions) is not a valid enum value") }
        let vector = HashedEmbedding.embed(text, dimensions: dimensions)
        let values = JSONValue.array(vector.map { .double($0) })
        let tokens = DeterministicWriter.tokenCount(text)
        return invokeAnswer(["embedding": values, "inputTextTokenCount": .int(tokens), "embeddingsByType": ["float": values]], inputTokens: tokens, outputTokens: 0)
    }

    private func titanMultimodalEmbedding(_ body: JSONValue) -> TwinResponse {
        let text = body["inputText"]?.stringValue
        let image = body["inputImage"]?.stringValue
        guard text != nil || image != nil else { return malformed("#: at least one of inputText or inputImage is required") }
        let dimensions = body["embeddingConfig"]?["outputEmbeddingLength"]?.number.map { Int($0) } ?? 1024
        guard [256, 384, 1024].contains(dimensions) else { return malformed("#/embeddingConfig/outputEmbeddingLength: \(dimensions) is not a valid enum value") }
        // An image contributes features of its bytes' digest, so the same image always embeds the same way.
        let source = [text ?? "", image.map { "image " + String(PseudoTranslator.hash($0), radix: 16) } ?? ""].joined(separator: " ")
        let tokens = DeterministicWriter.tokenCount(text ?? "")
        return invokeAnswer(["embedding": .array(HashedEmbedding.embed(source, dimensions: dimensions).map { .double($0) }), "inputTextTokenCount": .int(tokens)],
                            inputTokens: tokens, outputTokens: 0)
    }

    func converse(modelId: String, body: JSONValue) -> TwinResponse {
        guard let messages = body["messages"]?.arrayValue, !messages.isEmpty else {
            return .restError("ValidationException", "1 validation error detected: Value at 'messages' failed to satisfy constraint: Member must not be null", status: 400)
        }
        let system = body["system"]?.arrayValue?.compactMap { $0["text"]?.stringValue } ?? []
        let prompt = (system + messages.map(Self.text(of:))).joined(separator: "\n")
        let config = body["inferenceConfig"]
        let maxTokens = config?["maxTokens"]?.number.map { Int($0) } ?? 1024
        let stops = config?["stopSequences"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let generation = writer.generate(prompt: prompt, maxTokens: maxTokens, stopSequences: stops)
        let reason: String = switch generation.stop {
        case .complete: "end_turn"
        case .maxTokens: "max_tokens"
        case .stopSequence: "stop_sequence"
        }
        let inputTokens = DeterministicWriter.tokenCount(prompt)
        return .init(status: 200, headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", UUID().uuidString.lowercased())], body: JSONValue.object([
            "output": ["message": ["role": "assistant", "content": [["text": .string(generation.text)]]]],
            "stopReason": .string(reason),
            "usage": ["inputTokens": .int(inputTokens), "outputTokens": .int(generation.outputTokens), "totalTokens": .int(inputTokens + generation.outputTokens)],
            "metrics": ["latencyMs": .int(20 + generation.outputTokens)],
        ]).serializedData())
    }

    /// The text of a message in either the Anthropic or the Converse shape (string content or text blocks).
    static func text(of message: JSONValue) -> String {
        if let text = message["content"]?.stringValue { return text }
        return (message["content"]?.arrayValue ?? []).compactMap { $0["text"]?.stringValue }.joined(separator: "\n")
    }

    func invokeAnswer(_ body: JSONValue, inputTokens: Int, outputTokens: Int) -> TwinResponse {
        TwinResponse(status: 200, headers: [
            ("Content-Type", "application/json"), ("x-amzn-RequestId", UUID().uuidString.lowercased()),
            ("X-Amzn-Bedrock-Input-Token-Count", String(inputTokens)), ("X-Amzn-Bedrock-Output-Token-Count", String(outputTokens)),
            ("X-Amzn-Bedrock-Invocation-Latency", String(20 + outputTokens)),
        ], body: body.serializedData())
    }

    func malformed(_ detail: String) -> TwinResponse {
        .restError("ValidationException", "Malformed input request: \(detail), please reformat your input and try again.", status: 400)
    }
}
