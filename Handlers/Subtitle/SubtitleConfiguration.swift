import HandlerKit

/// What the Subtitle function reads from its environment (set by the template).
struct SubtitleConfiguration: Sendable {
    var jobsTable: String
    var uploadsBucket: String
    var outputsBucket: String
    /// The Subtitle state machine (only `POST /subtitles` needs it).
    var stateMachineArn: String?
    /// How many times the workflow polls Transcribe before giving up.
    var maximumPolls: Int

    init(_ environment: HandlerEnvironment) throws {
        jobsTable = try environment.require("JOBS_TABLE")
        uploadsBucket = try environment.require("UPLOADS_BUCKET")
        outputsBucket = try environment.require("OUTPUTS_BUCKET")
        stateMachineArn = environment.optional("STATE_MACHINE_ARN")
        maximumPolls = environment.optional("MAX_TRANSCRIBE_POLLS").flatMap(Int.init) ?? 360
    }
}
