import AWSClients
import AWSCore
import Foundation

/// Starts a workflow run (a Step Functions execution named after the job, so a retry cannot start a second one).
public protocol WorkflowStarter: Sendable {
    /// Starts the run named `name` with `input`; returns its ARN. Starting the same name with the same input
    /// again answers the first run's ARN.
    func start(name: String, input: String) async throws -> String
}

/// ``WorkflowStarter`` on a Step Functions state machine.
public struct StepFunctionsWorkflow: WorkflowStarter {
    public let client: StepFunctionsClient
    public let stateMachineArn: String

    public init(client: StepFunctionsClient, stateMachineArn: String) {
        self.client = client
        self.stateMachineArn = stateMachineArn
    }

    public func start(name: String, input: String) async throws -> String {
        try await client.startExecution(StartExecutionInput(stateMachineArn: stateMachineArn, name: name, input: input)).executionArn
    }
}

/// `POST /<use-case>`: records the job, starts its workflow with `{"jobId", "owner", "request"}`, and answers
/// 202 `{jobId}`. The same `Idempotency-Key` from the same caller gives the same job, never a second workflow.
public struct JobStarter: Sendable {
    public let useCase: String
    public let store: any JobStore
    public let workflow: any WorkflowStarter
    public let now: @Sendable () -> Date

    public init(useCase: String, store: any JobStore, workflow: any WorkflowStarter, now: @escaping @Sendable () -> Date = Date.init) {
        self.useCase = useCase
        self.store = store
        self.workflow = workflow
        self.now = now
    }

    /// What a start answered: the job, and whether this call created it.
    public struct Started: Sendable {
        public var job: JobRecord
        public var created: Bool
    }

    /// Creates (or finds again) the job for `request` and makes sure its workflow runs.
    public func start(caller: Caller, request: some Encodable, idempotencyKey: String?) async throws -> Started {
        let id = idempotencyKey.map { JobIdentifier.idempotent(owner: caller.id, useCase: useCase, key: $0) } ?? JobIdentifier.random()
        let requestJSON = String(decoding: try JSONEncoder.sortedKeys.encode(request), as: UTF8.self)
        let job = JobRecord(id: id, useCase: useCase, owner: caller.id, createdAt: now(), request: requestJSON)
        do {
            try await store.create(job)
        } catch let error as JobStoreError where error.isAlreadyExists {
            guard let existing = try await store.job(id: id) else { throw error }
            // A retry: the workflow was started by the first call, or that call died before starting it.
            if existing.executionArn == nil && existing.status == .queued { try await launch(existing) }
            return Started(job: try await store.job(id: id) ?? existing, created: false)
        }
        try await launch(job)
        return Started(job: try await store.job(id: id) ?? job, created: true)
    }

    /// Starts the workflow; a job whose workflow cannot start is marked FAILED, not left QUEUED.
    private func launch(_ job: JobRecord) async throws {
        let input = "{\"jobId\":\(Self.quoted(job.id)),\"owner\":\(Self.quoted(job.owner)),\"request\":\(job.request)}"
        do {
            let arn = try await workflow.start(name: job.id, input: input)
            try await store.recordExecution(jobId: job.id, executionArn: arn, at: now())
        } catch {
            try? await store.fail(jobId: job.id, failure: JobFailure(code: "WorkflowStartFailed", message: "the workflow could not be started: \(error)"), at: now())
            throw error
        }
    }

    private static func quoted(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}

extension JSONEncoder {
    /// Keys sorted, so the same request always serialises the same way.
    static var sortedKeys: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
