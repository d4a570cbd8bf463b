import Foundation
import Testing
@testable import LocalHarness

/// The checks every state machine of the repository gets, and the checker itself on broken machines.
@Suite("State machine checks")
struct StateMachineCheckTests {
    static func application(_ template: URL) throws -> LocalApplication {
        try LocalApplication(template: SAMTemplate.load(contentsOf: template))
    }

    @Test("every StateMachines/*.asl.json of the repository has a state machine in the template and passes every check")
    func repositoryMachines() throws {
        let folder = RepositoryPathsForHarness.template.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("StateMachines")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".asl.json") }.sorted()
        guard !files.isEmpty else { return }  // no workflow has landed yet: nothing to check
        let template = RepositoryPathsForHarness.template
        let application = try Self.application(template)
        let sources = try application.stateMachines(templateDirectory: template.deletingLastPathComponent())
        for file in files {
            let path = folder.appendingPathComponent(file).standardizedFileURL.path
            let source = sources.first { $0.origin == path }
            #expect(source != nil, "\(file) has no AWS::Serverless::StateMachine with DefinitionUri pointing at it")
            if let source { #expect(StateMachineChecker(application: application).problems(in: source) == []) }
        }
    }

    @Test("the fixture machine passes every check")
    func fixture() throws {
        let template = RepositoryPathsForHarness.fixtureTemplate("echo.yaml")
        let application = try Self.application(template)
        let sources = try application.stateMachines(templateDirectory: template.deletingLastPathComponent())
        #expect(sources.map(\.logicalId) == ["EchoMachine"])
        #expect(sources[0].definition.contains("arn:aws:lambda:us-east-1:123456789012:function:EchoFunction"))
        #expect(StateMachineChecker(application: application).problems(in: sources[0]) == [])
    }

    @Test("unknown functions, unsupported integrations and invalid definitions are reported with the state")
    func problems() throws {
        let application = try Self.application(RepositoryPathsForHarness.fixtureTemplate("echo.yaml"))
        let checker = StateMachineChecker(application: application)
        func source(_ definition: String) -> LocalStateMachineSource {
            LocalStateMachineSource(logicalId: "M", name: "M", arn: "arn", definition: definition, origin: "test")
        }
        #expect(checker.problems(in: source(#"""
            {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Ghost", "Next": "B"},
             "B": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "C", "States": {"C": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun", "End": true}}}]}}}
            """#)) == [
            "M/A: Resource names the function Ghost, which the template does not define",
            "M/B/Branches[0]/C: Resource arn:aws:states:::glue:startJobRun is not an integration mediagen-local runs (\(ServiceIntegrations.summary))",
        ])
        #expect(checker.problems(in: source(#"""
            {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "Nobody"}, "End": true}}}
            """#)) == ["M/A: FunctionName Nobody is not a function of the template"])
        #expect(checker.problems(in: source(#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Z"}}}"#))
                == ["M: State 'A', field Next: names 'Z', which is not a state"])
    }
}
