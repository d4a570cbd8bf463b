@testable import MediaKit
import Testing

@Suite("Dubbing: timeline and QC report")
struct DubTimelineTests {
    static func fitted(_ index: Int, start: Double, spoken: Double, padding: Double = 0, trimmed: Double = 0, rate: Double = 1,
                       outcome: CueFitOutcome = .fits) -> FittedCue {
        FittedCue(index: index, speaker: "spk_0", voice: "Lucia", start: start, target: spoken + padding, window: spoken + padding + 0.5,
                  natural: spoken * rate, rate: rate, spoken: spoken, padding: padding, trimmed: trimmed, outcome: outcome)
    }

    @Test("clips with audio are placed by start; the duration covers the last clip and the minimum")
    func places() throws {
        let timeline = try DubTimeline(fitted: [Self.fitted(1, start: 4, spoken: 1), Self.fitted(0, start: 1, spoken: 2, padding: 0.5), Self.fitted(2, start: 6, spoken: 0)],
                                       keys: [0: "c/0.pcm", 1: "c/1.pcm", 2: "c/2.pcm"], sampleRate: 48000, minimumDuration: 3)
        #expect(timeline.clips.map(\.index) == [0, 1])
        #expect(timeline.clips[0].duration == 2.5 && timeline.clips[1].key == "c/1.pcm")
        #expect(timeline.duration == 5)
        let longer = try DubTimeline(fitted: [Self.fitted(0, start: 1, spoken: 1)], keys: [0: "k"], sampleRate: 48000, minimumDuration: 20)
        #expect(longer.duration == 20)
    }

    @Test("two clips that overlap are an error naming both")
    func overlap() {
        #expect(throws: DubTimeline.Overlap(first: 0, second: 1)) {
            try DubTimeline(fitted: [Self.fitted(0, start: 1, spoken: 2), Self.fitted(1, start: 2.5, spoken: 1)], keys: [0: "a", 1: "b"], sampleRate: 48000)
        }
    }

    @Test("the QC report gives per cue the target and fitted durations and rate, flags what was sped up or cut, and sums it up")
    func report() {
        let report = DubbingQCReport(language: "es", fitted: [
            Self.fitted(0, start: 0, spoken: 1, padding: 1),
            Self.fitted(1, start: 3, spoken: 2, rate: 1.4, outcome: .spedUp),
            FittedCue(index: 2, start: 6, target: 2, window: 2.4, natural: 4.5, rate: 1.6, spoken: 2.8, padding: 0, trimmed: 0.4, outcome: .overflow),
        ])
        #expect(report.cues.map(\.fitted) == [2, 2, 2.4])
        #expect(report.cues.map(\.ratePercent) == [100, 140, 160])
        #expect(report.cues[0].flag == nil)
        #expect(report.cues[1].flag == "spoken at 140 % to fit")
        #expect(report.cues[2].flag == "could not fit: 0.40 s cut at the next cue (spoken 2.80 s at 160 % in a 2.40 s window)")
        #expect(report.summary == DubbingQCReport.Summary(cues: 3, fits: 1, spedUp: 1, overflow: 1, maximumRatePercent: 160, trimmed: 0.4))
    }
}
