import Foundation

/// One job of an asynchronous use case, as the Jobs table stores it: who asked for what, where its workflow is,
/// what it produced (S3 keys, signed on the way out) and why it failed.
public struct JobRecord: Codable, Sendable, Equatable {
    public var id: String
    /// The use case's name (`Subtitle`, `Dubbing`, …).
    public var useCase: String
    /// The caller's identity (the JWT's `sub`).
    public var owner: String
    public var status: JobStatus
    /// ISO 8601, UTC, millisecond precision: also the `byOwner` index's sort key.
    public var createdAt: String
    public var updatedAt: String
    /// 0–100.
    public var progress: Int
    /// The workflow's steps by name.
    public var steps: [String: JobStep]
    /// What the job produced: output name → S3 key in the outputs bucket.
    public var outputs: [String: String]
    public var error: JobFailure?
    /// The request that started the job, as JSON text.
    public var request: String
    /// The Step Functions execution running it, once started.
    public var executionArn: String?
    /// When DynamoDB may delete the record (epoch seconds, the table's TTL attribute).
    public var expiresAt: Int

    public init(
        id: String, useCase: String, owner: String, status: JobStatus = .queued, createdAt: Date, progress: Int = 0,
        steps: [String: JobStep] = [:], outputs: [String: String] = [:], error: JobFailure? = nil, request: String = "{}",
        executionArn: String? = nil, retention: TimeInterval = 30 * 24 * 3600
    ) {
        self.id = id
        self.useCase = useCase
        self.owner = owner
        self.status = status
        self.createdAt = JobClock.timestamp(createdAt)
        self.updatedAt = self.createdAt
        self.progress = progress
        self.steps = steps
        self.outputs = outputs
        self.error = error
        self.request = request
        self.executionArn = executionArn
        expiresAt = Int(createdAt.timeIntervalSince1970 + retention)
    }
}

/// One step of a job's workflow.
public struct JobStep: Codable, Sendable, Equatable {
    public var status: JobStatus
    public var startedAt: String
    public var finishedAt: String?
    /// A short human-readable note (`"3 of 5 languages"`).
    public var detail: String?

    public init(status: JobStatus, startedAt: String, finishedAt: String? = nil, detail: String? = nil) {
        self.status = status
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.detail = detail
    }
}

/// Why a job failed: a stable code and a message for people.
public struct JobFailure: Codable, Sendable, Equatable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

/// Timestamps as the Jobs table stores them.
public enum JobClock {
    /// `2026-11-22T08:15:00.123Z`: sorts as text in time order.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
