/// One line to dub: where it sits in the source (seconds), who says it, and the (translated) text to voice.
public struct DubbingCue: Codable, Sendable, Equatable {
    public var index: Int
    public var start: Double
    public var end: Double
    public var speaker: String?
    public var text: String

    public init(index: Int, start: Double, end: Double, speaker: String? = nil, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.speaker = speaker
        self.text = text
    }

    /// Seconds the source line lasts.
    public var duration: Double { max(end - start, 0) }

    /// Caption cues as lines to dub: their lines joined by a space, dialogue dashes removed, the first speaker.
    public static func from(_ cues: [CaptionCue]) -> [DubbingCue] {
        cues.enumerated().map { index, cue in
            let text = cue.lines.map { line in
                var line = Substring(line)
                if line.hasPrefix("-") { line = line.dropFirst().drop { $0 == " " } }
                return String(line)
            }.joined(separator: " ")
            return DubbingCue(index: index, start: Double(cue.start) / 1000, end: Double(cue.end) / 1000, speaker: cue.speakers.first, text: text)
        }
    }
}
