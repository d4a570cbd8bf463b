/// An error of the local Step Functions API, in the service's names (`ExecutionDoesNotExist`, …).
public struct StepFunctionsAPIError: Error, Sendable, CustomStringConvertible, Equatable {
    public let type: String
    public let message: String

    public var description: String { "\(type): \(message)" }

    static func executionDoesNotExist(_ arn: String) -> Self { .init(type: "ExecutionDoesNotExist", message: "Execution Does Not Exist: '\(arn)'") }
    static func stateMachineDoesNotExist(_ arn: String) -> Self { .init(type: "StateMachineDoesNotExist", message: "State Machine Does Not Exist: '\(arn)'") }
    static func executionAlreadyExists(_ arn: String) -> Self { .init(type: "ExecutionAlreadyExists", message: "Execution Already Exists: '\(arn)'") }
    static func invalidExecutionInput(_ message: String) -> Self { .init(type: "InvalidExecutionInput", message: message) }
    static func invalidName(_ name: String) -> Self { .init(type: "InvalidName", message: "Invalid Name: '\(name)'") }
    static func invalidArn(_ arn: String) -> Self { .init(type: "InvalidArn", message: "Invalid Arn: '\(arn)'") }
    static func taskDoesNotExist() -> Self { .init(type: "TaskDoesNotExist", message: "Task Timed Out: 'Provided task does not exist anymore'") }
    static func invalidOutput(_ message: String) -> Self { .init(type: "InvalidOutput", message: message) }
    static func validation(_ message: String) -> Self { .init(type: "ValidationException", message: message) }
    static func unknownOperation(_ target: String) -> Self { .init(type: "UnknownOperationException", message: "Unknown operation \(target)") }
}
