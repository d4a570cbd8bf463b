/// Where a job is in its life: created, running its workflow, or finished one way or the other.
public enum JobStatus: String, Codable, Sendable, CaseIterable {
    case queued = "QUEUED"
    case running = "RUNNING"
    case succeeded = "SUCCEEDED"
    case failed = "FAILED"

    /// Whether the job can still change.
    public var isFinished: Bool { self == .succeeded || self == .failed }
}
