import Foundation

/// Runs state machines by the Amazon States Language (JSONPath): state by state, with input and output
/// processing, Retry and Catch, Parallel branches and Map iterations, recording history events.
public struct StatesInterpreter: Sendable {
    public let executor: any TaskExecutor
    public let clock: any StatesClock
    public let tokens: TaskTokenRegistry
    public let region: String

    public init(executor: any TaskExecutor, clock: any StatesClock = SystemStatesClock(), tokens: TaskTokenRegistry = TaskTokenRegistry(), region: String = "us-east-1") {
        self.executor = executor
        self.clock = clock
        self.tokens = tokens
        self.region = region
    }

    /// The error the execution-level TimeoutSeconds raises.
    struct ExecutionTimeout: Error {}

    /// Runs `definition` on `input` to its end; cancelling the calling task aborts the execution.
    public func run(
        _ definition: StateMachineDefinition, input: JSONValue, identity: ExecutionIdentity, recorder: EventRecorder
    ) async -> ExecutionResult {
        let started = recorder.record("ExecutionStarted", previous: 0, details: ("executionStartedEventDetails", [
            "input": .string(input.serialized()), "inputDetails": ["truncated": false], "roleArn": .string(identity.roleArn),
        ]))
        let base: JSONValue = [
            "Execution": [
                "Id": .string(identity.executionArn), "Input": input, "Name": .string(identity.name),
                "RoleArn": .string(identity.roleArn), "StartTime": .string(Timestamp.format(identity.startTime)), "RedriveCount": 0,
            ],
            "StateMachine": ["Id": .string(identity.stateMachineArn), "Name": .string(identity.stateMachineName)],
        ]
        let scope = Scope(recorder: recorder, context: base, lastEvent: LastEvent(started))
        do {
            let output: JSONValue
            if let seconds = definition.timeoutSeconds {
                output = try await withDeadline(seconds: Double(seconds), raising: ExecutionTimeout()) {
                    try await self.runMachine(definition, input: input, scope: scope)
                }
            } else {
                output = try await runMachine(definition, input: input, scope: scope)
            }
            recorder.record("ExecutionSucceeded", previous: scope.lastEvent.id, details: ("executionSucceededEventDetails", [
                "output": .string(output.serialized()), "outputDetails": ["truncated": false],
            ]))
            return ExecutionResult(status: .succeeded, output: output)
        } catch let error as StatesError {
            recorder.record("ExecutionFailed", previous: scope.lastEvent.id, details: ("executionFailedEventDetails", [
                "error": .string(error.error), "cause": .string(error.cause),
            ]))
            return ExecutionResult(status: .failed, error: error)
        } catch is ExecutionTimeout {
            let error = StatesError.timeout("The execution exceeded its TimeoutSeconds of \(definition.timeoutSeconds ?? 0)")
            recorder.record("ExecutionTimedOut", previous: scope.lastEvent.id, details: ("executionTimedOutEventDetails", [
                "error": .string(error.error), "cause": .string(error.cause),
            ]))
            return ExecutionResult(status: .timedOut, error: error)
        } catch {
            let aborted = StatesError(error: "States.Aborted", cause: "The execution was stopped")
            recorder.record("ExecutionAborted", previous: scope.lastEvent.id, details: ("executionAbortedEventDetails", [
                "error": .string(aborted.error), "cause": .string(aborted.cause),
            ]))
            return ExecutionResult(status: .aborted, error: aborted)
        }
    }

    /// Runs one machine (the top level, a branch or an iteration) to its end.
    func runMachine(_ machine: StateMachineDefinition, input: JSONValue, scope: Scope) async throws -> JSONValue {
        var name = machine.startAt
        var input = input
        while true {
            try Task.checkCancellation()
            let state = machine.states[name]!
            let type = state.kind.typeName
            let entered = clock.now()
            scope.lastEvent.id = scope.recorder.record("\(type)StateEntered", previous: scope.lastEvent.id, details: ("stateEnteredEventDetails", [
                "name": .string(name), "input": .string(input.serialized()), "inputDetails": ["truncated": false],
            ]))
            let context = scope.stateContext(name: name, entered: entered, retryCount: 0)
            let (output, next) = try await execute(state, input: input, context: context, scope: scope)
            scope.lastEvent.id = scope.recorder.record("\(type)StateExited", previous: scope.lastEvent.id, details: ("stateExitedEventDetails", [
                "name": .string(name), "output": .string(output.serialized()), "outputDetails": ["truncated": false],
            ]))
            switch state.kind {
            case .succeed: return output
            default: break
            }
            guard let next else { return output }
            name = next
            input = output
        }
    }

