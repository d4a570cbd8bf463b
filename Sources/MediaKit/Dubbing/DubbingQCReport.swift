import Foundation

/// The quality check of one language's dub: per cue the target and fitted durations, the rate and whether the
/// line fitted; and a summary.
public struct DubbingQCReport: Codable, Sendable, Equatable {
    public struct Cue: Codable, Sendable, Equatable {
        public var index: Int
        public var speaker: String?
        public var voice: String?
        /// The cue's duration, seconds.
        public var target: Double
        /// The clip's duration on the timeline, seconds.
        public var fitted: Double
        /// Speaking rate in percent (100: the voice's own pace).
        public var ratePercent: Int
        public var outcome: CueFitOutcome
        /// Why a cue needs a look (cut, or spoken fast), when it does.
        public var flag: String?
    }

    public struct Summary: Codable, Sendable, Equatable {
        public var cues: Int
        public var fits: Int
        public var spedUp: Int
        public var overflow: Int
        public var maximumRatePercent: Int
        /// Seconds of speech cut in all.
        public var trimmed: Double
    }

    public var language: String
    public var cues: [Cue]
    public var summary: Summary

    public init(language: String, fitted: [FittedCue]) {
        self.language = language
        cues = fitted.map { cue in
            let rate = Int((cue.rate * 100).rounded())
            let flag: String? = switch cue.outcome {
            case .overflow: "could not fit: \(Self.seconds(cue.trimmed)) s cut at the next cue (spoken \(Self.seconds(cue.spoken)) s at \(rate) % in a \(Self.seconds(cue.window)) s window)"
            case .spedUp: "spoken at \(rate) % to fit"
            case .fits: nil
            }
            return Cue(index: cue.index, speaker: cue.speaker, voice: cue.voice, target: Self.round(cue.target), fitted: Self.round(cue.clipDuration),
                       ratePercent: rate, outcome: cue.outcome, flag: flag)
        }
        summary = Summary(cues: fitted.count, fits: fitted.filter { $0.outcome == .fits }.count, spedUp: fitted.filter { $0.outcome == .spedUp }.count,
                          overflow: fitted.filter { $0.outcome == .overflow }.count,
                          maximumRatePercent: fitted.map { Int(($0.rate * 100).rounded()) }.max() ?? 100,
                          trimmed: Self.round(fitted.reduce(0) { $0 + $1.trimmed }))
    }

    static func round(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }

    static func seconds(_ value: Double) -> String { String(format: "%.2f", value) }
}
