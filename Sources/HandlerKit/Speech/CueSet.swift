import MediaKit

/// A cue as the workflow keeps it between steps (in S3, `work/<jobId>/cues.json`), for every use case that works from speech.
public struct CueRecord: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var lines: [String]
    public var speakers: [String]

    public init(_ cue: CaptionCue) {
        start = cue.start
        end = cue.end
        lines = cue.lines
        speakers = cue.speakers
    }

    public var cue: CaptionCue { CaptionCue(start: start, end: end, lines: lines, speakers: speakers) }
}

/// The source cues and the language they are in.
public struct CueSet: Codable, Sendable {
    public var language: String
    public var frameRate: Double
    public var audience: String
    public var cues: [CueRecord]

    public init(language: String, frameRate: Double, audience: String, cues: [CueRecord]) {
        self.language = language
        self.frameRate = frameRate
        self.audience = audience
        self.cues = cues
    }
}
