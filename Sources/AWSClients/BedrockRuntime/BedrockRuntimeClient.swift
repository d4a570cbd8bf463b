import AWSCore
import Foundation

/// Amazon Bedrock Runtime (restJson, signs as `bedrock`): model invocation with typed bodies for the model
/// families MediaGen uses, Converse, guardrails, and asynchronous (video) invocations.
public struct BedrockRuntimeClient: Sendable {
    public static let wireProtocol = WireProtocol.restJson

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .bedrockRuntime, wireProtocol: Self.wireProtocol)
    }

    /// Invokes a model with a body already in its format; returns the model's raw answer and content type.
    public func invokeModel(_ input: InvokeModelInput) async throws -> InvokeModelOutput {
        let response = try await client.send(try input.operationRequest())
        return InvokeModelOutput(response)
    }

    /// Invokes `modelId` (an id, an inference profile or an ARN) with a typed body and decodes the model's
    /// typed answer; refuses an empty prompt, message list or input text before sending.
    public func invoke<Request: BedrockModelRequest>(
        _ request: Request, modelId: String, options: InvokeModelOptions = InvokeModelOptions()
    ) async throws -> Request.Response {
        try request.validate()
        let input = try InvokeModelInput(modelId: modelId, request: request, options: options)
        return try await client.restJSON(try input.operationRequest(), as: Request.Response.self)
    }

    /// Sends a conversation to a model through the model-independent Converse API.
    public func converse(_ input: ConverseInput) async throws -> ConverseOutput {
        try input.validate()
        return try await client.restJSON(try input.operationRequest())
    }

    /// Evaluates text against a guardrail without invoking a model.
    public func applyGuardrail(_ input: ApplyGuardrailInput) async throws -> ApplyGuardrailOutput {
        try input.validate()
        return try await client.restJSON(try input.operationRequest())
    }

    /// Starts an asynchronous invocation (video generation) writing to S3; returns the invocation ARN.
    public func startAsyncInvoke(_ input: StartAsyncInvokeInput) async throws -> String {
        try input.validate()
        let output: StartAsyncInvokeOutput = try await client.restJSON(try input.operationRequest())
        return output.invocationArn
    }

    /// Starts a Nova Reel text-to-video (or image-to-video) generation; refuses an empty prompt before sending.
    public func startVideoGeneration(
        _ request: NovaReelVideoRequest, modelId: String = NovaReelVideoRequest.defaultModelId,
        s3OutputUri: String, clientRequestToken: String? = nil
    ) async throws -> String {
        try request.validate()
        return try await startAsyncInvoke(try StartAsyncInvokeInput(
            modelId: modelId, modelInput: request, outputDataConfig: AsyncInvokeOutputDataConfig(s3Uri: s3OutputUri),
            clientRequestToken: clientRequestToken))
    }

    /// The status of an asynchronous invocation: in progress, completed (output in S3) or failed (with a message).
    public func getAsyncInvoke(invocationArn: String) async throws -> GetAsyncInvokeOutput {
        if invocationArn.isEmpty { throw ClientInputError.missingField("GetAsyncInvoke", "invocationArn") }
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/async-invoke/{invocationArn}")
        builder.setLabel("invocationArn", invocationArn)
        return try await client.restJSON(try builder.build())
    }
}
