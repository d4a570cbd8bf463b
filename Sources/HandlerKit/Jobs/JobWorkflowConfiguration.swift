/// What an asynchronous use case's function reads from its environment (set by the template): the Jobs table, the
/// uploads and outputs buckets, its state machine, and how long it polls Transcribe.
public struct JobWorkflowConfiguration: Sendable {
    public var jobsTable: String
    public var uploadsBucket: String
    public var outputsBucket: String
    /// The use case's state machine (only its `POST` route needs it).
    public var stateMachineArn: String?
    /// How many times the workflow polls Transcribe before giving up.
    public var maximumPolls: Int

    public init(_ environment: HandlerEnvironment) throws {
        jobsTable = try environment.require("JOBS_TABLE")
        uploadsBucket = try environment.require("UPLOADS_BUCKET")
        outputsBucket = try environment.require("OUTPUTS_BUCKET")
        stateMachineArn = environment.optional("STATE_MACHINE_ARN")
        maximumPolls = environment.optional("MAX_TRANSCRIBE_POLLS").flatMap(Int.init) ?? 360
    }
}
