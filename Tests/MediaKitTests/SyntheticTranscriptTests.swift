import CaptionsSynthetic
import MediaKit
import Testing

@Suite("A 2-hour synthetic transcript")
struct SyntheticTranscriptTests {
    @Test("20,000 words over about two hours give cues with 0 style violations")
    func twoHours() {
        let words = SyntheticTranscript.english()
        let spoken = words.filter { !$0.isPunctuation }
        #expect(spoken.count >= 20_000)
        #expect((spoken.last?.end ?? 0) > 7_000_000)
        #expect(Set(spoken.compactMap(\.speaker)).count == 4)
        let result = CaptionSegmenter().segment(words)
        #expect(!result.hardSplitWords.isEmpty)
        let violations = CaptionValidator().validate(result.cues)
        #expect(violations.isEmpty, "\(violations.prefix(20))")
        #expect(result.cues.contains { $0.speakers.count == 2 })
        // Nothing is lost: every word appears in the cues, in order.
        let shown = result.cues.flatMap(\.lines).joined(separator: " ").replacingOccurrences(of: "-", with: "")
        let said = spoken.map(\.text).joined()
        #expect(shown.filter { $0.isLetter || $0.isNumber } == said.filter { $0.isLetter || $0.isNumber })
    }

    @Test("the same seed gives the same transcript")
    func deterministic() {
        #expect(SyntheticTranscript.english(wordCount: 500) == SyntheticTranscript.english(wordCount: 500))
        #expect(SyntheticTranscript.english(wordCount: 500, seed: 1) != SyntheticTranscript.english(wordCount: 500))
    }
}
