import Foundation
@testable import StatesLanguage

/// A task executor for the interpreter tests: resources are functions by name (`arn:aws:lambda:…:function:<name>`).
final class ScriptedExecutor: TaskExecutor, @unchecked Sendable {  // @unchecked: `calls` and `tokens` are guarded by `lock`.
    typealias Function = @Sendable (JSONValue, Int) async throws -> JSONValue
    private let lock = NSLock()
    private let functions: [String: Function]
    private var calls: [String: Int] = [:]
    private var seenTokens: [String] = []

    init(_ functions: [String: Function]) { self.functions = functions }

    func execute(_ task: TaskInvocation) async throws -> JSONValue {
        let name = String(task.resource.split(separator: ":").last ?? "")
        let (count, token): (Int, String?) = lock.withLock {
            calls[name, default: 0] += 1
            if let token = task.taskToken { seenTokens.append(token) }
            return (calls[name]!, task.taskToken)
        }
        _ = token
        guard let function = functions[name] else { throw StatesError(error: "Lambda.ResourceNotFoundException", cause: "no function \(name)") }
        return try await function(task.input, count)
    }

    func callCount(_ name: String) -> Int { lock.withLock { calls[name] ?? 0 } }
    var tokens: [String] { lock.withLock { seenTokens } }

    static func arn(_ name: String) -> String { "arn:aws:lambda:us-east-1:123456789012:function:\(name)" }
}

struct RunOutcome {
    var result: ExecutionResult
    var events: [ExecutionEvent]
    var clock: SkippingStatesClock
}

/// Parses and runs a definition with a skipping clock.
func run(_ definition: String, input: JSONValue = [:], executor: ScriptedExecutor = ScriptedExecutor([:]),
         clock: (any StatesClock)? = nil, tokens: TaskTokenRegistry = TaskTokenRegistry()) async throws -> RunOutcome {
    let machine = try StateMachineDefinition(json: definition)
    let skipping = SkippingStatesClock(start: Date(timeIntervalSince1970: 1_800_000_000))
    let interpreter = StatesInterpreter(executor: executor, clock: clock ?? skipping, tokens: tokens)
    let recorder = EventRecorder(clock: skipping)
    let result = await interpreter.run(machine, input: input, identity: .local(stateMachineName: "Test", name: "exec-1", startTime: skipping.now()), recorder: recorder)
    return RunOutcome(result: result, events: recorder.events, clock: skipping)
}
