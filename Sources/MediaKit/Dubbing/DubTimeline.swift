/// Where each voiced clip plays in the dub track; clips never overlap.
public struct DubTimeline: Codable, Sendable, Equatable {
    /// A clip on the timeline.
    public struct PlacedClip: Codable, Sendable, Equatable {
        public var index: Int
        /// Seconds from the start of the track.
        public var start: Double
        public var duration: Double
        /// Where its audio is (an S3 key of 16-bit PCM).
        public var key: String

        public var end: Double { start + duration }
    }

    /// Two clips overlap: the fit let a clip run into the next one.
    public struct Overlap: Error, Sendable, Equatable, CustomStringConvertible {
        public let first: Int
        public let second: Int
        public var description: String { "clip \(first) runs into clip \(second)" }
    }

    /// The track's sample rate.
    public var sampleRate: Int
    /// Seconds: at least the last clip's end and `minimumDuration`.
    public var duration: Double
    public var clips: [PlacedClip]

    /// The timeline of `fitted` clips (those with a key and some sound), sorted by start.
    public init(fitted: [FittedCue], keys: [Int: String], sampleRate: Int, minimumDuration: Double = 0) throws(Overlap) {
        let clips = fitted.compactMap { cue -> PlacedClip? in
            guard let key = keys[cue.index], cue.clipDuration > 0 else { return nil }
            return PlacedClip(index: cue.index, start: cue.start, duration: cue.clipDuration, key: key)
        }.sorted { ($0.start, $0.index) < ($1.start, $1.index) }
        for (earlier, later) in zip(clips, clips.dropFirst()) where earlier.end > later.start + 0.0005 {
            throw Overlap(first: earlier.index, second: later.index)
        }
        self.sampleRate = sampleRate
        self.clips = clips
        self.duration = max(clips.last.map(\.end) ?? 0, minimumDuration)
    }
}
