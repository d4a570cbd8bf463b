import HandlerKit
import JSONValues

/// The state the Dubbing workflow's steps pass on (small: cues, clips and audio stay in S3).
struct DubbingState: Codable, Sendable, TranscriptionState {
    var jobId: String
    var request: DubbingRequest
    var polls: Int?
    var transcriptionStatus: String?
    /// The media's language once known (Translate's code after segmentation).
    var sourceLanguage: String?
    /// The target language of a Map iteration.
    var language: String?
    /// The next cue the `synthesize` loop voices, how many there are, and whether all are voiced.
    var cursor: Int?
    var cueCount: Int?
    var done: Bool?
    /// Speaker label → Polly voice id for `language`.
    var voices: [String: String]?
    /// Output name → S3 key.
    var outputs: [String: String]?
    /// A MediaConvert job the next state starts with `mediaconvert:createJob.sync`.
    var render: RenderJob?

    var mediaSource: String { request.source }
    var requestedLanguage: String { request.sourceLanguage }
}

/// What a `mediaconvert:createJob.sync` task state sends: the job settings and an idempotency token.
struct RenderJob: Codable, Sendable {
    var settings: JSONValue
    var token: String
}
