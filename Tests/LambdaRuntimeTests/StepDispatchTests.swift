import Foundation
import Testing
@testable import LambdaRuntime

@Suite("Step Functions task dispatch")
struct StepDispatchTests {
    struct TranscribeInput: Codable, Sendable { var jobId: String; var mediaKey: String }
    struct TranscribeOutput: Codable, Sendable, Equatable { var jobId: String; var transcriptionJob: String }
    struct PublishInput: Codable, Sendable { var jobId: String; var languages: [String] }
    struct PublishOutput: Codable, Sendable, Equatable { var published: Int }

    static func dispatcher() -> StepDispatcher<Void> {
        var dispatcher = StepDispatcher<Void>()
        dispatcher.register("transcribe") { (input: TranscribeInput) in
            TranscribeOutput(jobId: input.jobId, transcriptionJob: "tx-\(input.jobId)")
        }
        dispatcher.register("publish") { (input: PublishInput) -> PublishOutput in
            guard !input.languages.isEmpty else {
                throw StepError(errorType: "NothingToPublish", message: "no languages")
            }
            return PublishOutput(published: input.languages.count)
        }
        return dispatcher
    }

    @Test("the input's step field picks the step, which gets the whole input decoded as its type")
    func dispatches() async throws {
        let output = try await Self.dispatcher().dispatch(Data(#"{"step":"transcribe","jobId":"j1","mediaKey":"in/a.mp4"}"#.utf8))
        #expect(String(decoding: output, as: UTF8.self) == #"{"jobId":"j1","transcriptionJob":"tx-j1"}"#)
        let published = try await Self.dispatcher().dispatch(Data(#"{"step":"publish","jobId":"j1","languages":["fr","de"]}"#.utf8))
        #expect(try JSONDecoder().decode(PublishOutput.self, from: published) == PublishOutput(published: 2))
    }

    @Test("an unknown step is an UnknownStep error naming it and listing the known steps")
    func unknownStep() async {
        let error = await #expect(throws: StepDispatchError.self) {
            try await Self.dispatcher().dispatch(Data(#"{"step":"render","jobId":"j1"}"#.utf8))
        }
        #expect(error?.errorType == "UnknownStep")
        #expect(error?.step == "render")
        #expect(error?.knownSteps == ["publish", "transcribe"])
        #expect(error?.description == "unknown step 'render'; known steps: publish, transcribe")
    }

    @Test("an input without a step field is a MissingStep error")
    func missingStep() async {
        let error = await #expect(throws: StepDispatchError.self) {
            try await Self.dispatcher().dispatch(Data(#"{"jobId":"j1"}"#.utf8))
        }
        #expect(error?.errorType == "MissingStep")
        #expect(error?.knownSteps == ["publish", "transcribe"])
    }

    @Test("an input that does not fit the step's type is an InvalidStepInput error naming the field")
    func invalidInput() async {
        let error = await #expect(throws: StepDispatchError.self) {
            try await Self.dispatcher().dispatch(Data(#"{"step":"transcribe","jobId":"j1"}"#.utf8))
        }
        #expect(error?.errorType == "InvalidStepInput")
        #expect(error?.description == "invalid input for step 'transcribe': missing required field 'mediaKey'")
        let wrongType = await #expect(throws: StepDispatchError.self) {
            try await Self.dispatcher().dispatch(Data(#"{"step":"publish","jobId":"j1","languages":"fr"}"#.utf8))
        }
        #expect(wrongType?.description == "invalid input for step 'publish': field 'languages' has the wrong type (expected array)")
    }

    @Test("a StepError thrown by a step reaches the caller with its errorType for ASL Retry and Catch")
    func stepErrorPropagates() async {
        let error = await #expect(throws: StepError.self) {
            try await Self.dispatcher().dispatch(Data(#"{"step":"publish","jobId":"j1","languages":[]}"#.utf8))
        }
        #expect(error == StepError(errorType: "NothingToPublish", message: "no languages"))
        #expect((error as (any ErrorTypeProviding)?)?.errorType == "NothingToPublish")
    }

    @Test("steps receive the context the caller passes")
    func passesContext() async throws {
        var dispatcher = StepDispatcher<String>()
        dispatcher.register("whoami") { (_: [String: String], context: String) in ["requestId": context] }
        #expect(dispatcher.stepNames == ["whoami"])
        let output = try await dispatcher.dispatch(Data(#"{"step":"whoami"}"#.utf8), context: "req-7")
        #expect(String(decoding: output, as: UTF8.self) == #"{"requestId":"req-7"}"#)
    }
}

@Suite("Step errors reported to Lambda")
struct StepErrorReportTests {
    @Test("a step error is reported with its stable errorType, which ASL Retry/Catch match")
    func stepErrorType() {
        let report = LambdaErrorReport(StepError(errorType: "TranscriptionFailed", message: "no audio track"))
        #expect(report.errorType == "TranscriptionFailed")
        #expect(report.errorMessage.contains("no audio track"))
    }

    @Test("any other error is reported with its type's name")
    func otherErrorType() {
        struct DiskFull: Error {}
        #expect(LambdaErrorReport(DiskFull()).errorType == "DiskFull")
    }
}
