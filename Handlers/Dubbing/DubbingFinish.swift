/// `{"step": "finishDubbing", "jobId", "outputs", "languages": [{"outputs"}]}`: the source captions and every
/// language's outputs (dubbed video, audio track, captions, QC report) merged into the job's outputs.
struct DubbingFinish: Codable, Sendable {
    struct Language: Codable, Sendable {
        var outputs: [String: String]?
    }

    var jobId: String
    var outputs: [String: String]?
    var languages: [Language]?

    var merged: [String: String] {
        var all = outputs ?? [:]
        for language in languages ?? [] { all.merge(language.outputs ?? [:]) { first, _ in first } }
        return all
    }
}
