import Foundation
import NIOCore
import StatesLanguage

/// Runs Task resources against the local platform: Lambda function ARNs and the `lambda:invoke` integration
/// through the emulator, with the errors Step Functions reports (the function's `errorType` with its error
/// document as the cause, `Lambda.ResourceNotFoundException`, …); every other `arn:aws:states:::` integration
/// through ``ServiceIntegrations``.
public struct LocalTaskExecutor: TaskExecutor {
    public let lambda: LocalLambda
    public let integrations: ServiceIntegrations

    public init(lambda: LocalLambda, integrations: ServiceIntegrations = ServiceIntegrations()) {
        self.lambda = lambda
        self.integrations = integrations
    }

    public func execute(_ task: TaskInvocation) async throws -> JSONValue {
        let resource = task.resource.replacingOccurrences(of: ".waitForTaskToken", with: "")
        let parts = resource.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 7, parts[2] == "lambda", parts[5] == "function" {
            return try await invoke(function: parts[6], payload: task.input)
        }
        if resource == "arn:aws:states:::lambda:invoke" {
            return try await lambdaInvokeIntegration(task.input)
        }
        if IntegrationResource(task.resource) != nil { return try await integrations.execute(task) }
        throw StatesError(error: "States.TaskFailed", cause: "mediagen-local cannot run the resource \(task.resource)")
    }

    /// `arn:aws:states:::lambda:invoke`: Parameters {FunctionName, Payload, InvocationType, ClientContext};
    /// the result wraps the function's answer in `Payload` with the invoke metadata.
    private func lambdaInvokeIntegration(_ parameters: JSONValue) async throws -> JSONValue {
        guard let functionName = parameters["FunctionName"]?.stringValue else {
            throw StatesError(error: "States.Runtime", cause: "The lambda:invoke integration needs Parameters.FunctionName")
        }
        let name = InvokeAPIRoutes.functionName(functionName)
        let type = parameters["InvocationType"]?.stringValue ?? "RequestResponse"
        let payload = parameters["Payload"] ?? .object([:])
        var requestId = UUID().uuidString.lowercased()
        var statusCode = 200
        var output: JSONValue = .null
        if type == "Event" {
            guard await lambda.hasFunction(name) else { throw Self.notFound(name) }
            _ = try await lambda.invoke(name: name, payload: ByteBuffer(bytes: payload.serializedData()), type: .event)
            statusCode = 202
            output = .string("")
        } else {
            let outcome = try await invokeOutcome(name, payload)
            requestId = outcome.report?.requestID ?? requestId
            output = try Self.result(outcome, function: name)
        }
        return [
            "ExecutedVersion": "$LATEST", "Payload": output, "StatusCode": .int(statusCode),
            "SdkHttpMetadata": ["HttpHeaders": ["X-Amz-Executed-Version": "$LATEST", "x-amzn-RequestId": .string(requestId)], "HttpStatusCode": .int(statusCode)],
            "SdkResponseMetadata": ["RequestId": .string(requestId)],
        ]
    }

    private func invoke(function: String, payload: JSONValue) async throws -> JSONValue {
        try Self.result(try await invokeOutcome(function, payload), function: function)
    }

    private func invokeOutcome(_ function: String, _ payload: JSONValue) async throws -> LocalLambda.Outcome {
        do {
            return try await lambda.invoke(name: function, payload: ByteBuffer(bytes: payload.serializedData()))
        } catch is LocalLambda.NotFound {
            throw Self.notFound(function)
        }
    }

    private static func notFound(_ function: String) -> StatesError {
        StatesError(error: "Lambda.ResourceNotFoundException", cause: "Function not found: \(function)")
    }

    /// The function's result as JSON, or its error as Step Functions names it.
    static func result(_ outcome: LocalLambda.Outcome, function: String) throws -> JSONValue {
        switch outcome.result {
        case .success(let body)?:
            let data = Data(body.readableBytesView)
            if data.isEmpty { return .null }
            do {
                return try JSONValue(parsing: data)
            } catch {
                throw StatesError(error: "States.Runtime", cause: "The function \(function) returned a result that is not JSON")
            }
        case .functionError(let failure)?:
            throw StatesError(error: failure.errorType, cause: String(decoding: failure.body.readableBytesView, as: UTF8.self))
        case nil:
            throw StatesError(error: "Lambda.ServiceException", cause: "The function \(function) returned no result")
        }
    }
}
