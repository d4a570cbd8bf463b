import CaptionsSynthetic
import Foundation
import MediaKit
import Testing
import TestSupport

@Suite("Third-party parsers read our files")
struct ThirdPartyParserTests {
    @Test("webvtt-py, pysubs2 and srt read every SRT and WebVTT file with the same cues and times")
    func parsersAgree() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("captions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        // Source cues of a 12,000-word transcript (past one hour, dialogue dashes, hyphenated long words),
        // a Chinese and a Spanish pseudo-translation, and hand-made edge cases (escaped text, settings, ids).
        let words = SyntheticTranscript.english(wordCount: 12_000)
        let source = CaptionSegmenter().segment(words).cues
        #expect((source.last?.end ?? 0) > 3_600_000)
        var sets: [String: [CaptionCue]] = ["en": source]
        for language in ["es", "zh"] {
            let texts = PseudoTranslation.translate(source, to: language)
            sets[language] = CaptionTranslator(rules: CaptionRules(language: .forCode(language))).apply(texts, to: source).cues
        }
        var edge = [CaptionCue(start: 0, end: 900, lines: ["Fish & chips <b>", "2 > 1"], identifier: "first"),
                    CaptionCue(start: 984, end: 2000, lines: ["Placed at the top"]),
                    CaptionCue(start: 4_000_000, end: 4_001_234, lines: ["Über eine Stunde — ça va?"])]
        edge[1].settings = CaptionPlacement(region: .top, alignment: .left).settings
        sets["edge"] = edge

        var files: [String: [[Int]]] = [:]
        for (name, cues) in sets {
            let times = cues.map { [$0.start, $0.end] }
            let srt = directory.appendingPathComponent("\(name).srt"), vtt = directory.appendingPathComponent("\(name).vtt")
            try Data(SRTFormat.serialize(cues).utf8).write(to: srt)
            try Data(WebVTTFormat.serialize(cues).utf8).write(to: vtt)
            files[srt.path] = times
            files[vtt.path] = times
            // Our own parsers agree too.
            #expect(try SRTFormat.parse(String(contentsOf: srt, encoding: .utf8)).map { [$0.start, $0.end] } == times)
            #expect(try WebVTTFormat.parse(String(contentsOf: vtt, encoding: .utf8)).map(\.lines) == cues.map(\.lines))
        }
        let request = try JSONSerialization.data(withJSONObject: ["files": files])
        let output = try PythonOracle.run("caption_parsers.py", input: request)
        let summary = try #require(JSONSerialization.jsonObject(with: output) as? [String: Int])
        #expect(summary.count == files.count * 2)
        #expect(summary["webvtt-py:en.vtt"] == source.count)
        #expect(summary["srt:en.srt"] == source.count)
    }
}