    /// Runs one state: its output, and the state to go to (nil to end).
    func execute(_ state: State, input: JSONValue, context: JSONValue, scope: Scope) async throws -> (JSONValue, String?) {
        switch state.kind {
        case .pass(let pass):
            let effective = try Processing.inputPath(state.inputPath, input, context: context)
            let parameters = try pass.processing.parameters.map { try $0.evaluate(input: effective, context: context, field: "Parameters") } ?? effective
            let result = pass.result ?? parameters
            let output = try Processing.resultPath(pass.processing.resultPath, input: input, result: result)
            return (try Processing.outputPath(state.outputPath, output, context: context), state.next)
        case .choice(let choice):
            let effective = try Processing.inputPath(state.inputPath, input, context: context)
            var target = choice.defaultState
            for (rule, next) in choice.choices where try rule.matches(effective, context: context) {
                target = next
                break
            }
            guard let target else {
                throw StatesError.noChoiceMatched("No Matches! for state '\(state.name)' with input \(effective.serialized())")
            }
            return (try Processing.outputPath(state.outputPath, effective, context: context), target)
        case .wait(let wait):
            let effective = try Processing.inputPath(state.inputPath, input, context: context)
            try await clock.sleep(seconds: try waitSeconds(wait, input: effective, state: state.name))
            return (try Processing.outputPath(state.outputPath, effective, context: context), state.next)
        case .succeed:
            let effective = try Processing.inputPath(state.inputPath, input, context: context)
            return (try Processing.outputPath(state.outputPath, effective, context: context), nil)
        case .fail(let fail):
            throw try failure(fail, input: input, context: context)
        case .task(let task):
            return try await withRetryAndCatch(state, task.retry, task.catchers, input: input, scope: scope) { context in
                try await self.runTask(task, state: state, input: input, context: context, scope: scope)
            }
        case .parallel(let parallel):
            return try await withRetryAndCatch(state, parallel.retry, parallel.catchers, input: input, scope: scope) { context in
                try await self.runParallel(parallel, state: state, input: input, context: context, scope: scope)
            }
        case .map(let map):
            return try await withRetryAndCatch(state, map.retry, map.catchers, input: input, scope: scope) { context in
                try await self.runMap(map, state: state, input: input, context: context, scope: scope)
            }
        }
    }

    private func waitSeconds(_ wait: State.Wait, input: JSONValue, state: String) throws -> Double {
        switch wait.duration {
        case .seconds(let seconds): return Double(seconds)
        case .timestamp(let text): return Timestamp.parse(text).map { $0.timeIntervalSince(clock.now()) } ?? 0
        case .secondsPath(let path):
            guard let value = path.value(in: input), let seconds = value.number, seconds >= 0, seconds == seconds.rounded() else {
                throw StatesError.runtime("The SecondsPath parameter does not reference a valid non-negative integer: \(path.text)")
            }
            return seconds
        case .timestampPath(let path):
            guard let text = path.value(in: input)?.stringValue, let date = Timestamp.parse(text) else {
                throw StatesError.runtime("The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: \(path.text)")
            }
            return date.timeIntervalSince(clock.now())
        }
    }

    private func failure(_ fail: State.Fail, input: JSONValue, context: JSONValue) throws -> StatesError {
        func text(_ literal: String?, _ template: PayloadTemplate?, field: String) throws -> String {
            if let literal { return literal }
            guard let template else { return "" }
            let value = try template.evaluate(input: input, context: context, field: field)
            guard let string = value.stringValue else { throw StatesError.runtime("The \(field) field of a Fail state must give a string, not \(value.typeName)") }
            return string
        }
        return StatesError(error: try text(fail.error, fail.errorPath, field: "ErrorPath"), cause: try text(fail.cause, fail.causePath, field: "CausePath"))
    }

    /// Races `body` against a deadline of `seconds`, throwing `error` when the deadline comes first.
    func withDeadline<T: Sendable>(seconds: Double, raising error: any Error & Sendable, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await self.clock.deadline(seconds: seconds)
                throw error
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw error }
            return value
        }
    }
}

extension StatesClock {
    /// Waits for a deadline. Deadlines always take real time, even on a clock that skips sleeps: skipping them
    /// would time every task out at once.
    public func deadline(seconds: Double) async throws {
        try await Task.sleep(for: .milliseconds(Int64(max(0, seconds) * 1000)))
    }
}
