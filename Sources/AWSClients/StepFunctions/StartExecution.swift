import Foundation

/// Input of StartExecution.
public struct StartExecutionInput: Encodable, Sendable, Equatable {
    public var stateMachineArn: String
    /// 1–80 characters; an idempotency key for the state machine (derive it from the job id).
    public var name: String?
    /// The execution input, a JSON document of at most 256 KB.
    public var input: String?
    /// An X-Ray trace header to continue.
    public var traceHeader: String?

    public init(stateMachineArn: String, name: String? = nil, input: String? = nil, traceHeader: String? = nil) {
        self.stateMachineArn = stateMachineArn
        self.name = name
        self.input = input
        self.traceHeader = traceHeader
    }

    func validate() throws(ClientInputError) {
        if stateMachineArn.isEmpty { throw .missingField("StartExecution", "stateMachineArn") }
        if let name {
            if name.isEmpty { throw .missingField("StartExecution", "name") }
            if name.count > StepFunctionsClient.maximumNameLength {
                throw .tooLarge("StartExecution", "name", size: name.count, limit: StepFunctionsClient.maximumNameLength, unit: "characters")
            }
        }
        if let input { try StepFunctionsClient.checkJSON("StartExecution", "input", input) }
        if let traceHeader, traceHeader.count > 256 {
            throw .tooLarge("StartExecution", "traceHeader", size: traceHeader.count, limit: 256, unit: "characters")
        }
    }
}

/// Output of StartExecution.
public struct StartExecutionOutput: Decodable, Sendable, Equatable {
    public var executionArn: String
    public var startDate: Date
}

/// Output of DescribeExecution.
public struct DescribeExecutionOutput: Decodable, Sendable, Equatable {
    /// `RUNNING`, `SUCCEEDED`, `FAILED`, `TIMED_OUT`, `ABORTED` or `PENDING_REDRIVE`.
    public var status: String
    public var executionArn: String
    public var stateMachineArn: String
    public var name: String?
    public var startDate: Date
    public var stopDate: Date?
    public var input: String?
    public var output: String?
    public var error: String?
    public var cause: String?
    public var traceHeader: String?
    public var redriveCount: Int?
}
