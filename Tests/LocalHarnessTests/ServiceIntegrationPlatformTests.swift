import AWSClients
import AWSCore
import Foundation
import StatesLanguage
import Testing
@testable import LocalHarness

/// states:startExecution (.sync, .sync:2, request-response) and aws-sdk:sfn inside the local platform: the
/// parent's tasks call the platform's own Step Functions API.
@Suite("Step Functions integrations on the local platform", .serialized)
struct ServiceIntegrationPlatformTests {
    static let template = RepositoryPathsForHarness.fixtureTemplate("integrations.yaml")

    @Test("a parent runs children with .sync:2 and .sync, catches a failed child as States.TaskFailed, starts and describes one")
    func startExecution() async throws {
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: Self.template))
        #expect(StateMachineChecker(application: application).problems(in: try #require(
            application.stateMachines(templateDirectory: Self.template.deletingLastPathComponent()).first { $0.logicalId == "ParentMachine" })) == [])
        let platform = try await LocalPlatform.start(
            application: application, locator: BootstrapLocator(folders: []), signingKey: try LocalSigningKey.generate(),
            options: LocalPlatform.Options(templateDirectory: Self.template.deletingLastPathComponent(), statesClock: SkippingStatesClock()))
        do {
            let parent = try #require(await platform.stepFunctions.machineArn(named: "ParentMachine"))
            let child = try #require(await platform.stepFunctions.machineArn(named: "ChildMachine"))
            let started = try await platform.stepFunctions.start(stateMachineArn: parent, name: "parent-1", input: #"{"n": 5, "childName": "child-5"}"#)
            let result = try await platform.stepFunctions.wait(for: started.arn)
            #expect(result.status == .succeeded, "\(String(describing: result.error))")
            let output = try #require(result.output)

            let sync2 = try #require(output["child"])
            #expect(sync2["Status"] == "SUCCEEDED")
            #expect(sync2["Name"] == "child-5")
            #expect(sync2["StateMachineArn"] == .string(child))
            #expect(sync2["ExecutionArn"]?.stringValue?.hasSuffix(":execution:mediagen-local-ChildMachine:child-5") == true)
            #expect(sync2["Output"] == ["n": 5, "parent": .string(started.arn)])
            #expect(sync2["Input"]?["n"] == 5)
            #expect(sync2["StartDate"]?.number.map { $0 > 1_000_000_000_000 } == true)  // epoch milliseconds

            #expect(output["childAsString"]?["status"] == "SUCCEEDED")
            let text = try #require(output["childAsString"]?["output"]?.stringValue)
            #expect(try JSONValue(parsing: text) == ["n": 21, "parent": .string(started.arn)])

            #expect(output["failure"]?["Error"] == "States.TaskFailed")
            let cause = try JSONValue(parsing: try #require(output["failure"]?["Cause"]?.stringValue))
            #expect(cause["Status"] == "FAILED")
            #expect(cause["Error"] == "Child.Refused")

            let childArn = try #require(output["started"]?["ExecutionArn"]?.stringValue)
            #expect(output["described"]?["arn"] == .string(childArn))
            #expect(output["described"]?["machine"] == .string(child))
            #expect(try JSONValue(parsing: try #require(output["described"]?["input"]?.stringValue))["n"] == 1)
            _ = try await platform.stepFunctions.wait(for: childArn)
        } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
    }

    @Test("stopping a parent that waits on a .sync child stops the child too")
    func stopParent() async throws {
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: Self.template))
        let platform = try await LocalPlatform.start(
            application: application, locator: BootstrapLocator(folders: []), signingKey: try LocalSigningKey.generate(),
            options: LocalPlatform.Options(templateDirectory: Self.template.deletingLastPathComponent()))
        do {
            let parent = try #require(await platform.stepFunctions.machineArn(named: "WaitingParentMachine"))
            let started = try await platform.stepFunctions.start(stateMachineArn: parent, name: "impatient")
            let childArn = "arn:aws:states:us-east-1:123456789012:execution:mediagen-local-WaitingMachine:lingering"
            var childStatus = ""
            for _ in 0..<100 where childStatus != "RUNNING" {
                childStatus = (try? await platform.stepFunctions.describe(childArn).status) ?? ""
                if childStatus != "RUNNING" { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(childStatus == "RUNNING")
            _ = try await platform.stepFunctions.stop(started.arn, error: "Impatient", cause: "test")
            let child = try await platform.stepFunctions.wait(for: childArn)
            #expect(child.status == .aborted)
            #expect(try await platform.stepFunctions.describe(started.arn).status == "ABORTED")
        } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
    }

    @Test("integration tasks on the platform use the shared credentials and endpoint variables only")
    func platformConfiguration() async throws {
        let configuration = LocalPlatform.integrationConfiguration(
            ["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s", "AWS_ENDPOINT_URL": "http://127.0.0.1:5000",
             "AWS_ENDPOINT_URL_SFN": "http://127.0.0.1:7000", "HOME": "/root"], region: "eu-west-1")
        #expect(configuration.region == "eu-west-1")
        #expect(configuration.environment == ["AWS_ENDPOINT_URL": "http://127.0.0.1:5000", "AWS_ENDPOINT_URL_SFN": "http://127.0.0.1:7000"])
        #expect(try await configuration.credentials.credentials().accessKeyId == "AKID")
        #expect(try configuration.client(for: .stepFunctions, wireProtocol: .awsJson(version: "1.0", targetPrefix: "AWSStepFunctions")).endpoint.url == "http://127.0.0.1:7000")
        #expect(try configuration.client(for: .dynamodb, wireProtocol: .awsJson(version: "1.0", targetPrefix: "DynamoDB_20120810")).endpoint.url == "http://127.0.0.1:5000")
    }

    @Test("the checker accepts the integrations mediagen-local runs and names the ones it does not")
    func checker() throws {
        #expect(ServiceIntegrations.problem(with: "arn:aws:states:::dynamodb:updateItem") == nil)
        #expect(ServiceIntegrations.problem(with: "arn:aws:states:::sqs:sendMessage.waitForTaskToken") == nil)
        #expect(ServiceIntegrations.problem(with: "arn:aws:states:::states:startExecution.sync:2") == nil)
        #expect(ServiceIntegrations.problem(with: "arn:aws:states:::aws-sdk:transcribe:startTranscriptionJob") == nil)
        #expect(ServiceIntegrations.problem(with: "arn:aws:states:::dynamodb:getItem.sync") == "dynamodb:getItem has only the request-response pattern")
        #expect(ServiceIntegrations.problem(with: "arn:aws:states:::mediaconvert:createJob.sync") == nil)
        #expect(ServiceIntegrations.problem(with: "arn:aws:states:::mediaconvert:createJob.waitForTaskToken") == "mediaconvert:createJob has no .waitForTaskToken pattern")
        #expect(ServiceIntegrations.problem(with: "arn:aws:states:::aws-sdk:s3:getObject")?.hasPrefix("aws-sdk:s3 is not a service") == true)
        #expect(ServiceIntegrations.problem(with: "arn:aws:states:::aws-sdk:sfn:startExecution.sync") != nil)
        let callback = try #require(IntegrationResource("arn:aws:states:::aws-sdk:sqs:sendMessage.waitForTaskToken"))
        #expect(callback.isSDK && callback.service == "sqs" && callback.action == "sendMessage" && callback.pattern == .waitForTaskToken)
        let sync2 = try #require(IntegrationResource("arn:aws:states:::states:startExecution.sync:2"))
        #expect(sync2.service == "states" && sync2.action == "startExecution" && sync2.pattern == .sync2 && !sync2.isSDK)
        #expect(IntegrationResource("arn:aws:lambda:us-east-1:123456789012:function:F") == nil)
    }

    @Test("aws-sdk member names follow the model: Step Functions' camelCase members, map keys untouched")
    func memberNames() {
        let names = SDKMemberNames.shared
        #expect(names.toModel(["StateMachineArn": "arn", "Input": "{}", "Name": "n"], service: "sfn", operation: "StartExecution")
                == ["stateMachineArn": "arn", "input": "{}", "name": "n"])
        #expect(names.toPascal(["executionArn": "e", "startDate": 1.5], service: "sfn", operation: "StartExecution")
                == ["ExecutionArn": "e", "StartDate": 1.5])
        // SQS CreateQueue takes `tags` (a map): the member is renamed, the tag keys are not.
        #expect(names.toModel(["QueueName": "q", "Tags": ["team": "media"]], service: "sqs", operation: "CreateQueue")
                == ["QueueName": "q", "tags": ["team": "media"]])
        // DynamoDB members are PascalCase already: attribute names inside Item stay as written.
        let item: JSONValue = ["TableName": "T", "Item": ["id": ["S": "1"], "status": ["S": "x"]]]
        #expect(names.toModel(item, service: "dynamodb", operation: "PutItem") == item)
    }
}
