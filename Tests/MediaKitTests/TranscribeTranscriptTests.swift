import AWSClients
import Foundation
import MediaKit
import Testing
import TestSupport

/// What a handler does with a finished Transcribe job: its transcript's items become MediaKit words.
enum TranscribeWords {
    /// Pronunciation items become timed words (seconds to milliseconds), punctuation items untimed marks;
    /// the speaker is the item's own label or, in older transcripts, the speaker segment's item at that time.
    static func words(_ document: TranscriptDocument) -> [TranscriptWord] {
        var speakerAt: [String: String] = [:]
        for segment in document.results.speakerLabels?.segments ?? [] {
            for item in segment.items ?? [] { speakerAt[item.startTime] = item.speakerLabel ?? segment.speakerLabel }
        }
        func milliseconds(_ seconds: Double?) -> Int { Int(((seconds ?? 0) * 1000).rounded()) }
        return document.results.items.map { item in
            if item.type == .punctuation { return .punctuation(item.content) }
            let speaker = item.speakerLabel ?? item.startTime.flatMap { speakerAt[$0] }
            return TranscriptWord(text: item.content, start: milliseconds(item.start), end: milliseconds(item.end), speaker: speaker)
        }
    }

    static func fixture(_ name: String) throws -> TranscriptDocument {
        try TranscriptDocument.decode(Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/Captions/\(name)")))
    }
}

@Suite("Captions from Transcribe transcripts")
struct TranscribeTranscriptTests {
    @Test("an English transcript (speaker changes, a long pause, numbers, a word longer than a line) has 0 violations")
    func english() throws {
        let document = try TranscribeWords.fixture("transcribe-en.json")
        let words = TranscribeWords.words(document)
        #expect(Set(words.compactMap(\.speaker)) == ["spk_0", "spk_1"])
        let rules = CaptionRules(language: .forCode(document.results.languageCode ?? "en"))
        let result = CaptionSegmenter(rules: rules).segment(words)
        let violations = CaptionValidator(rules: rules).validate(result.cues)
        #expect(violations.isEmpty, "\(violations)\n\(SRTFormat.serialize(result.cues))")
        #expect(result.hardSplitWords == ["Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch,"])
        // Every word is shown, in order.
        let shown = result.cues.flatMap(\.lines).joined(separator: " ").replacingOccurrences(of: "-", with: "")
            .split(separator: " ").joined(separator: " ")
        let spoken = document.text.replacingOccurrences(of: "-", with: "")
        #expect(shown.replacingOccurrences(of: " ", with: "") == spoken.replacingOccurrences(of: " ", with: ""))
        // The 2.6 s pause separates cues, and a speaker change never happens inside a cue without dashes.
        #expect(result.cues.contains { $0.lines.last?.hasSuffix("trains.") == true })
        #expect(result.cues.contains { $0.speakers.count == 2 })
    }

    @Test("a Chinese transcript (speaker labels on the items, full-width punctuation) has 0 violations")
    func chinese() throws {
        let document = try TranscribeWords.fixture("transcribe-zh.json")
        let words = TranscribeWords.words(document)
        let rules = CaptionRules(language: .forCode(document.results.languageCode ?? "zh"))
        #expect(rules.maxCharactersPerLine == 16)
        let cues = CaptionSegmenter(rules: rules).segment(words).cues
        let violations = CaptionValidator(rules: rules).validate(cues)
        #expect(violations.isEmpty, "\(violations)\n\(SRTFormat.serialize(cues))")
        #expect(cues.flatMap(\.lines).joined().replacingOccurrences(of: "- ", with: "") == document.text)
        #expect(cues.flatMap(\.lines).allSatisfy { TextMetrics.length($0, counting: .fullWidth) <= 16 })
    }
}
