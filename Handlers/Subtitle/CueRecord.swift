import MediaKit

/// A cue as the workflow keeps it between steps (in S3, `work/<jobId>/cues.json`).
struct CueRecord: Codable, Sendable, Equatable {
    var start: Int
    var end: Int
    var lines: [String]
    var speakers: [String]

    init(_ cue: CaptionCue) {
        start = cue.start
        end = cue.end
        lines = cue.lines
        speakers = cue.speakers
    }

    var cue: CaptionCue { CaptionCue(start: start, end: end, lines: lines, speakers: speakers) }
}

/// The source cues and the language they are in.
struct CueSet: Codable, Sendable {
    var language: String
    var frameRate: Double
    var audience: String
    var cues: [CueRecord]
}
