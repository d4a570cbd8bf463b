import Foundation
import HandlerKit

/// What the Dubbing function reads from its environment (set by the template).
struct DubbingConfiguration: Sendable {
    /// The Jobs table, buckets, state machine and Transcribe polls.
    var workflow: JobWorkflowConfiguration
    /// The Polly engine voices are cast from (`neural` by default).
    var engine: String
    /// The fastest speaking rate a cue may be raised to (1.6 = 160 %).
    var maximumRate: Double
    /// Cues one `synthesize` step voices (the state machine loops over batches).
    var cuesPerBatch: Int
    /// Polly calls one step makes at once.
    var concurrency: Int

    var uploadsBucket: String { workflow.uploadsBucket }
    var outputsBucket: String { workflow.outputsBucket }

    init(_ environment: HandlerEnvironment) throws {
        workflow = try JobWorkflowConfiguration(environment)
        engine = environment.optional("POLLY_ENGINE") ?? "neural"
        maximumRate = environment.optional("DUB_MAXIMUM_RATE").flatMap(Double.init).map { min(max($0, 1), 2) } ?? 1.6
        cuesPerBatch = environment.optional("DUB_CUES_PER_BATCH").flatMap(Int.init).map { max($0, 1) } ?? 40
        concurrency = environment.optional("DUB_POLLY_CONCURRENCY").flatMap(Int.init).map { max($0, 1) } ?? 4
    }
}
