import Foundation

/// The twin's speech synthesis tasks: `scheduled`, `inProgress` after `scheduledFor`, then finished once (the
/// output written to S3, or `failed` with the reason) after `processingFor`.
actor PollyTaskStore {
    struct Entry: Sendable {
        var id: String
        var synthesis: PollySynthesis
        var request: JSONValue
        var created: Date
        var status: String
        var reason: String?
        var bucket: String
        var key: String
        var outputURI: String
        /// A scenario's injected failure: the task ends `failed` with this reason.
        var injectedFailure: String?
    }

    private var tasks: [String: Entry] = [:]
    private var order: [String] = []

    func insert(_ task: Entry) {
        tasks[task.id] = task
        order.append(task.id)
    }

    func task(_ id: String) -> Entry? { tasks[id] }

    func update(_ task: Entry) { tasks[task.id] = task }

    /// Newest first.
    var all: [Entry] { order.reversed().compactMap { tasks[$0] } }
}
