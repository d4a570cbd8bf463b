#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Dispatches a Step Functions task input `{"step": "<name>", ...}` to the step registered under that name,
/// within one function. Each step has its own input type (decoded from the whole task input) and output.
///
/// `Context` is whatever the caller hands each step (the Lambda context, a logger, `Void`).
public struct StepDispatcher<Context: Sendable>: Sendable {
    typealias Step = @Sendable (Data, Context) async throws -> Data

    private var steps: [String: Step] = [:]
    private let decoder: JSONDecoder
    private let encoder: JSONEncoder

    /// Creates an empty dispatcher using `decoder` for step inputs and `encoder` for outputs (by default
    /// sorted keys and unescaped slashes, so outputs are stable).
    public init(decoder: JSONDecoder = JSONDecoder(), encoder: JSONEncoder = .stable) {
        self.decoder = decoder
        self.encoder = encoder
    }

    /// The names of the registered steps, sorted.
    public var stepNames: [String] { steps.keys.sorted() }

    /// Registers `body` as the step `name`; a later registration of the same name replaces it.
    public mutating func register<Input: Decodable & Sendable, Output: Encodable & Sendable>(
        _ name: String, input: Input.Type = Input.self,
        _ body: @escaping @Sendable (Input, Context) async throws -> Output
    ) {
        let decoder = self.decoder, encoder = self.encoder
        steps[name] = { data, context in
            let input: Input
            do {
                input = try decoder.decode(Input.self, from: data)
            } catch let error as DecodingError {
                throw StepDispatchError.invalidInput(step: name, detail: error.fieldMessage(subject: "input"))
            }
            return try encoder.encode(try await body(input, context))
        }
    }

    /// The step a task input names, or nil when it names none.
    public static func stepName(in payload: Data) -> String? {
        try? JSONDecoder().decode(StepEnvelope.self, from: payload).step
    }

    /// Runs the step `payload` names and returns its encoded output.
    ///
    /// Throws `StepDispatchError` (`MissingStep`, `UnknownStep`, `InvalidStepInput`) when the input cannot
    /// reach a step, and whatever the step throws (a `StepError` for errors ASL should match).
    public func dispatch(_ payload: Data, context: Context) async throws -> Data {
        guard let name = Self.stepName(in: payload) else {
            throw StepDispatchError.missingStep(knownSteps: stepNames)
        }
        guard let step = steps[name] else {
            throw StepDispatchError.unknownStep(name, knownSteps: stepNames)
        }
        return try await step(payload, context)
    }
}

extension StepDispatcher where Context == Void {
    /// Registers a step that takes no context.
    public mutating func register<Input: Decodable & Sendable, Output: Encodable & Sendable>(
        _ name: String, input: Input.Type = Input.self, _ body: @escaping @Sendable (Input) async throws -> Output
    ) {
        register(name, input: input) { (input: Input, _: Void) in try await body(input) }
    }

    /// Runs the step `payload` names and returns its encoded output.
    public func dispatch(_ payload: Data) async throws -> Data {
        try await dispatch(payload, context: ())
    }
}

/// The part of a task input that names the step.
private struct StepEnvelope: Decodable {
    var step: String
}
