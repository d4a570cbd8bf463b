/// Where the Dubbing workflow keeps its work and writes its outputs (outputs bucket).
enum DubbingKeys {
    static func work(_ jobId: String, _ language: String) -> String { "work/\(jobId)/dub-\(language)" }
    static func cues(_ jobId: String, _ language: String) -> String { "\(work(jobId, language))/cues.json" }
    static func clip(_ jobId: String, _ language: String, index: Int) -> String { "\(work(jobId, language))/clips/\(index).pcm" }
    static func fittedPrefix(_ jobId: String, _ language: String) -> String { "\(work(jobId, language))/fitted/" }
    static func fitted(_ jobId: String, _ language: String, batch: Int) -> String { "\(fittedPrefix(jobId, language))\(batch).json" }
    static func track(_ jobId: String, _ language: String) -> String { "\(work(jobId, language))/dub.wav" }
    /// The original audio MediaConvert extracts for a `duck` mix (`<destination>.wav`).
    static func originalDestination(_ jobId: String) -> String { "work/\(jobId)/original" }
    static func original(_ jobId: String) -> String { "\(originalDestination(jobId)).wav" }
    /// MediaConvert's destination for a language: `outputs/<job>/<language>` + each output's name modifier.
    static func renderDestination(_ jobId: String, _ language: String) -> String { "outputs/\(jobId)/\(language)" }
    static func video(_ jobId: String, _ language: String) -> String { "\(renderDestination(jobId, language))-dubbed.mp4" }
    static func audio(_ jobId: String, _ language: String) -> String { "\(renderDestination(jobId, language))-audio.m4a" }
    static func timeline(_ jobId: String, _ language: String) -> String { "outputs/\(jobId)/\(language)-timeline.json" }
    static func qc(_ jobId: String, _ language: String) -> String { "outputs/\(jobId)/\(language)-qc.json" }
}
