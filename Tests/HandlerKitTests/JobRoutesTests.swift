import AWSClients
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LambdaRuntime
import Testing
import TestSupport
@testable import HandlerKit

@Suite("Jobs routes, starts and uploads", .serialized, .motoServer)
struct JobRoutesTests {
    struct Fixture {
        var store: DynamoDBJobStore
        var s3: S3Client
        var bucket: String
        var router: HTTPRouter<Void>
    }

    static func fixture(now: @escaping @Sendable () -> Date = Date.init) async throws -> Fixture {
        let configuration = Fixtures.configuration(try #require(MotoServer.current).connection)
        let dynamodb = try DynamoDBClient(configuration)
        let store = DynamoDBJobStore(dynamodb: dynamodb, tableName: try await Fixtures.jobsTable(dynamodb))
        let s3 = try S3Client(configuration)
        let bucket = try await Fixtures.bucket(s3)
        var router = HTTPRouter<Void>()
        JobRoutes(store: store, delivery: S3PresignedDelivery(s3: s3, bucket: bucket, now: now), now: now).register(on: &router)
        UploadRoutes(s3: s3, bucket: bucket, policy: UploadPolicy(maximumBytes: 1_000_000), now: now).register(on: &router)
        return Fixture(store: store, s3: s3, bucket: bucket, router: router)
    }

    @Test("GET /jobs/{id} shows the caller's job with steps in order and outputs as working signed URLs; others get 404")
    func show() async throws {
        let fixture = try await Self.fixture()
        let job = JobRecord(id: JobIdentifier.random(), useCase: "Subtitle", owner: "ana", createdAt: Date())
        try await fixture.store.create(job)
        _ = try await fixture.s3.putObject(S3PutObjectInput(bucket: fixture.bucket, key: "outputs/\(job.id)/en.srt", body: Data("1\n00:00:00,000 --> 00:00:01,000\nHi\n".utf8)))
        try await fixture.store.recordStep(jobId: job.id, name: "translate", step: JobStep(status: .running, startedAt: "2026-11-22T08:00:02.000Z"), progress: 50, at: Date())
        try await fixture.store.recordStep(jobId: job.id, name: "transcribe", step: JobStep(status: .succeeded, startedAt: "2026-11-22T08:00:01.000Z"), progress: 50, at: Date())
        try await fixture.store.succeed(jobId: job.id, outputs: ["srt:en": "outputs/\(job.id)/en.srt"], at: Date())

        let answer = await fixture.router.handle(Fixtures.event("GET", "/jobs/\(job.id)", user: "ana"))
        #expect(answer.statusCode == 200)
        let view = try JSONDecoder().decode(JobView.self, from: Data((answer.body ?? "").utf8))
        #expect(view.status == .succeeded && view.progress == 100)
        #expect(view.steps.map(\.name) == ["transcribe", "translate"])
        let text = try #require(view.outputs.first?.url)
        let url = try #require(URL(string: text))
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("Hi"))

        #expect(await fixture.router.handle(Fixtures.event("GET", "/jobs/\(job.id)", user: "ben")).statusCode == 404)
        #expect(await fixture.router.handle(Fixtures.event("GET", "/jobs/not-a-job", user: "ana")).statusCode == 404)
        #expect(await fixture.router.handle(Fixtures.event("GET", "/jobs/\(job.id)")).statusCode == 401)
    }

    @Test("GET /jobs lists the caller's jobs and names a bad filter")
    func list() async throws {
        let fixture = try await Self.fixture()
        try await fixture.store.create(JobRecord(id: JobIdentifier.random(), useCase: "Subtitle", owner: "ana", createdAt: Date()))
        try await fixture.store.create(JobRecord(id: JobIdentifier.random(), useCase: "Dubbing", owner: "ana", createdAt: Date()))
        let all = try Fixtures.json(await fixture.router.handle(Fixtures.event("GET", "/jobs", user: "ana")))
        #expect(all["jobs"]?.arrayValue?.count == 2)
        let dubbing = try Fixtures.json(await fixture.router.handle(Fixtures.event("GET", "/jobs", query: "useCase=Dubbing&status=queued", user: "ana")))
        #expect(dubbing["jobs"]?.arrayValue?.map { $0["useCase"] } == ["Dubbing"])
        let bad = await fixture.router.handle(Fixtures.event("GET", "/jobs", query: "status=DONE", user: "ana"))
        #expect(bad.statusCode == 400)
        #expect(try Fixtures.json(bad)["error"]?["message"]?.stringValue?.hasPrefix("status must be one of") == true)
        #expect(await fixture.router.handle(Fixtures.event("GET", "/jobs", query: "limit=0", user: "ana")).statusCode == 400)
    }

