import AWSClients
import Foundation
import LambdaRuntime
import Testing
import TestSupport
@testable import HandlerKit

@Suite("Jobs table (DynamoDB in moto)", .serialized, .motoServer)
struct JobStoreTests {
    static func store() async throws -> DynamoDBJobStore {
        let dynamodb = try DynamoDBClient(Fixtures.configuration(try #require(MotoServer.current).connection))
        return DynamoDBJobStore(dynamodb: dynamodb, tableName: try await Fixtures.jobsTable(dynamodb))
    }

    @Test("a job is created once, moves through steps to SUCCEEDED with outputs, and then never changes again")
    func lifecycle() async throws {
        let store = try await Self.store()
        let start = Date(timeIntervalSince1970: 1_795_334_400)
        let job = JobRecord(id: JobIdentifier.random(), useCase: "Subtitle", owner: "user-1", createdAt: start, request: #"{"source":"a.mp4"}"#)
        try await store.create(job)
        await #expect(throws: JobStoreError.alreadyExists(job.id)) { try await store.create(job) }
        #expect(try await store.job(id: job.id) == job)
        try await store.recordStep(jobId: job.id, name: "transcribe", step: JobStep(status: .running, startedAt: JobClock.timestamp(start)), progress: 20,
                                   at: start.addingTimeInterval(1))
        try await store.recordStep(jobId: job.id, name: "transcribe", step: JobStep(status: .succeeded, startedAt: JobClock.timestamp(start),
                                   finishedAt: JobClock.timestamp(start.addingTimeInterval(5))), progress: 60, at: start.addingTimeInterval(5))
        let running = try #require(try await store.job(id: job.id))
        #expect(running.status == .running && running.progress == 60)
        #expect(running.steps["transcribe"]?.status == .succeeded)
        try await store.succeed(jobId: job.id, outputs: ["srt:en": "outputs/\(job.id)/en.srt"], at: start.addingTimeInterval(9))
        let done = try #require(try await store.job(id: job.id))
        #expect(done.status == .succeeded && done.progress == 100 && done.outputs == ["srt:en": "outputs/\(job.id)/en.srt"])
        #expect(done.updatedAt == JobClock.timestamp(start.addingTimeInterval(9)))
        await #expect(throws: JobStoreError.notFoundOrFinished(job.id)) {
            try await store.fail(jobId: job.id, failure: JobFailure(code: "Late", message: "too late"), at: start.addingTimeInterval(10))
        }
        await #expect(throws: JobStoreError.notFoundOrFinished("job-missing")) {
            try await store.succeed(jobId: "job-missing", outputs: [:], at: start)
        }
    }

    @Test("a failed job keeps its reason")
    func failure() async throws {
        let store = try await Self.store()
        let job = JobRecord(id: JobIdentifier.random(), useCase: "Dubbing", owner: "user-1", createdAt: Date())
        try await store.create(job)
        try await store.fail(jobId: job.id, failure: JobFailure(code: "TranscriptionFailed", message: "The media file is corrupt."), at: Date())
        let failed = try #require(try await store.job(id: job.id))
        #expect(failed.status == .failed)
        #expect(failed.error == JobFailure(code: "TranscriptionFailed", message: "The media file is corrupt."))
    }

    @Test("an owner's jobs are listed newest first, filtered by use case and status, never another owner's")
    func listing() async throws {
        let store = try await Self.store()
        let base = Date(timeIntervalSince1970: 1_795_334_400)
        var ids: [String] = []
        for (index, useCase) in ["Subtitle", "Dubbing", "Subtitle", "Subtitle"].enumerated() {
            let job = JobRecord(id: JobIdentifier.random(), useCase: useCase, owner: "ana", createdAt: base.addingTimeInterval(Double(index)))
            try await store.create(job)
            ids.append(job.id)
        }
        try await store.create(JobRecord(id: JobIdentifier.random(), useCase: "Subtitle", owner: "ben", createdAt: base))
        try await store.fail(jobId: ids[2], failure: JobFailure(code: "X", message: "x"), at: base)
        #expect(try await store.jobs(owner: "ana", useCase: nil, status: nil, limit: 50).map(\.id) == ids.reversed())
        #expect(try await store.jobs(owner: "ana", useCase: "Subtitle", status: nil, limit: 50).map(\.id) == [ids[3], ids[2], ids[0]])
        #expect(try await store.jobs(owner: "ana", useCase: "Subtitle", status: .queued, limit: 50).map(\.id) == [ids[3], ids[0]])
        #expect(try await store.jobs(owner: "ana", useCase: nil, status: nil, limit: 2).map(\.id) == [ids[3], ids[2]])
        #expect(try await store.jobs(owner: "ben", useCase: nil, status: nil, limit: 50).count == 1)
    }
}

@Suite("Job steps (DynamoDB in moto)", .serialized, .motoServer)
struct JobStepsTests {
    @Test("a step is recorded RUNNING then SUCCEEDED with its detail, or FAILED with the error it rethrows")
    func steps() async throws {
        let store = try await JobStoreTests.store()
        let job = JobRecord(id: JobIdentifier.random(), useCase: "Subtitle", owner: "ana", createdAt: Date())
        try await store.create(job)
        let steps = JobSteps(store: store)
        let count = try await steps.run(jobId: job.id, name: "segment", progress: (start: 40, end: 60)) { (output: 12, detail: "12 cues") }
        #expect(count == 12)
        var stored = try #require(try await store.job(id: job.id))
        #expect(stored.steps["segment"]?.status == .succeeded && stored.steps["segment"]?.detail == "12 cues" && stored.progress == 60)
        await #expect(throws: StepError.self) {
            _ = try await steps.run(jobId: job.id, name: "translate", progress: (start: 60, end: 80)) { () async throws -> (output: Int, detail: String?) in
                throw StepError(errorType: "TranslationFailed", message: "no such language")
            }
        }
        stored = try #require(try await store.job(id: job.id))
        #expect(stored.steps["translate"]?.status == .failed && stored.steps["translate"]?.detail?.contains("no such language") == true)
        #expect(stored.status == .running)
    }

