import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import StatesLanguage

/// The Step Functions API (awsJson 1.0, `X-Amz-Target: AWSStepFunctions.<Operation>`) over a
/// ``LocalStepFunctions``, so our StepFunctions client, boto3 and aws-cli work against mediagen-local.
public enum StepFunctionsAPIRoutes {
    static let target = HTTPField.Name("X-Amz-Target")!

    /// Adds `POST /` to `router`.
    public static func add<Context: RequestContext>(to router: Router<Context>, stepFunctions: LocalStepFunctions) {
        router.post("/") { request, _ -> Response in
            let targetValue = request.headers[target] ?? ""
            let operation = targetValue.hasPrefix("AWSStepFunctions.") ? String(targetValue.dropFirst("AWSStepFunctions.".count)) : ""
            let body = try await request.body.collect(upTo: 1_048_576 * 2)
            let input = (try? JSONValue(parsing: Data(body.readableBytesView))) ?? .object([:])
            do {
                let output = try await StepFunctionsAPI(stepFunctions: stepFunctions).handle(operation.isEmpty ? targetValue : operation, input)
                return json(.ok, output)
            } catch let error as StepFunctionsAPIError {
                return json(.badRequest, ["__type": .string(error.type), "message": .string(error.message)])
            }
        }
    }

    static func json(_ status: HTTPResponse.Status, _ value: JSONValue) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/x-amz-json-1.0"
        headers[HTTPField.Name("x-amzn-RequestId")!] = UUID().uuidString.lowercased()
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: value.serializedData())))
    }
}

/// The operations, on JSON documents shaped as in the Step Functions API reference.
struct StepFunctionsAPI {
    let stepFunctions: LocalStepFunctions

    func handle(_ operation: String, _ input: JSONValue) async throws(StepFunctionsAPIError) -> JSONValue {
        func required(_ field: String) throws(StepFunctionsAPIError) -> String {
            guard let value = input[field]?.stringValue, !value.isEmpty else {
                throw .validation("1 validation error detected: Value null at '\(field)' failed to satisfy constraint: Member must not be null")
            }
            return value
        }
        switch operation {
        case "StartExecution":
            let execution = try await stepFunctions.start(
                stateMachineArn: try required("stateMachineArn"), name: input["name"]?.stringValue, input: input["input"]?.stringValue)
            return ["executionArn": .string(execution.arn), "startDate": Self.date(execution.startDate)]
        case "StartSyncExecution":
            let execution = try await stepFunctions.start(
                stateMachineArn: try required("stateMachineArn"), name: input["name"]?.stringValue, input: input["input"]?.stringValue)
            _ = try await stepFunctions.wait(for: execution.arn)
            return Self.describe(try await stepFunctions.describe(execution.arn))
        case "DescribeExecution":
            return Self.describe(try await stepFunctions.describe(try required("executionArn")))
        case "GetExecutionHistory":
            let execution = try await stepFunctions.describe(try required("executionArn"))
            var events = execution.recorder.events
            if input["reverseOrder"] == .bool(true) { events.reverse() }
            let start = Int(input["nextToken"]?.stringValue ?? "0") ?? 0
            let limit = input["maxResults"].flatMap { $0.number }.map { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 1000
            let page = Array(events.dropFirst(start).prefix(limit))
            var output: [String: JSONValue] = ["events": .array(page.map(\.json))]
            if start + page.count < events.count { output["nextToken"] = .string(String(start + page.count)) }
            return .object(output)
        case "StopExecution":
            let stopped = try await stepFunctions.stop(try required("executionArn"), error: input["error"]?.stringValue, cause: input["cause"]?.stringValue)
            return ["stopDate": Self.date(stopped)]
        case "ListExecutions":
            let status = input["statusFilter"]?.stringValue
            let executions = await stepFunctions.list(stateMachineArn: input["stateMachineArn"]?.stringValue)
                .filter { status == nil || $0.status == status }
            return ["executions": .array(executions.map { execution in
                var item: [String: JSONValue] = [
                    "executionArn": .string(execution.arn), "stateMachineArn": .string(execution.stateMachineArn),
                    "name": .string(execution.name), "status": .string(execution.status), "startDate": Self.date(execution.startDate),
                ]
                if let stop = execution.stopDate { item["stopDate"] = Self.date(stop) }
                return .object(item)
            })]
        case "ListStateMachines":
            return ["stateMachines": .array(await stepFunctions.machineSources.map { source in
                ["stateMachineArn": .string(source.arn), "name": .string(source.name), "type": "STANDARD", "creationDate": Self.date(Date(timeIntervalSince1970: 0))]
            })]
        case "DescribeStateMachine":
            let arn = try required("stateMachineArn")
            guard let source = await stepFunctions.machineSources.first(where: { $0.arn == arn }) else { throw .stateMachineDoesNotExist(arn) }
            return [
                "stateMachineArn": .string(source.arn), "name": .string(source.name), "status": "ACTIVE", "type": "STANDARD",
                "definition": .string(source.definition), "roleArn": "arn:aws:iam::123456789012:role/mediagen-local-states",
                "creationDate": Self.date(Date(timeIntervalSince1970: 0)),
            ]
        case "SendTaskSuccess":
            let token = try required("taskToken")
            let outputText = try required("output")
            guard let output = try? JSONValue(parsing: outputText) else { throw .invalidOutput("Invalid Output: 'not valid JSON'") }
            do { try await stepFunctions.tokens.succeed(token: token, output: output) } catch { throw .taskDoesNotExist() }
            return [:]
        case "SendTaskFailure":
            let token = try required("taskToken")
            do {
                try await stepFunctions.tokens.fail(token: token, error: input["error"]?.stringValue ?? "", cause: input["cause"]?.stringValue ?? "")
            } catch { throw .taskDoesNotExist() }
            return [:]
        case "SendTaskHeartbeat":
            do { try await stepFunctions.tokens.heartbeat(token: try required("taskToken")) } catch { throw .taskDoesNotExist() }
            return [:]
        default:
            throw .unknownOperation(operation)
        }
    }

    static func date(_ date: Date) -> JSONValue { .double(date.timeIntervalSince1970) }

    static func describe(_ execution: LocalStepFunctions.Execution) -> JSONValue {
        var output: [String: JSONValue] = [
            "executionArn": .string(execution.arn), "stateMachineArn": .string(execution.stateMachineArn),
            "name": .string(execution.name), "status": .string(execution.status), "startDate": date(execution.startDate),
            "input": .string(execution.input.serialized()), "inputDetails": ["included": true], "redriveCount": 0,
        ]
        if let stop = execution.stopDate { output["stopDate"] = date(stop) }
        if let result = execution.result {
            if let value = result.output {
                output["output"] = .string(value.serialized())
                output["outputDetails"] = ["included": true]
            }
            if let error = result.error {
                output["error"] = .string(error.error)
                output["cause"] = .string(error.cause)
            }
        }
        return .object(output)
    }
}
