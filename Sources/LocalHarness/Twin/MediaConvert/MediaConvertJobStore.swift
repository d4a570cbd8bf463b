import Foundation

/// The twin's MediaConvert jobs in submission order, with the client request tokens that make CreateJob idempotent.
actor MediaConvertJobStore {
    struct Job: Sendable {
        var id: String
        /// The CreateJob body as sent (wire members), with the twin's additions to user metadata.
        var request: JSONValue
        var created: Date
        var status: String
        var started: Date?
        var finished: Date?
        var errorCode: Int?
        var errorMessage: String?
        var outputGroupDetails: JSONValue?
        /// A scenario's injected failure: the job ends ERROR with this message.
        var injectedFailure: String?
        /// True once one caller has begun writing its outputs (so it is written once).
        var finishing = false
    }

    private var jobs: [String: Job] = [:]
    private var order: [String] = []
    private var tokens: [String: String] = [:]

    /// Stores `job`, or answers the job already created with the same client request token.
    func insert(_ job: Job, token: String?) -> Job {
        if let token, let existing = tokens[token].flatMap({ jobs[$0] }) { return existing }
        jobs[job.id] = job
        order.append(job.id)
        if let token { tokens[token] = job.id }
        return job
    }

    func job(_ id: String) -> Job? { jobs[id] }

    func update(_ job: Job) { jobs[job.id] = job }

    /// Marks the job as being finished; false when another caller already is.
    func claimFinish(_ id: String) -> Bool {
        guard var job = jobs[id], !job.finishing else { return false }
        job.finishing = true
        jobs[id] = job
        return true
    }

    var count: Int { order.count }

    var all: [Job] { order.compactMap { jobs[$0] } }
}
