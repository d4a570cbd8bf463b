import AWSClients
import Foundation
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
