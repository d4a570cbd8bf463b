import AWSClients
import AWSCore
import Foundation
import Testing
@testable import LocalHarness

/// State machines from the template run against real function processes, driven through the Step Functions
/// API with our own StepFunctions client, and through `mediagen-local run`.
@Suite("Step Functions on the local platform", .serialized)
struct StepFunctionsPlatformTests {
    static let template = RepositoryPathsForHarness.fixtureTemplate("echo.yaml")

    static func with(_ body: (LocalPlatform, StepFunctionsClient) async throws -> Void) async throws {
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: template))
        let platform = try await LocalPlatform.start(
            application: application, locator: BootstrapLocator(folders: [TestBootstrap.url.deletingLastPathComponent()]),
            signingKey: try LocalSigningKey.generate(),
            options: LocalPlatform.Options(templateDirectory: template.deletingLastPathComponent(), statesClock: SkippingStatesClock()))
        let configuration = AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "AKIDLOCAL", secretAccessKey: "secret")),
            transport: URLSessionTransport(), environment: [:], endpoint: "http://127.0.0.1:\(platform.lambdaServer.port)")
        do { try await body(platform, try StepFunctionsClient(configuration)) } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
    }

    @Test("StartExecution through our client runs the template's machine to SUCCEEDED with every step's result")
    func startAndDescribe() async throws {
        try await Self.with { platform, client in
            let arn = try #require(await platform.stepFunctions.machineArn(named: "EchoMachine"))
            #expect(arn == "arn:aws:states:us-east-1:123456789012:stateMachine:mediagen-local-EchoMachine")
            let started = try await client.startExecution(StartExecutionInput(
                stateMachineArn: arn, name: "job-1", input: #"{"variable": "ITEMS_TABLE", "names": ["GREETING", "AWS_LAMBDA_FUNCTION_NAME"]}"#))
            #expect(started.executionArn.hasSuffix(":execution:mediagen-local-EchoMachine:job-1"))
            _ = try await platform.stepFunctions.wait(for: started.executionArn)
            let described = try await client.describeExecution(executionArn: started.executionArn)
            #expect(described.status == "SUCCEEDED")
            let output = try JSONValue(parsing: try #require(described.output))
            #expect(output["greeting"] == ["GREETING": "hello"])
            #expect(output["table"] == ["value": ["ITEMS_TABLE": "mediagen-local-ItemsTable"], "status": 200])
            #expect(output["names"] == [["GREETING": "hello"], ["AWS_LAMBDA_FUNCTION_NAME": "EchoFunction"]])
            #expect(output["caught"]?["Error"] == "Failure")
            #expect(output["caught"]?["Cause"]?.stringValue?.contains("failed on purpose") == true)
        }
    }

    @Test("the same execution name with the same input is idempotent; with another input it is ExecutionAlreadyExists")
    func idempotentNames() async throws {
        try await Self.with { platform, client in
            let arn = try #require(await platform.stepFunctions.machineArn(named: "EchoMachine"))
            let input = #"{"variable": "GREETING", "names": []}"#
            let first = try await client.startExecution(StartExecutionInput(stateMachineArn: arn, name: "same", input: input))
            let again = try await client.startExecution(StartExecutionInput(stateMachineArn: arn, name: "same", input: input))
            #expect(first.executionArn == again.executionArn)
            _ = try await platform.stepFunctions.wait(for: first.executionArn)
            await #expect(throws: AWSServiceError.self) {
                _ = try await client.startExecution(StartExecutionInput(stateMachineArn: arn, name: "same", input: #"{"variable": "X", "names": []}"#))
            }
        }
    }

    @Test("unknown executions and machines answer the service's error types")
    func errors() async throws {
        try await Self.with { _, client in
            do {
                _ = try await client.describeExecution(executionArn: "arn:aws:states:us-east-1:123456789012:execution:Nope:x")
                Issue.record("expected ExecutionDoesNotExist")
            } catch let error as AWSServiceError {
                #expect(error.code == "ExecutionDoesNotExist")
            }
            do {
                _ = try await client.startExecution(StartExecutionInput(stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:Nope"))
                Issue.record("expected StateMachineDoesNotExist")
            } catch let error as AWSServiceError {
                #expect(error.code == "StateMachineDoesNotExist")
            }
        }
    }

    @Test("a failing execution is FAILED with the function's errorType, and its history names the failed task")
    func failure() async throws {
        try await Self.with { platform, client in
            let arn = try #require(await platform.stepFunctions.machineArn(named: "EchoMachine"))
            // "names" is not an array: the Map state fails the execution with States.Runtime.
            let started = try await client.startExecution(StartExecutionInput(stateMachineArn: arn, input: #"{"variable": "GREETING", "names": "oops"}"#))
            let result = try await platform.stepFunctions.wait(for: started.executionArn)
            #expect(result.status == .failed)
            #expect(result.error?.error == "States.Runtime")
            let described = try await client.describeExecution(executionArn: started.executionArn)
            #expect(described.status == "FAILED")
            #expect(described.error == "States.Runtime")
        }
    }
}