    @Test("failJob turns a Catch's Error and Lambda Cause into the job's failure; finishing twice changes nothing")
    func finishing() async throws {
        let store = try await JobStoreTests.store()
        var dispatcher = StepDispatcher<Void>()
        JobSteps(store: store).registerFinishing(on: &dispatcher)
        let failing = JobRecord(id: JobIdentifier.random(), useCase: "Subtitle", owner: "ana", createdAt: Date())
        try await store.create(failing)
        let cause = #"{"errorMessage":"The media file is corrupt.","errorType":"TranscriptionFailed"}"#
        let payload = try JSONEncoder().encode(["step": "failJob", "jobId": failing.id]).patched(error: ["Error": "TranscriptionFailed", "Cause": cause])
        _ = try await dispatcher.dispatch(payload)
        _ = try await dispatcher.dispatch(payload)
        let failed = try #require(try await store.job(id: failing.id))
        #expect(failed.status == .failed && failed.error == JobFailure(code: "TranscriptionFailed", message: "The media file is corrupt."))

        let succeeding = JobRecord(id: JobIdentifier.random(), useCase: "Subtitle", owner: "ana", createdAt: Date())
        try await store.create(succeeding)
        let finish = Data(#"{"step":"finishJob","jobId":"\#(succeeding.id)","outputs":{"srt:en":"outputs/x/en.srt"}}"#.utf8)
        _ = try await dispatcher.dispatch(finish)
        let answer = try JSONDecoder().decode(JobSteps.Finished.self, from: try await dispatcher.dispatch(finish))
        #expect(answer.status == .succeeded)
        #expect(try await store.job(id: succeeding.id)?.outputs == ["srt:en": "outputs/x/en.srt"])
        #expect(JobSteps.failure(.init(Error: "States.Timeout", Cause: nil)) == JobFailure(code: "States.Timeout", message: "the workflow failed (States.Timeout)"))
        #expect(JobSteps.failure(.init(Error: "NoSpeech", Cause: #"{"errorMessage":"NoSpeech: the media has no speech"}"#)) == JobFailure(code: "NoSpeech", message: "the media has no speech"))
    }
}

extension Data {
    /// This JSON object with an `error` member added.
    func patched(error: [String: String]) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: self) as! [String: Any]
        object["error"] = error
        return try JSONSerialization.data(withJSONObject: object)
    }
}
