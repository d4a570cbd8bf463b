import CaptionsSynthetic
import MediaKit
import Testing

@Suite("Captions from messy input")
struct CaptionRobustnessTests {
    /// Words with overlapping, zero-length and out-of-order times, blank and enormous words, stray
    /// punctuation, CJK, combining marks and speakers that come and go.
    func messyWords(seed: UInt64, count: Int) -> [TranscriptWord] {
        var random = SplitMix64(seed: seed)
        let vocabulary = ["", " ", "a", "the", "Anna", "1,250", "naïve", "e\u{301}", "電影", "привет", "...", "—",
                          String(repeating: "x", count: 130), "Llanfairpwllgwyngyllgogerychwyrndrobwllll", "word\n"]
        var words: [TranscriptWord] = [.punctuation(",")]
        var clock = 0
        for _ in 0..<count {
            if random.next() % 5 == 0 { words.append(.punctuation([".", ",", "?", "。"][Int(random.next() % 4)])); continue }
            let text = vocabulary[Int(random.next() % UInt64(vocabulary.count))]
            let start = clock + Int(random.next() % 400) - 150  // sometimes before the previous word
            let end = start + Int(random.next() % 900) - 50       // sometimes ending before it starts
            clock += Int(random.next() % 500)
            let speaker = random.next() % 7 == 0 ? nil : "spk_\(random.next() % 3)"
            words.append(TranscriptWord(text: text, start: start, end: end, speaker: speaker))
        }
        return words
    }

    @Test("any input gives ordered, non-overlapping cues with lines within the limit", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func invariants(seed: UInt64) throws {
        for language in [CaptionLanguage.english, .chinese, .russian] {
            let rules = CaptionRules(language: language)
            let result = CaptionSegmenter(rules: rules).segment(messyWords(seed: seed, count: 3000))
            #expect(!result.cues.isEmpty)
            for cue in result.cues {
                #expect(cue.end > cue.start)
                #expect(!cue.lines.isEmpty && cue.lines.count <= 2)
                #expect(cue.lines.allSatisfy { TextMetrics.length($0, counting: language.counting) <= Double(rules.maxCharactersPerLine) })
            }
            for (cue, next) in zip(result.cues, result.cues.dropFirst()) { #expect(next.start >= cue.end + rules.minGap) }
            #expect(!result.hardSplitWords.isEmpty)
            // The files it makes parse back to the same times.
            let times = result.cues.map { [$0.start, $0.end] }
            #expect(try SRTFormat.parse(SRTFormat.serialize(result.cues)).map { [$0.start, $0.end] } == times)
            #expect(try WebVTTFormat.parse(WebVTTFormat.serialize(result.cues)).map { [$0.start, $0.end] } == times)
        }
    }
}
