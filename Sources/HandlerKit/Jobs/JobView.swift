import Foundation

/// A job as `GET /jobs/{id}` shows it: outputs as signed URLs, steps in the order they started.
public struct JobView: Codable, Sendable, Equatable {
    public struct Step: Codable, Sendable, Equatable {
        public var name: String
        public var status: JobStatus
        public var startedAt: String
        public var finishedAt: String?
        public var detail: String?
    }

    public struct Output: Codable, Sendable, Equatable {
        public var name: String
        public var key: String
        public var url: String
    }

    public var jobId: String
    public var useCase: String
    public var status: JobStatus
    public var progress: Int
    public var createdAt: String
    public var updatedAt: String
    public var steps: [Step]
    public var outputs: [Output]
    public var error: JobFailure?
    /// When the output URLs stop working.
    public var outputsExpireAt: String?

    /// The view of `job`, its outputs signed by `delivery` until `expires`.
    public init(_ job: JobRecord, delivery: any OutputDelivery, expires: Date) async throws {
        jobId = job.id
        useCase = job.useCase
        status = job.status
        progress = job.progress
        createdAt = job.createdAt
        updatedAt = job.updatedAt
        steps = job.steps.map { Step(name: $0.key, status: $0.value.status, startedAt: $0.value.startedAt, finishedAt: $0.value.finishedAt, detail: $0.value.detail) }
            .sorted { ($0.startedAt, $0.name) < ($1.startedAt, $1.name) }
        var outputs: [Output] = []
        for (name, key) in job.outputs.sorted(by: { $0.key < $1.key }) {
            outputs.append(Output(name: name, key: key, url: try await delivery.url(forKey: key, expires: expires)))
        }
        self.outputs = outputs
        error = job.error
        outputsExpireAt = outputs.isEmpty ? nil : JobClock.timestamp(expires)
    }
}

/// A row of `GET /jobs`.
public struct JobSummary: Codable, Sendable, Equatable {
    public var jobId: String
    public var useCase: String
    public var status: JobStatus
    public var progress: Int
    public var createdAt: String
    public var updatedAt: String

    public init(_ job: JobRecord) {
        jobId = job.id
        useCase = job.useCase
        status = job.status
        progress = job.progress
        createdAt = job.createdAt
        updatedAt = job.updatedAt
    }
}
