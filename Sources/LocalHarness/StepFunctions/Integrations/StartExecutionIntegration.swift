import AWSClients
import AWSCore
import StatesLanguage

/// `arn:aws:states:::states:startExecution`: StateMachineArn, Input (an object is sent as its JSON text), Name →
/// {ExecutionArn, StartDate} (dates in epoch milliseconds, as Step Functions reports them). `.sync` waits for the
/// child and returns DescribeExecution's fields with Input and Output as strings; `.sync:2` the same with Input
/// and Output parsed; a child that does not succeed fails the task with `States.TaskFailed` and those fields
/// as the cause; stopping the parent stops a child it waits for. API errors are `StepFunctions.<code>Exception`. `.waitForTaskToken` only starts the child.
struct StartExecutionIntegration {
    static let fields: Set<String> = ["StateMachineArn", "Input", "Name", "TraceHeader"]
    let configuration: AWSClientConfiguration
    let pollInterval: Duration

    func start(_ parameters: JSONValue, pattern: IntegrationResource.Pattern) async throws -> JSONValue {
        let request = try Self.request(parameters)
        do {
            let client = try configuration.client(for: .stepFunctions, wireProtocol: StepFunctionsClient.wireProtocol)
            let (started, requestId) = try await client.rawJSON("StartExecution", request)
            guard let arn = started["executionArn"]?.stringValue else {
                throw AWSClientError.invalidResponse(operation: "StartExecution", detail: "no executionArn in the answer")
            }
            guard pattern == .sync || pattern == .sync2 else {
                let output: JSONValue = ["ExecutionArn": .string(arn), "StartDate": Self.milliseconds(started["startDate"])]
                return SDKMetadata.adding(to: output, requestId: requestId, contentType: "application/x-amz-json-1.0")
            }
            while true {
                let described: JSONValue
                do {
                    try Task.checkCancellation()
                    (described, _) = try await client.rawJSON("DescribeExecution", ["executionArn": .string(arn)])
                } catch where Task.isCancelled {
                    await Self.stopChild(arn, client: client)
                    throw CancellationError()
                }
                let status = described["status"]?.stringValue ?? "RUNNING"
                if status == "RUNNING" || status == "PENDING_REDRIVE" {
                    do {
                        try await Task.sleep(for: pollInterval)
                    } catch {
                        await Self.stopChild(arn, client: client)
                        throw error
                    }
                    continue
                }
                let output = Self.describeOutput(described, parsed: pattern == .sync2)
                guard status == "SUCCEEDED" else { throw StatesError.taskFailed(output.serialized()) }
                return output
            }
        } catch {
            throw IntegrationError.from(
                error, prefix: "StepFunctions", serviceLabel: "AWSStepFunctions", addExceptionSuffix: true,
                validationCode: "InvalidExecutionInputException")
        }
    }

    /// The parent stopped: Step Functions stops a child it was waiting for. The call runs in a task of its own,
    /// which the parent's cancellation does not reach.
    static func stopChild(_ arn: String, client: AWSClient) async {
        _ = await Task {
            try? await client.rawJSON("StopExecution", [
                "executionArn": .string(arn), "error": "States.Aborted", "cause": "the parent execution stopped",
            ])
        }.value
    }

    static func request(_ parameters: JSONValue) throws -> JSONValue {
        let name = "states:startExecution"
        guard let members = parameters.objectValue else {
            throw IntegrationError.parameters(name, "Parameters must be an object, not \(parameters.typeName)")
        }
        if let unknown = members.keys.sorted().first(where: { !fields.contains($0) }) {
            throw IntegrationError.parameters(name, "the field \(unknown) is not supported")
        }
        guard let machine = members["StateMachineArn"]?.stringValue else {
            throw IntegrationError.parameters(name, "Parameters.StateMachineArn is required")
        }
        var request: [String: JSONValue] = ["stateMachineArn": .string(machine)]
        switch members["Input"] {
        case nil, .null?: request["input"] = "{}"
        case .string(let text)?: request["input"] = .string(text)
        case let value?: request["input"] = .string(value.serialized())
        }
        if let value = members["Name"] {
            guard let text = value.stringValue else { throw IntegrationError.parameters(name, "Parameters.Name must be a string") }
            request["name"] = .string(text)
        }
        if let header = members["TraceHeader"]?.stringValue { request["traceHeader"] = .string(header) }
        return .object(request)
    }

    /// DescribeExecution's answer with PascalCase members, dates in milliseconds and, for `.sync:2`, Input and
    /// Output as JSON.
    static func describeOutput(_ described: JSONValue, parsed: Bool) -> JSONValue {
        var output: [String: JSONValue] = [:]
        for (key, value) in described.objectValue ?? [:] {
            let name = key.prefix(1).uppercased() + key.dropFirst()
            switch key {
            case "startDate", "stopDate", "redriveDate":
                output[name] = milliseconds(value)
            case "input", "output":
                if parsed, let text = value.stringValue, let json = try? JSONValue(parsing: text) {
                    output[name] = json
                } else {
                    output[name] = value
                }
            case "inputDetails", "outputDetails":
                output[name] = .object(Dictionary(uniqueKeysWithValues: (value.objectValue ?? [:]).map { ($0.key.prefix(1).uppercased() + $0.key.dropFirst(), $0.value) }))
            default:
                output[name] = value
            }
        }
        return .object(output)
    }

    /// An epoch-seconds timestamp as integer milliseconds (as the Java SDK serialises dates).
    static func milliseconds(_ value: JSONValue?) -> JSONValue {
        guard let seconds = value?.number else { return value ?? .null }
        return .int(Int((seconds * 1000).rounded()))
    }
}
