import HandlerKit

/// `{"step": "finishSubtitles", "jobId", "outputs", "translations": [{"outputs"}]}`: the source captions and every
/// language's merged into the job's outputs, and the job SUCCEEDED.
struct SubtitleFinish: Codable, Sendable {
    struct Translation: Codable, Sendable {
        var outputs: [String: String]?
    }

    var jobId: String
    var outputs: [String: String]?
    var translations: [Translation]?

    var merged: [String: String] {
        var all = outputs ?? [:]
        for translation in translations ?? [] { all.merge(translation.outputs ?? [:]) { first, _ in first } }
        return all
    }
}
