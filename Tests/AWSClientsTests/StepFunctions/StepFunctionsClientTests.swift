import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Step Functions client")
struct StepFunctionsClientTests {
    static let machine = "arn:aws:states:us-east-1:123456789012:stateMachine:Dubbing"

    @Test("StartExecution and DescribeExecution decode ARNs, epoch-second dates, status and output")
    func decodes() async throws {
        let started = MessagingStubTransport(body: #"{"executionArn":"arn:aws:states:us-east-1:123456789012:execution:Dubbing:job-42","startDate":1.767225600123E9}"#)
        let start = try await StepFunctionsClient(started.configuration).startExecution(
            StartExecutionInput(stateMachineArn: Self.machine, name: "job-42", input: "{}"))
        #expect(start.executionArn.hasSuffix(":job-42"))
        #expect(abs(start.startDate.timeIntervalSince1970 - 1_767_225_600.123) < 0.001)
        let described = MessagingStubTransport(body: #"{"executionArn":"arn:x","stateMachineArn":"arn:m","name":"job-42","status":"SUCCEEDED","startDate":1767225600,"stopDate":1767225660,"input":"{}","inputDetails":{"included":true},"output":"{\"ok\":true}","outputDetails":{"included":true},"redriveCount":0}"#)
        let output = try await StepFunctionsClient(described.configuration).describeExecution(executionArn: "arn:x")
        #expect(output.status == "SUCCEEDED")
        #expect(output.output == #"{"ok":true}"#)
        #expect(output.stopDate == Date(timeIntervalSince1970: 1_767_225_660))
    }

    @Test("a repeated execution name with other input surfaces as AWSServiceError ExecutionAlreadyExists")
    func serviceError() async throws {
        let transport = MessagingStubTransport.jsonError("ExecutionAlreadyExists", "Execution Already Exists: 'arn:x'")
        do {
            _ = try await StepFunctionsClient(transport.configuration).startExecution(StartExecutionInput(stateMachineArn: Self.machine, name: "n"))
            Issue.record("expected an error")
        } catch let error as AWSServiceError {
            #expect(error.code == "ExecutionAlreadyExists")
        }
        let expired = MessagingStubTransport.jsonError("TaskTimedOut", "Task Timed Out")
        await #expect(throws: AWSServiceError.self) {
            try await StepFunctionsClient(expired.configuration).sendTaskHeartbeat(taskToken: "t")
        }
    }

    @Test("input over 256 KB, input that is not JSON and a name over 80 characters are refused before sending")
    func limits() async throws {
        let transport = MessagingStubTransport(body: "{}")
        let client = try StepFunctionsClient(transport.configuration)
        let large = "\"" + String(repeating: "a", count: 262_144) + "\""
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.startExecution(StartExecutionInput(stateMachineArn: Self.machine, input: large))
        }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await client.startExecution(StartExecutionInput(stateMachineArn: Self.machine, input: "{not json"))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.startExecution(StartExecutionInput(stateMachineArn: Self.machine, name: String(repeating: "n", count: 81)))
        }
        await #expect(throws: ClientInputError.invalidValue) { try await client.sendTaskSuccess(taskToken: "t", output: "nope") }
        await #expect(throws: ClientInputError.missingField) { try await client.sendTaskFailure(taskToken: "") }
        #expect(transport.requests.isEmpty)
        try StartExecutionInput(stateMachineArn: Self.machine, name: String(repeating: "n", count: 80), input: "[1,2]").validate()
    }
}
