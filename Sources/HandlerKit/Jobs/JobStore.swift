import Foundation

/// Where jobs live (the Jobs table; a test may use its own).
public protocol JobStore: Sendable {
    /// Stores a new job; ``JobStoreError/alreadyExists`` when its id is taken (an idempotent retry).
    func create(_ job: JobRecord) async throws
    /// The job, or nil.
    func job(id: String) async throws -> JobRecord?
    /// The owner's jobs, newest first, optionally of one use case and status; at most `limit`.
    func jobs(owner: String, useCase: String?, status: JobStatus?, limit: Int) async throws -> [JobRecord]
    /// Records a step's state and the job's progress; the job becomes RUNNING. Fails for a finished job.
    func recordStep(jobId: String, name: String, step: JobStep, progress: Int, at date: Date) async throws
    /// Records the execution running the job.
    func recordExecution(jobId: String, executionArn: String, at date: Date) async throws
    /// Finishes the job SUCCEEDED with its outputs. Fails for a finished job.
    func succeed(jobId: String, outputs: [String: String], at date: Date) async throws
    /// Finishes the job FAILED with the reason. Fails for a finished job.
    func fail(jobId: String, failure: JobFailure, at date: Date) async throws
}

/// Why a job store refused a change.
public struct JobStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Sendable, Equatable { case alreadyExists, notFoundOrFinished }
    private let code: Code
    public let jobId: String

    /// The id is already a job's.
    public static func alreadyExists(_ jobId: String) -> JobStoreError { JobStoreError(code: .alreadyExists, jobId: jobId) }
    /// No such job, or it has already finished.
    public static func notFoundOrFinished(_ jobId: String) -> JobStoreError { JobStoreError(code: .notFoundOrFinished, jobId: jobId) }

    public var isAlreadyExists: Bool { code == .alreadyExists }

    public var description: String {
        switch code {
        case .alreadyExists: "job \(jobId) already exists"
        case .notFoundOrFinished: "job \(jobId) does not exist or has already finished"
        }
    }
}