    @Test("a start with an Idempotency-Key makes one job and one workflow run however often it is retried")
    func idempotentStart() async throws {
        let fixture = try await Self.fixture()
        let workflow = RecordingWorkflow()
        let starter = JobStarter(useCase: "Subtitle", store: fixture.store, workflow: workflow)
        let request = ["source": "uploads/ana/clip.mp4"]
        let first = try await starter.start(caller: Caller(id: "ana"), request: request, idempotencyKey: "k-1")
        let again = try await starter.start(caller: Caller(id: "ana"), request: request, idempotencyKey: "k-1")
        #expect(first.created && !again.created)
        #expect(first.job.id == again.job.id)
        #expect(workflow.started.count == 1)
        #expect(workflow.started.first?.name == first.job.id)
        let input = try JSONValue(parsing: Data(try #require(workflow.started.first?.input).utf8))
        #expect(input["jobId"]?.stringValue == first.job.id && input["request"]?["source"] == "uploads/ana/clip.mp4")
        #expect(first.job.executionArn?.hasSuffix(first.job.id) == true)
        let other = try await starter.start(caller: Caller(id: "ben"), request: request, idempotencyKey: "k-1")
        #expect(other.job.id != first.job.id, "another caller's key is another job")
        #expect(workflow.started.count == 2)
    }

    @Test("a workflow that cannot start leaves the job FAILED with the reason, not QUEUED")
    func failedStart() async throws {
        struct Refused: Error, CustomStringConvertible { var description: String { "StateMachineDoesNotExist" } }
        let fixture = try await Self.fixture()
        let starter = JobStarter(useCase: "Subtitle", store: fixture.store, workflow: RecordingWorkflow(failure: Refused()))
        await #expect(throws: Refused.self) {
            _ = try await starter.start(caller: Caller(id: "ana"), request: ["source": "x"], idempotencyKey: "k-2")
        }
        let id = JobIdentifier.idempotent(owner: "ana", useCase: "Subtitle", key: "k-2")
        let job = try #require(try await fixture.store.job(id: id))
        #expect(job.status == .failed && job.error?.code == "WorkflowStartFailed")
    }

    @Test("POST /uploads answers a presigned PUT that S3 accepts with the signed Content-Type, under the caller's prefix")
    func upload() async throws {
        let fixture = try await Self.fixture()
        let answer = await fixture.router.handle(Fixtures.event("POST", "/uploads", body: #"{"fileName":"My Clip (final).mp4","contentType":"video/mp4","size":1024}"#, user: "ana"))
        #expect(answer.statusCode == 201)
        let upload = try JSONDecoder().decode(UploadRoutes.Answer.self, from: Data((answer.body ?? "").utf8))
        #expect(upload.key.hasPrefix("uploads/ana/") && upload.key.hasSuffix("/My_Clip__final_.mp4"))
        var put = URLRequest(url: try #require(URL(string: upload.uploadUrl)))
        put.httpMethod = "PUT"
        put.setValue("video/mp4", forHTTPHeaderField: "Content-Type")
        put.httpBody = Data(count: 1024)
        let (_, response) = try await URLSession.shared.data(for: put)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(try await fixture.s3.getObject(bucket: fixture.bucket, key: upload.key).body.count == 1024)
    }

    @Test("POST /uploads refuses what it cannot take, naming the field", arguments: [
        (#"{"contentType":"video/mp4","size":1}"#, 400, "fileName"),
        (#"{"fileName":"a.mp4","size":1}"#, 400, "contentType"),
        (#"{"fileName":"a.exe","contentType":"application/x-msdownload","size":1}"#, 415, "contentType"),
        (#"{"fileName":"a.mp4","contentType":"video/mp4"}"#, 400, "size"),
        (#"{"fileName":"a.mp4","contentType":"video/mp4","size":0}"#, 400, "size"),
        (#"{"fileName":"a.mp4","contentType":"video/mp4","size":2000000}"#, 413, "size"),
        (#"{"fileName":"a.mp4","contentType":"video/mp4","size":"big"}"#, 400, "size"),
    ])
    func uploadRefusals(body: String, status: Int, field: String) async throws {
        let fixture = try await Self.fixture()
        let answer = await fixture.router.handle(Fixtures.event("POST", "/uploads", body: body, user: "ana"))
        #expect(answer.statusCode == status)
        #expect(try Fixtures.json(answer)["error"]?["message"]?.stringValue?.contains(field) == true)
    }
}
