import AWSCore
import Foundation

/// A typed InvokeModel body for one model family, with the typed answer that family returns.
public protocol BedrockModelRequest: Encodable, Sendable {
    associatedtype Response: Decodable & Sendable
    /// Refuses a request the model would refuse for a missing prompt, before anything is sent.
    func validate() throws(ClientInputError)
}

/// Input of InvokeModel: the model and a body already in the model's own format.
public struct InvokeModelInput: Sendable, Equatable {
    /// A model id (`anthropic.claude-3-5-sonnet-20240620-v1:0`), an inference profile, or an ARN; sent as one path segment.
    public var modelId: String
    public var body: Data
    /// The MIME type of `body`; Bedrock requires `application/json`.
    public var contentType: String?
    /// The MIME type wanted for the answer; Bedrock defaults to `application/json`.
    public var accept: String?
    public var options: InvokeModelOptions

    public init(
        modelId: String, body: Data, contentType: String? = "application/json", accept: String? = "application/json",
        options: InvokeModelOptions = InvokeModelOptions()
    ) {
        self.modelId = modelId
        self.body = body
        self.contentType = contentType
        self.accept = accept
        self.options = options
    }

    /// The input carrying `request` encoded as JSON.
    public init(modelId: String, request: some BedrockModelRequest, options: InvokeModelOptions = InvokeModelOptions()) throws {
        let body: Data
        do {
            body = try AWSJSONCoding.makeEncoder().encode(request)
        } catch {
            throw ProtocolError.bodyEncodingFailed("\(type(of: request)): \(error)")
        }
        self.init(modelId: modelId, body: body, options: options)
    }

    func operationRequest() throws -> OperationRequest {
        if modelId.isEmpty { throw ClientInputError.missingField("InvokeModel", "modelId") }
        if body.isEmpty { throw ClientInputError.missingField("InvokeModel", "body") }
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/model/{modelId}/invoke")
        builder.setLabel("modelId", modelId)
        builder.setHeader("Content-Type", contentType)
        builder.setHeader("Accept", accept)
        builder.setHeader("X-Amzn-Bedrock-Trace", options.trace?.rawValue)
        builder.setHeader("X-Amzn-Bedrock-GuardrailIdentifier", options.guardrailIdentifier)
        builder.setHeader("X-Amzn-Bedrock-GuardrailVersion", options.guardrailVersion)
        builder.setHeader("X-Amzn-Bedrock-PerformanceConfig-Latency", options.performanceConfigLatency?.rawValue)
        builder.setPayload(body)
        return try builder.build()
    }
}

/// The InvokeModel settings carried in headers: trace, guardrail and latency optimisation.
public struct InvokeModelOptions: Sendable, Equatable {
    public enum Trace: String, Sendable { case enabled = "ENABLED", disabled = "DISABLED", enabledFull = "ENABLED_FULL" }
    public enum Latency: String, Sendable { case standard, optimized }

    public var trace: Trace?
    /// A guardrail id or ARN; with it, `guardrailVersion` (a number or `DRAFT`).
    public var guardrailIdentifier: String?
    public var guardrailVersion: String?
    public var performanceConfigLatency: Latency?

    public init(
        trace: Trace? = nil, guardrailIdentifier: String? = nil, guardrailVersion: String? = nil,
        performanceConfigLatency: Latency? = nil
    ) {
        self.trace = trace
        self.guardrailIdentifier = guardrailIdentifier
        self.guardrailVersion = guardrailVersion
        self.performanceConfigLatency = performanceConfigLatency
    }
}

/// Output of InvokeModel: the model's answer as sent, and its content type.
public struct InvokeModelOutput: Sendable, Equatable {
    public var body: Data
    public var contentType: String?
    public var performanceConfigLatency: String?

    public init(body: Data, contentType: String? = nil, performanceConfigLatency: String? = nil) {
        self.body = body
        self.contentType = contentType
        self.performanceConfigLatency = performanceConfigLatency
    }

    init(_ response: HTTPResponse) {
        self.init(
            body: response.body, contentType: response.headers["Content-Type"],
            performanceConfigLatency: response.headers["X-Amzn-Bedrock-PerformanceConfig-Latency"])
    }

    /// The body decoded as a model's typed answer.
    public func decode<Response: Decodable>(_ type: Response.Type) throws -> Response {
        try AWSJSONCoding.makeDecoder().decode(Response.self, from: body)
    }
}
