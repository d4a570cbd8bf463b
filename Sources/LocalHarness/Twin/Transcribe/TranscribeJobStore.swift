import Foundation

/// The twin's transcription jobs: created QUEUED, IN_PROGRESS after `queuedFor`, then finished once (the
/// transcript written, or FAILED with the reason) after `processingFor`.
actor TranscribeJobStore {
    struct Job {
        var name: String
        var request: JSONValue
        var created: Date
        var languageCode: String?
        var identified: Bool
        var status: String
        var transcriptURI: String?
        var subtitleURIs: [String] = []
        var failureReason: String?
        var completed: Date?
        /// A scenario's injected failure: the job ends FAILED with this reason.
        var injectedFailure: String?
    }

    private var jobs: [String: Job] = [:]
    private var order: [String] = []

    func insert(_ job: Job) -> Bool {
        guard jobs[job.name] == nil else { return false }
        jobs[job.name] = job
        order.append(job.name)
        return true
    }

    func job(_ name: String) -> Job? { jobs[name] }

    func update(_ job: Job) { jobs[job.name] = job }

    func delete(_ name: String) -> Bool { jobs.removeValue(forKey: name) != nil }

    var all: [Job] { order.compactMap { jobs[$0] } }
}
