/// One recognised word or punctuation mark: the engine's input, independent of any speech service.
/// Times are milliseconds from the start of the media; punctuation carries no time of its own.
public struct TranscriptWord: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public var speaker: String?
    /// A punctuation mark, attached to the word before it (or after it when it opens the transcript).
    public var isPunctuation: Bool

    public init(text: String, start: Int = 0, end: Int = 0, speaker: String? = nil, isPunctuation: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.speaker = speaker
        self.isPunctuation = isPunctuation
    }

    /// A punctuation mark (Transcribe's `punctuation` items have no times).
    public static func punctuation(_ text: String) -> TranscriptWord {
        TranscriptWord(text: text, isPunctuation: true)
    }
}
