import Foundation

/// The stored-video jobs: created IN_PROGRESS, finished once (results computed, or FAILED with the reason) when
/// first looked at after `processingFor`; a `ClientRequestToken` maps to the job it started.
actor RekognitionVideoJobs {
    /// A kind of video analysis: the Start/Get pair, the response list member and the model version member.
    struct Kind: Sendable, Equatable {
        var name: String
        var listKey: String
        var versionKey: String?

        static let segments = Kind(name: "SegmentDetection", listKey: "Segments", versionKey: nil)
        static let labels = Kind(name: "LabelDetection", listKey: "Labels", versionKey: "LabelModelVersion")
        static let moderation = Kind(name: "ContentModeration", listKey: "ModerationLabels", versionKey: "ModerationModelVersion")
        static let faces = Kind(name: "FaceDetection", listKey: "Faces", versionKey: nil)
        static let celebrities = Kind(name: "CelebrityRecognition", listKey: "Celebrities", versionKey: nil)
        static let all: [Kind] = [.segments, .labels, .moderation, .faces, .celebrities]
    }

    struct Job: Sendable {
        var id: String
        var kind: Kind
        var request: JSONValue
        var created: Date
        var status = "IN_PROGRESS"
        var statusMessage: String?
        var detections: [JSONValue] = []
        var videoMetadata: JSONValue?
        var audioMetadata: JSONValue?
        /// A scenario's injected failure: the job ends FAILED with this message.
        var injectedFailure: String?
    }

    private var jobs: [String: Job] = [:]
    private var tokens: [String: String] = [:]

    /// Stores `job`, or returns the job an earlier start with the same kind and token created (nil when that start
    /// had other parameters: IdempotentParameterMismatchException).
    func start(_ job: Job, token: String?) -> Result<Job, RekognitionError> {
        if let token {
            let key = "\(job.kind.name)/\(token)"
            if let id = tokens[key], let existing = jobs[id] {
                return existing.request.isEqualInValue(to: job.request) ? .success(existing) : .failure(.idempotencyMismatch)
            }
            tokens[key] = job.id
        }
        jobs[job.id] = job
        return .success(job)
    }

    func job(_ id: String) -> Job? { jobs[id] }

    func update(_ job: Job) { jobs[job.id] = job }
}
