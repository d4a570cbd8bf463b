import Foundation
import LambdaRuntime

/// What a use case's Step Functions task steps share: a step recorded on its job as it runs, and the two steps
/// every workflow ends with — `finishJob` (SUCCEEDED with outputs) and `failJob` (FAILED with the reason a
/// `Catch` caught).
public struct JobSteps: Sendable {
    public let store: any JobStore
    public let now: @Sendable () -> Date

    public init(store: any JobStore, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.now = now
    }

    /// Runs `body` as the step `name` of `jobId`: RUNNING with `progress.start` before, SUCCEEDED with
    /// `progress.end` after (and the detail `body` returns), FAILED if it throws (the error is rethrown for the
    /// workflow's Retry/Catch).
    public func run<Output: Sendable>(
        jobId: String, name: String, progress: (start: Int, end: Int),
        _ body: @Sendable () async throws -> (output: Output, detail: String?)
    ) async throws -> Output {
        let started = JobClock.timestamp(now())
        try await store.recordStep(jobId: jobId, name: name, step: JobStep(status: .running, startedAt: started), progress: progress.start, at: now())
        do {
            let (output, detail) = try await body()
            try await store.recordStep(jobId: jobId, name: name, step: JobStep(status: .succeeded, startedAt: started, finishedAt: JobClock.timestamp(now()), detail: detail),
                                       progress: progress.end, at: now())
            return output
        } catch {
            try? await store.recordStep(jobId: jobId, name: name, step: JobStep(status: .failed, startedAt: started, finishedAt: JobClock.timestamp(now()),
                                        detail: "\(error)"), progress: progress.start, at: now())
            throw error
        }
    }

    /// `{"step": "finishJob", "jobId", "outputs": {name: key}}`.
    public struct FinishInput: Codable, Sendable {
        public var jobId: String
        public var outputs: [String: String]

        public init(jobId: String, outputs: [String: String]) {
            self.jobId = jobId
            self.outputs = outputs
        }
    }

    /// `{"step": "failJob", "jobId", "error": {"Error", "Cause"}}`: what a `Catch` with `ResultPath: "$.error"` leaves.
    public struct FailInput: Codable, Sendable {
        public struct Caught: Codable, Sendable {
            public var Error: String?
            public var Cause: String?
        }

        public var jobId: String
        public var error: Caught?
    }

    /// What `finishJob` and `failJob` answer.
    public struct Finished: Codable, Sendable, Equatable {
        public var jobId: String
        public var status: JobStatus
    }

    /// Registers `finishJob` and `failJob`. Both are idempotent: a retried call on a finished job changes nothing.
    public func registerFinishing<Context: Sendable>(on dispatcher: inout StepDispatcher<Context>) {
        let steps = self
        dispatcher.register("finishJob", input: FinishInput.self) { input, _ in
            try await steps.finish(input)
        }
        dispatcher.register("failJob", input: FailInput.self) { input, _ in
            try await steps.fail(input)
        }
    }

    /// Finishes the job SUCCEEDED with `input.outputs` (a finished job is left as it is).
    public func finish(_ input: FinishInput) async throws -> Finished {
        try await settle(input.jobId, as: .succeeded) { try await store.succeed(jobId: input.jobId, outputs: input.outputs, at: now()) }
    }

    /// Finishes the job FAILED with the caught error (a finished job is left as it is).
    public func fail(_ input: FailInput) async throws -> Finished {
        let failure = Self.failure(input.error)
        return try await settle(input.jobId, as: .failed) { try await store.fail(jobId: input.jobId, failure: failure, at: now()) }
    }

    /// Runs `write`; when the job had already finished (a retried step), answers the status it finished with.
    private func settle(_ jobId: String, as status: JobStatus, _ write: () async throws -> Void) async throws -> Finished {
        do {
            try await write()
        } catch let error as JobStoreError where !error.isAlreadyExists {
            guard let job = try await store.job(id: jobId) else { throw error }
            return Finished(jobId: job.id, status: job.status)
        }
        return Finished(jobId: jobId, status: status)
    }

    /// The job's failure from a caught error: the error name as the code; the message from a Lambda error's
    /// Cause (`{"errorMessage": …}`, without a repeated `<code>: ` prefix), else the Cause itself.
    static func failure(_ caught: FailInput.Caught?) -> JobFailure {
        let code = caught?.Error.flatMap { $0.isEmpty ? nil : $0 } ?? "WorkflowFailed"
        guard let cause = caught?.Cause, !cause.isEmpty else { return JobFailure(code: code, message: "the workflow failed (\(code))") }
        if let object = try? JSONSerialization.jsonObject(with: Data(cause.utf8)) as? [String: Any], let message = object["errorMessage"] as? String {
            // A StepError's message arrives as its description, `<errorType>: <message>`.
            let prefix = "\(code): "
            return JobFailure(code: code, message: message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message)
        }
        return JobFailure(code: code, message: cause)
    }
}
