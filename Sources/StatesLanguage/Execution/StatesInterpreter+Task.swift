extension StatesInterpreter {
    /// One attempt of a Task state.
    func runTask(_ task: State.Task, state: State, input: JSONValue, context: JSONValue, scope: Scope) async throws -> JSONValue {
        let effective = try Processing.inputPath(state.inputPath, input, context: context)
        let waitsForToken = task.resource.hasSuffix(".waitForTaskToken")
        var context = context
        var token: String?
        var callbacks: AsyncStream<TaskTokenRegistry.Signal>?
        if waitsForToken {
            let (newToken, stream) = await tokens.register()
            token = newToken
            callbacks = stream
            if case .object(var members) = context {
                members["Task"] = ["Token": .string(newToken)]
                context = .object(members)
            }
        }
        defer { if let token { Task { await tokens.remove(token) } } }
        let parameters = try task.processing.parameters.map { try $0.evaluate(input: effective, context: context, field: "Parameters") } ?? effective
        let timeout = try seconds(task.timeoutSeconds, task.timeoutSecondsPath, input: effective, field: "TimeoutSecondsPath")
        let heartbeat = try seconds(task.heartbeatSeconds, task.heartbeatSecondsPath, input: effective, field: "HeartbeatSecondsPath")
        let names = ResourceNames(task.resource, region: region)
        let recorder = scope.recorder
        if names.isLambdaFunction {
            var details: [String: JSONValue] = ["resource": .string(task.resource), "input": .string(parameters.serialized()), "inputDetails": ["truncated": false]]
            if let timeout { details["timeoutInSeconds"] = .int(timeout) }
            scope.lastEvent.id = recorder.record("LambdaFunctionScheduled", previous: scope.lastEvent.id, details: ("lambdaFunctionScheduledEventDetails", .object(details)))
            scope.lastEvent.id = recorder.record("LambdaFunctionStarted", previous: scope.lastEvent.id)
        } else {
            var details: [String: JSONValue] = [
                "resourceType": .string(names.resourceType), "resource": .string(names.resource), "region": .string(region),
                "parameters": .string(parameters.serialized()),
            ]
            if let timeout { details["timeoutInSeconds"] = .int(timeout) }
            if let heartbeat { details["heartbeatInSeconds"] = .int(heartbeat) }
            scope.lastEvent.id = recorder.record("TaskScheduled", previous: scope.lastEvent.id, details: ("taskScheduledEventDetails", .object(details)))
            scope.lastEvent.id = recorder.record("TaskStarted", previous: scope.lastEvent.id, details: ("taskStartedEventDetails", names.json))
        }
        let invocation = TaskInvocation(
            resource: task.resource, input: parameters, context: context, stateName: state.name, taskToken: token, timeoutSeconds: timeout)
        let result: JSONValue
        do {
            let executor = self.executor
            let callbacks = callbacks
            let attempt: @Sendable () async throws -> JSONValue = {
                let immediate = try await executor.execute(invocation)
                guard let callbacks else { return immediate }
                return try await self.awaitCallback(callbacks, heartbeat: heartbeat)
            }
            if let timeout {
                result = try await withDeadline(seconds: Double(timeout), raising: StatesError.timeout("The task timed out after \(timeout) seconds"), attempt)
            } else {
                result = try await attempt()
            }
        } catch let error as StatesError {
            recordFailure(error, names: names, scope: scope)
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            let failure = StatesError.taskFailed("\(error)")
            recordFailure(failure, names: names, scope: scope)
            throw failure
        }
        if names.isLambdaFunction {
            scope.lastEvent.id = recorder.record("LambdaFunctionSucceeded", previous: scope.lastEvent.id, details: ("lambdaFunctionSucceededEventDetails", [
                "output": .string(result.serialized()), "outputDetails": ["truncated": false],
            ]))
        } else {
            if waitsForToken {
                scope.lastEvent.id = recorder.record("TaskSubmitted", previous: scope.lastEvent.id, details: ("taskSubmittedEventDetails", names.json))
            }
            var details = names.json.objectValue ?? [:]
            details["output"] = .string(result.serialized())
            details["outputDetails"] = ["truncated": false]
            scope.lastEvent.id = recorder.record("TaskSucceeded", previous: scope.lastEvent.id, details: ("taskSucceededEventDetails", .object(details)))
        }
        return try finish(result, processing: task.processing, state: state, input: input, context: context)
    }

    private func recordFailure(_ error: StatesError, names: ResourceNames, scope: Scope) {
        let timedOut = error.error == "States.Timeout" || error.error == "States.HeartbeatTimeout"
        if names.isLambdaFunction {
            scope.lastEvent.id = scope.recorder.record(
                timedOut ? "LambdaFunctionTimedOut" : "LambdaFunctionFailed", previous: scope.lastEvent.id,
                details: (timedOut ? "lambdaFunctionTimedOutEventDetails" : "lambdaFunctionFailedEventDetails",
                          ["error": .string(error.error), "cause": .string(error.cause)]))
        } else {
            var details = names.json.objectValue ?? [:]
            details["error"] = .string(error.error)
            details["cause"] = .string(error.cause)
            scope.lastEvent.id = scope.recorder.record(
                timedOut ? "TaskTimedOut" : "TaskFailed", previous: scope.lastEvent.id,
                details: (timedOut ? "taskTimedOutEventDetails" : "taskFailedEventDetails", .object(details)))
        }
    }

    /// Waits for SendTaskSuccess/SendTaskFailure; with a heartbeat interval, a silence longer than it fails the task.
    func awaitCallback(_ callbacks: AsyncStream<TaskTokenRegistry.Signal>, heartbeat: Int?) async throws -> JSONValue {
        var iterator = callbacks.makeAsyncIterator()
        while true {
            let signal: TaskTokenRegistry.Signal?
            if let heartbeat {
                let box = IteratorBox(iterator)
                signal = try await withDeadline(seconds: Double(heartbeat), raising: StatesError.heartbeatTimeout("No heartbeat within \(heartbeat) seconds")) {
                    await box.next()
                }
                iterator = box.iterator
            } else {
                signal = await iterator.next()
            }
            switch signal {
            case .success(let output)?: return output
            case .failure(let error)?: throw error
            case .heartbeat?: continue
            case nil: throw CancellationError()
            }
        }
    }

    private func seconds(_ fixed: Int?, _ path: JSONPath?, input: JSONValue, field: String) throws -> Int? {
        if let fixed { return fixed }
        guard let path else { return nil }
        guard let value = path.value(in: input)?.number, value >= 1, value == value.rounded() else {
            throw StatesError.runtime("The \(field) parameter does not reference a valid positive integer: \(path.text)")
        }
        return Int(value)
    }
}

