import Foundation
import Testing
@testable import StatesLanguage

/// State machines worked from the States Language specification's own examples and rules.
@Suite("States interpreter")
struct InterpreterTests {
    static let add = ScriptedExecutor([
        "Add": { input, _ in .int((input["val1"]?.number).map { Int($0) }! + (input["val2"]?.number).map { Int($0) }!) },
        "Echo": { input, _ in input },
        "Fail": { _, _ in throw StatesError(error: "CustomError", cause: "it broke") },
    ])

    @Test("Pass: Result placed by ResultPath (the specification's No-op example)")
    func passResultPath() async throws {
        let outcome = try await run(#"""
            {"StartAt": "No-op", "States": {"No-op": {"Type": "Pass", "Result": {"x-datum": 0.381018, "y-datum": 622.2269926397355},
             "ResultPath": "$.coords", "End": true}}}
            """#, input: ["georefOf": "Home"])
        #expect(outcome.result.status == .succeeded)
        #expect(outcome.result.output == ["georefOf": "Home", "coords": ["x-datum": 0.381018, "y-datum": 622.2269926397355]])
    }

    @Test("Task: InputPath selects, ResultPath places the result beside the input (the specification's numbers example)")
    func inputAndResultPath() async throws {
        let outcome = try await run(#"""
            {"StartAt": "Add", "States": {"Add": {"Type": "Task", "Resource": "\#(ScriptedExecutor.arn("Add"))",
             "InputPath": "$.numbers", "ResultPath": "$.sum", "End": true}}}
            """#, input: ["title": "Numbers to add", "numbers": ["val1": 3, "val2": 4]], executor: Self.add)
        #expect(outcome.result.output == ["title": "Numbers to add", "numbers": ["val1": 3, "val2": 4], "sum": 7])
    }

    @Test("Parameters: .$ fields take paths, slices and the context object (the specification's Parameters example)")
    func parameters() async throws {
        let outcome = try await run(#"""
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"flagged": true,
             "parts": {"first.$": "$.vals[0]", "last3.$": "$.vals[3:]"}, "execution.$": "$$.Execution.Name", "state.$": "$$.State.Name"}, "End": true}}}
            """#, input: ["flagged": 7, "vals": [0, 10, 20, 30, 40, 50]])
        #expect(outcome.result.output == ["flagged": true, "parts": ["first": 0, "last3": [30, 40, 50]], "execution": "exec-1", "state": "P"])
    }

    @Test("ResultSelector shapes the raw result before ResultPath; OutputPath selects; null paths give {} or keep the input")
    func resultSelectorAndNullPaths() async throws {
        let outcome = try await run(#"""
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "\#(ScriptedExecutor.arn("Echo"))", "Parameters": {"output": {"ClusterId": "j-123"}, "resourceType": "elasticmapreduce"},
                    "ResultSelector": {"ClusterId.$": "$.output.ClusterId", "ResourceType.$": "$.resourceType"}, "ResultPath": "$.EMROutput", "OutputPath": "$.EMROutput", "Next": "Discard"},
              "Discard": {"Type": "Pass", "Result": "ignored", "ResultPath": null, "Next": "Empty"},
              "Empty": {"Type": "Pass", "InputPath": null, "ResultPath": "$.seen", "End": true}}}
            """#, input: ["a": 1], executor: Self.add)
        #expect(outcome.result.output == ["ClusterId": "j-123", "ResourceType": "elasticmapreduce", "seen": [:]])
        let exited = outcome.events.filter { $0.type == "PassStateExited" }.first?.details?.value["output"]
        #expect(exited == .string(#"{"ClusterId":"j-123","ResourceType":"elasticmapreduce"}"#))
    }

    @Test("a path that selects nothing fails the execution with States.Runtime, which States.ALL does not catch")
    func runtimeErrors() async throws {
        let outcome = try await run(#"""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "\#(ScriptedExecutor.arn("Echo"))", "InputPath": "$.missing",
             "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true}, "Caught": {"Type": "Succeed"}}}
            """#, input: ["a": 1], executor: Self.add)
        #expect(outcome.result.status == .failed)
        #expect(outcome.result.error == StatesError(error: "States.Runtime", cause: "Invalid path '$.missing' : No results for path: $['missing']"))
        let parameters = try await run(#"""
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"x.$": "$.nope"}, "End": true}}}
            """#, input: ["a": 1])
        #expect(parameters.result.error?.cause == "The JSONPath '$.nope' specified for the field 'x.$' could not be found in the input '{\"a\":1}'")
    }

    @Test("Retry backs off by IntervalSeconds × BackoffRate^n, capped by MaxDelaySeconds, then succeeds")
    func retry() async throws {
        let flaky = ScriptedExecutor(["Flaky": { input, call in
            if call < 4 { throw StatesError(error: "Throttled", cause: "slow down, call \(call)") }
            return ["calls": .int(call)]
        }])
        let outcome = try await run(#"""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "\#(ScriptedExecutor.arn("Flaky"))",
             "Retry": [{"ErrorEquals": ["Other"], "MaxAttempts": 5}, {"ErrorEquals": ["Throttled"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 3, "MaxDelaySeconds": 10}], "End": true}}}
            """#, executor: flaky)
        #expect(outcome.result.output == ["calls": 4])
        #expect(outcome.clock.requestedSleeps == [2, 6, 10])
        #expect(outcome.events.filter { $0.type == "LambdaFunctionFailed" }.count == 3)
    }

    @Test("Retry gives up after MaxAttempts; Catch then routes {Error, Cause} by its ResultPath")
    func retryThenCatch() async throws {
        let failing = ScriptedExecutor(["Fail": { _, _ in throw StatesError(error: "CustomError", cause: "it broke") }])
        let outcome = try await run(#"""
            {"StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "\#(ScriptedExecutor.arn("Fail"))", "Retry": [{"ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 2, "IntervalSeconds": 1}],
                    "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Wrong"}, {"ErrorEquals": ["CustomError"], "ResultPath": "$.error", "Next": "Handled"}], "End": true},
              "Wrong": {"Type": "Fail", "Error": "Wrong"},
              "Handled": {"Type": "Pass", "End": true}}}
            """#, input: ["job": "j1"], executor: failing)
        #expect(failing.callCount("Fail") == 3)
        #expect(outcome.result.output == ["job": "j1", "error": ["Error": "CustomError", "Cause": "it broke"]])
    }

    @Test("an error from a task that is not a StatesError fails with States.TaskFailed; MaxAttempts 0 never retries")
    func taskFailed() async throws {
        struct Broken: Error {}
        let executor = ScriptedExecutor(["Broken": { _, _ in throw Broken() }])
        let outcome = try await run(#"""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "\#(ScriptedExecutor.arn("Broken"))", "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 0}], "End": true}}}
            """#, executor: executor)
        #expect(outcome.result.status == .failed)
        #expect(outcome.result.error?.error == "States.TaskFailed")
        #expect(executor.callCount("Broken") == 1)
        #expect(outcome.events.last?.type == "ExecutionFailed")
    }

    @Test("TimeoutSeconds stops a slow task with States.Timeout, which States.TaskFailed does not catch but States.Timeout does")
    func timeout() async throws {
        let slow = ScriptedExecutor(["Slow": { _, _ in try await Task.sleep(for: .seconds(30)); return "late" }])
        let outcome = try await run(#"""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "\#(ScriptedExecutor.arn("Slow"))", "TimeoutSeconds": 1,
             "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Wrong"}, {"ErrorEquals": ["States.Timeout"], "Next": "TimedOut"}], "End": true},
             "Wrong": {"Type": "Fail"}, "TimedOut": {"Type": "Pass", "Result": "timed out", "End": true}}}
            """#, executor: slow)
        #expect(outcome.result.output == "timed out")
        #expect(outcome.events.contains { $0.type == "LambdaFunctionTimedOut" })
    }

    @Test("Fail reports Error and Cause, or takes them from ErrorPath and CausePath")
    func fail() async throws {
        let literal = try await run(#"{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Boom", "Cause": "because"}}}"#)
        #expect(literal.result == ExecutionResult(status: .failed, error: StatesError(error: "Boom", cause: "because")))
        let paths = try await run(#"{"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.e", "CausePath": "$.c"}}}"#, input: ["e": "E1", "c": "C1"])
        #expect(paths.result.error == StatesError(error: "E1", cause: "C1"))
        #expect(paths.events.map(\.type) == ["ExecutionStarted", "FailStateEntered", "ExecutionFailed"])
    }

    @Test("Wait sleeps Seconds, SecondsPath, or until Timestamp/TimestampPath (skipped on the test clock)")
    func wait() async throws {
        let outcome = try await run(#"""
            {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 10, "Next": "B"}, "B": {"Type": "Wait", "SecondsPath": "$.delay", "Next": "C"},
             "C": {"Type": "Wait", "Timestamp": "2027-01-15T08:00:20Z", "Next": "D"}, "D": {"Type": "Wait", "TimestampPath": "$.until", "End": true}}}
            """#, input: ["delay": 5, "until": "2027-01-15T08:00:00Z"])
        #expect(outcome.result.output == ["delay": 5, "until": "2027-01-15T08:00:00Z"])
        let sleeps = outcome.clock.requestedSleeps
        #expect(sleeps.count == 4)
        #expect(Array(sleeps.prefix(2)) == [10, 5])
        #expect(sleeps[3] < 0)  // the TimestampPath lies before the Timestamp already reached: no wait
    }

    @Test("Parallel runs every branch on the same input and answers their outputs in branch order")
    func parallel() async throws {
        let outcome = try await run(#"""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "ResultPath": "$.results", "End": true, "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"doubled.$": "States.MathAdd($.n, $.n)"}, "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Wait", "Seconds": 1, "Next": "B2"}, "B2": {"Type": "Pass", "InputPath": "$.n", "End": true}}}]}}}
            """#, input: ["n": 21])
        #expect(outcome.result.output == ["n": 21, "results": [["doubled": 42], 21]])
        #expect(outcome.events.contains { $0.type == "ParallelStateSucceeded" })
    }

    @Test("a failing branch fails the Parallel state with that branch's error, which Catch can route")
    func parallelFailure() async throws {
        let outcome = try await run(#"""
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "Done", "Catch": [{"ErrorEquals": ["Bad"], "Next": "Recovered"}], "Branches": [
              {"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": 100, "End": true}}},
              {"StartAt": "B", "States": {"B": {"Type": "Fail", "Error": "Bad", "Cause": "branch b"}}}]},
             "Done": {"Type": "Succeed"}, "Recovered": {"Type": "Pass", "End": true}}}
            """#)
        #expect(outcome.result.output == ["Error": "Bad", "Cause": "branch b"])
    }

    @Test("Map runs the processor per item with ItemSelector and $$.Map.Item, outputs in item order (the specification's shipped example)")
    func map() async throws {
        let outcome = try await run(#"""
            {"StartAt": "Validate-All", "States": {"Validate-All": {"Type": "Map", "InputPath": "$.detail", "ItemsPath": "$.shipped", "MaxConcurrency": 2,
              "ItemSelector": {"index.$": "$$.Map.Item.Index", "item.$": "$$.Map.Item.Value", "customer.$": "$.delivery-partner"},
              "ItemProcessor": {"StartAt": "Validate", "States": {"Validate": {"Type": "Pass", "Parameters": {"prod.$": "$.item.prod", "index.$": "$.index", "by.$": "$.customer"}, "End": true}}},
              "ResultPath": "$.detail.shipped", "End": true}}}
            """#, input: ["detail": ["delivery-partner": "UQS", "shipped": [["prod": "R31", "dest-code": 9511], ["prod": "S39", "dest-code": 9511], ["prod": "R40", "dest-code": 9833]]]])
        #expect(outcome.result.output?["detail"]?["shipped"] == [["prod": "R31", "index": 0, "by": "UQS"], ["prod": "S39", "index": 1, "by": "UQS"], ["prod": "R40", "index": 2, "by": "UQS"]])
        #expect(outcome.events.filter { $0.type == "MapIterationSucceeded" }.count == 3)
        #expect(outcome.events.first { $0.type == "MapStateStarted" }?.details?.value == ["length": 3])
    }

    @Test("Map failures end the state unless ToleratedFailureCount allows them; then the failed item's output is its error")
    func mapTolerance() async throws {
        let definition = #"""
            {"StartAt": "M", "States": {"M": {"Type": "Map", %TOLERANCE% "ItemProcessor": {"StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericGreaterThan": 2, "Next": "Bad"}], "Default": "Good"},
              "Bad": {"Type": "Fail", "Error": "TooBig", "Cause": "over 2"}, "Good": {"Type": "Succeed"}}}, "End": true}}}
            """#
        let strict = try await run(definition.replacingOccurrences(of: "%TOLERANCE%", with: ""), input: [1, 2, 3, 4])
        #expect(strict.result.error?.error == "TooBig")
        let tolerant = try await run(definition.replacingOccurrences(of: "%TOLERANCE%", with: #""ToleratedFailureCount": 2,"#), input: [1, 2, 3, 4])
        #expect(tolerant.result.output == [1, 2, ["Error": "TooBig", "Cause": "over 2"], ["Error": "TooBig", "Cause": "over 2"]])
        let exceeded = try await run(definition.replacingOccurrences(of: "%TOLERANCE%", with: #""ToleratedFailurePercentage": 25,"#), input: [1, 2, 3, 4])
        #expect(exceeded.result.error?.error == "States.ExceedToleratedFailureThreshold")
    }

    @Test(".waitForTaskToken hands the task a token in $$.Task.Token and waits for SendTaskSuccess or SendTaskFailure")
    func taskToken() async throws {
        let tokens = TaskTokenRegistry()
        let sender = ScriptedExecutor(["Send": { input, _ in
            let token = input["token"]?.stringValue ?? ""
            Task {
                try await Task.sleep(for: .milliseconds(20))
                try await tokens.heartbeat(token: token)
                if input["ok"] == .bool(true) {
                    try await tokens.succeed(token: token, output: ["approved": true])
                } else {
                    try await tokens.fail(token: token, error: "Rejected", cause: "reviewer said no")
                }
            }
            return "queued"
        }])
        let definition = #"""
            {"StartAt": "Review", "States": {"Review": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
             "Parameters": {"FunctionName": "Send", "token.$": "$$.Task.Token", "ok.$": "$.ok"}, "HeartbeatSeconds": 5, "End": true}}}
            """#
        final class NameExecutor: TaskExecutor, @unchecked Sendable {
            let inner: ScriptedExecutor
            init(_ inner: ScriptedExecutor) { self.inner = inner }
            func execute(_ task: TaskInvocation) async throws -> JSONValue {
                var renamed = task
                renamed.resource = ScriptedExecutor.arn(task.input["FunctionName"]?.stringValue ?? "")
                return try await inner.execute(renamed)
            }
        }
        let approved = try await runWith(definition, input: ["ok": true], executor: NameExecutor(sender), tokens: tokens)
        #expect(approved.result.output == ["approved": true])
        #expect(approved.events.map(\.type).contains("TaskSubmitted"))
        let rejected = try await runWith(definition, input: ["ok": false], executor: NameExecutor(sender), tokens: tokens)
        #expect(rejected.result.error == StatesError(error: "Rejected", cause: "reviewer said no"))
    }

    @Test("the execution's TimeoutSeconds ends it TIMED_OUT")
    func executionTimeout() async throws {
        let outcome = try await run(#"""
            {"TimeoutSeconds": 1, "StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "\#(ScriptedExecutor.arn("Slow"))", "End": true}}}
            """#, executor: ScriptedExecutor(["Slow": { _, _ in try await Task.sleep(for: .seconds(30)); return 1 }]))
        #expect(outcome.result.status == .timedOut)
        #expect(outcome.events.last?.type == "ExecutionTimedOut")
    }

    @Test("history events follow GetExecutionHistory: types in order, ids and previousEventIds chained")
    func history() async throws {
        let outcome = try await run(#"""
            {"StartAt": "Add", "States": {"Add": {"Type": "Task", "Resource": "\#(ScriptedExecutor.arn("Add"))", "Next": "Done"}, "Done": {"Type": "Succeed"}}}
            """#, input: ["val1": 1, "val2": 2], executor: Self.add)
        #expect(outcome.events.map(\.type) == [
            "ExecutionStarted", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
            "TaskStateExited", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded",
        ])
        #expect(outcome.events.map(\.id) == Array(1...9))
        #expect(outcome.events.map(\.previousEventId) == Array(0...8))
        #expect(outcome.events[4].details?.value["output"] == "3")
        #expect(outcome.events[0].details?.key == "executionStartedEventDetails")
    }

    func runWith(_ definition: String, input: JSONValue, executor: any TaskExecutor, tokens: TaskTokenRegistry) async throws -> RunOutcome {
        let machine = try StateMachineDefinition(json: definition)
        let clock = SkippingStatesClock()
        let recorder = EventRecorder(clock: clock)
        let result = await StatesInterpreter(executor: executor, clock: clock, tokens: tokens)
            .run(machine, input: input, identity: .local(stateMachineName: "Test"), recorder: recorder)
        return RunOutcome(result: result, events: recorder.events, clock: clock)
    }
}
