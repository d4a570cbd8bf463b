/// One caption event: a time range in milliseconds and at most a few lines of text.
public struct CaptionCue: Sendable, Hashable {
    /// Milliseconds from the start of the media.
    public var start: Int
    public var end: Int
    /// The displayed lines, top to bottom, without line terminators.
    public var lines: [String]
    /// The speakers whose words the cue holds, in order (empty when unknown, e.g. a parsed file).
    public var speakers: [String]
    /// The WebVTT cue identifier, when there is one.
    public var identifier: String?
    /// WebVTT cue settings (placement); SRT ignores them.
    public var settings: WebVTTCueSettings

    public init(start: Int, end: Int, lines: [String], speakers: [String] = [], identifier: String? = nil,
                settings: WebVTTCueSettings = WebVTTCueSettings()) {
        self.start = start
        self.end = end
        self.lines = lines
        self.speakers = speakers
        self.identifier = identifier
        self.settings = settings
    }

    /// Duration in milliseconds.
    public var duration: Int { end - start }
    /// The lines joined with a newline.
    public var text: String { lines.joined(separator: "\n") }
}
