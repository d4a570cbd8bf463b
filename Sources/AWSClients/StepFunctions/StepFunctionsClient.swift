import AWSCore
import Foundation

/// AWS Step Functions (awsJson 1.0, target `AWSStepFunctions`): start and describe executions, and answer
/// `.waitForTaskToken` tasks with success, failure or a heartbeat.
public struct StepFunctionsClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.0", targetPrefix: "AWSStepFunctions")
    /// Execution input and task output may be at most 256 KB (262,144 bytes of UTF-8).
    public static let maximumPayloadBytes = 262_144
    /// Execution names are 1 to 80 characters.
    public static let maximumNameLength = 80

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .stepFunctions, wireProtocol: Self.wireProtocol)
    }

    /// Starts an execution. Refuses an input that is not JSON or passes 256 KB, and a name over 80 characters.
    /// The same `name` on the same state machine starts at most one execution (idempotent within 90 days).
    public func startExecution(_ input: StartExecutionInput) async throws -> StartExecutionOutput {
        try input.validate()
        return try await client.json("StartExecution", input: input)
    }

    /// The status, input and output of an execution.
    public func describeExecution(executionArn: String) async throws -> DescribeExecutionOutput {
        if executionArn.isEmpty { throw ClientInputError.missingField("DescribeExecution", "executionArn") }
        return try await client.json("DescribeExecution", input: DescribeExecutionInput(executionArn: executionArn))
    }

    /// Completes a task token with `output` (a JSON document of at most 256 KB).
    public func sendTaskSuccess(taskToken: String, output: String) async throws {
        try Self.checkToken("SendTaskSuccess", taskToken)
        try Self.checkJSON("SendTaskSuccess", "output", output)
        let _: StepFunctionsEmptyOutput = try await client.json(
            "SendTaskSuccess", input: SendTaskSuccessInput(taskToken: taskToken, output: output))
    }

    /// Fails a task token with an error name (≤ 256 characters) and a cause (≤ 32,768 characters).
    public func sendTaskFailure(taskToken: String, error: String? = nil, cause: String? = nil) async throws {
        try Self.checkToken("SendTaskFailure", taskToken)
        if let error, error.count > 256 {
            throw ClientInputError.tooLarge("SendTaskFailure", "error", size: error.count, limit: 256, unit: "characters")
        }
        if let cause, cause.count > 32_768 {
            throw ClientInputError.tooLarge("SendTaskFailure", "cause", size: cause.count, limit: 32_768, unit: "characters")
        }
        let _: StepFunctionsEmptyOutput = try await client.json(
            "SendTaskFailure", input: SendTaskFailureInput(taskToken: taskToken, error: error, cause: cause))
    }

    /// Tells Step Functions the task behind `taskToken` is still running.
    public func sendTaskHeartbeat(taskToken: String) async throws {
        try Self.checkToken("SendTaskHeartbeat", taskToken)
        let _: StepFunctionsEmptyOutput = try await client.json(
            "SendTaskHeartbeat", input: SendTaskHeartbeatInput(taskToken: taskToken))
    }

    static func checkToken(_ operation: String, _ token: String) throws(ClientInputError) {
        if token.isEmpty { throw .missingField(operation, "taskToken") }
        if token.count > 2048 { throw .tooLarge(operation, "taskToken", size: token.count, limit: 2048, unit: "characters") }
    }

    /// Refuses a payload over 256 KB or one that does not parse as JSON.
    static func checkJSON(_ operation: String, _ field: String, _ text: String) throws(ClientInputError) {
        let bytes = text.utf8.count
        if bytes > maximumPayloadBytes {
            throw .tooLarge(operation, field, size: bytes, limit: maximumPayloadBytes, unit: "bytes")
        }
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil else {
            throw .invalidValue(operation, field, "must be a JSON document")
        }
    }
}

struct StepFunctionsEmptyOutput: Decodable, Sendable {}

struct DescribeExecutionInput: Encodable, Sendable {
    var executionArn: String
}

struct SendTaskSuccessInput: Encodable, Sendable {
    var taskToken: String
    var output: String
}

struct SendTaskFailureInput: Encodable, Sendable {
    var taskToken: String
    var error: String?
    var cause: String?
}

struct SendTaskHeartbeatInput: Encodable, Sendable {
    var taskToken: String
}
