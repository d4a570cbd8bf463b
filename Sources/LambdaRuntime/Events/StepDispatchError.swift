/// Why a Step Functions task input could not be dispatched to a step.
public struct StepDispatchError: ErrorTypeProviding, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case unknownStep = "UnknownStep"
        case missingStep = "MissingStep"
        case invalidInput = "InvalidStepInput"
    }

    private let code: Code
    /// The step the input named, when it named one.
    public let step: String?
    /// The steps the dispatcher knows, sorted.
    public let knownSteps: [String]
    /// What is wrong with the input, for `InvalidStepInput` (names the field).
    public let detail: String?

    /// `UnknownStep`, `MissingStep` or `InvalidStepInput`: the name ASL matches.
    public var errorType: String { code.rawValue }

    /// The input named a step the dispatcher does not know.
    public static func unknownStep(_ step: String, knownSteps: [String]) -> StepDispatchError {
        StepDispatchError(code: .unknownStep, step: step, knownSteps: knownSteps.sorted(), detail: nil)
    }

    /// The input has no string `step` field (or is not a JSON object).
    public static func missingStep(knownSteps: [String]) -> StepDispatchError {
        StepDispatchError(code: .missingStep, step: nil, knownSteps: knownSteps.sorted(), detail: nil)
    }

    /// The input does not decode as the step's input type.
    public static func invalidInput(step: String, detail: String) -> StepDispatchError {
        StepDispatchError(code: .invalidInput, step: step, knownSteps: [], detail: detail)
    }

    /// A stable, one-line description.
    public var description: String {
        switch code {
        case .unknownStep:
            return "unknown step '\(step ?? "")'; known steps: \(knownSteps.joined(separator: ", "))"
        case .missingStep:
            return "the input has no \"step\" field; known steps: \(knownSteps.joined(separator: ", "))"
        case .invalidInput:
            return "invalid input for step '\(step ?? "")': \(detail ?? "")"
        }
    }

    /// Same as `description`.
    public var message: String { description }
}