/// Lets one async iterator be advanced inside a child task (heartbeat deadlines).
final class IteratorBox: @unchecked Sendable {  // @unchecked: used by one task at a time (the deadline race awaits it).
    var iterator: AsyncStream<TaskTokenRegistry.Signal>.Iterator
    init(_ iterator: AsyncStream<TaskTokenRegistry.Signal>.Iterator) { self.iterator = iterator }
    func next() async -> TaskTokenRegistry.Signal? { await iterator.next() }
}

/// How history events name a resource: `lambda` + `invoke`, `dynamodb` + `putItem`, `sqs` + `sendMessage.waitForTaskToken`.
struct ResourceNames {
    let resourceType: String
    let resource: String
    /// A Lambda function ARN used directly as the resource (not through the lambda:invoke integration).
    let isLambdaFunction: Bool

    init(_ arn: String, region: String) {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 7, parts[2] == "lambda", parts[5] == "function" {
            resourceType = "lambda"
            resource = arn
            isLambdaFunction = true
        } else if parts.count >= 7, parts[2] == "states", parts[5] == "aws-sdk" {
            resourceType = "aws-sdk:" + parts[6]
            resource = parts.dropFirst(7).joined(separator: ":")
            isLambdaFunction = false
        } else if parts.count >= 7, parts[2] == "states" {
            resourceType = parts[5]
            resource = parts.dropFirst(6).joined(separator: ":")
            isLambdaFunction = false
        } else {
            resourceType = parts.count > 2 ? parts[2] : "unknown"
            resource = arn
            isLambdaFunction = false
        }
    }

    var json: JSONValue { ["resourceType": .string(resourceType), "resource": .string(resource)] }
}
