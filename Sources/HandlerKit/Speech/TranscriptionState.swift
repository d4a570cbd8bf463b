import Foundation

/// The state a workflow that starts from media passes through its Transcribe steps (`startTranscription`, then
/// `checkTranscription` in a Wait + Choice loop on `transcriptionStatus`).
public protocol TranscriptionState: Sendable {
    var jobId: String { get }
    /// The media's key in the uploads bucket.
    var mediaSource: String { get }
    /// A Transcribe language code, or `auto`.
    var requestedLanguage: String { get }
    var polls: Int? { get set }
    var transcriptionStatus: String? { get set }
    /// The media's language once known.
    var sourceLanguage: String? { get set }
}

extension TranscriptionSteps {
    /// `startTranscription`: the job named after the job id (a retry finds it started, never a second one).
    public func start<State: TranscriptionState>(_ state: State) async throws -> State {
        try await start(jobId: state.jobId, source: state.mediaSource, language: state.requestedLanguage)
        var next = state
        next.polls = 0
        next.transcriptionStatus = "IN_PROGRESS"
        return next
    }

    /// `checkTranscription`: one poll; FAILED ends the workflow with Transcribe's reason.
    public func check<State: TranscriptionState>(_ state: State) async throws -> State {
        let poll = try await check(jobId: state.jobId, requestedLanguage: state.requestedLanguage, polls: state.polls ?? 0)
        var next = state
        next.polls = poll.polls
        next.transcriptionStatus = poll.status
        next.sourceLanguage = poll.language ?? state.sourceLanguage
        return next
    }
}
