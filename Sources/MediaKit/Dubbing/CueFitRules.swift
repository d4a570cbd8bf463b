/// How dubbed lines are fitted to their cues.
public struct CueFitRules: Codable, Sendable, Equatable {
    /// The fastest speaking rate a line may be raised to (1.6: 160 %; Polly's SSML allows up to 200 %).
    public var maxRate: Double
    /// Seconds kept free before the next cue starts.
    public var minimumGap: Double
    /// Seconds a line may run over its cue before it is sped up.
    public var tolerance: Double

    public init(maxRate: Double = 1.6, minimumGap: Double = 0.08, tolerance: Double = 0.05) {
        self.maxRate = min(max(maxRate, 1), 2)
        self.minimumGap = max(minimumGap, 0)
        self.tolerance = max(tolerance, 0)
    }
}

/// How a line fits its cue.
public enum CueFitOutcome: String, Codable, Sendable, Equatable {
    /// At its own pace, within the cue (or the gap after it).
    case fits
    /// Spoken faster to fit.
    case spedUp
    /// Too long even at the fastest rate: cut where the next cue starts.
    case overflow
}

/// The rate to ask Polly for, and what is expected to come out.
public struct CueFitPlan: Codable, Sendable, Equatable {
    /// 1 = the voice's own pace.
    public var rate: Double
    /// Seconds of speech expected at that rate.
    public var expectedSpoken: Double
    /// Seconds of silence after it, to the cue's end.
    public var padding: Double
    public var outcome: CueFitOutcome

    public init(rate: Double, expectedSpoken: Double, padding: Double, outcome: CueFitOutcome) {
        self.rate = rate
        self.expectedSpoken = expectedSpoken
        self.padding = padding
        self.outcome = outcome
    }
}

/// A voiced line as placed: its cue, what was asked of Polly and what came back.
public struct FittedCue: Codable, Sendable, Equatable {
    public var index: Int
    public var speaker: String?
    public var voice: String?
    /// Seconds from the start of the source where the clip starts (the cue's start).
    public var start: Double
    /// The cue's own duration.
    public var target: Double
    /// The time the clip may take: until the next cue (less the gap).
    public var window: Double
    /// Seconds of speech at the voice's own pace.
    public var natural: Double
    public var rate: Double
    /// Seconds of speech measured at `rate`.
    public var spoken: Double
    /// Silence added after the speech.
    public var padding: Double
    /// Seconds of speech cut at the window's end.
    public var trimmed: Double
    public var outcome: CueFitOutcome

    public init(index: Int, speaker: String? = nil, voice: String? = nil, start: Double, target: Double, window: Double, natural: Double,
                rate: Double, spoken: Double, padding: Double, trimmed: Double, outcome: CueFitOutcome) {
        self.index = index
        self.speaker = speaker
        self.voice = voice
        self.start = start
        self.target = target
        self.window = window
        self.natural = natural
        self.rate = rate
        self.spoken = spoken
        self.padding = padding
        self.trimmed = trimmed
        self.outcome = outcome
    }

    /// Seconds the clip lasts on the timeline.
    public var clipDuration: Double { max(spoken + padding - trimmed, 0) }
}
