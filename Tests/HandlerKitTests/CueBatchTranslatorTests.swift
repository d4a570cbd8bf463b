import Foundation
import HandlerKit
import Testing

/// Batched cue translation: cue texts joined one per line under TranslateText's limit, and a batch that comes back
/// with a different number of lines translated again cue by cue.
@Suite("Cue batch translation")
struct CueBatchTranslatorTests {
    /// Upper-cases each line, records every call; merges the first two lines of any text holding `merge`.
    actor FakeTranslator: TextTranslating {
        var calls: [String] = []

        nonisolated func translate(_ text: String, from source: String, to target: String) async throws -> String {
            await record(text)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.uppercased() }
            if text.contains("merge"), lines.count > 1 { lines[0...1] = [lines[0] + " " + lines[1]] }
            return lines.joined(separator: "\n")
        }

        func record(_ text: String) { calls.append(text) }
    }

    @Test("cues are sent in batches under the byte limit, one cue per line, and come back in order")
    func batches() async throws {
        let fake = FakeTranslator()
        let texts = (0..<30).map { "cue number \($0) says hello" }
        let translated = try await CueBatchTranslator(translator: fake, maximumBytes: 200).translate(texts, from: "en", to: "es")
        #expect(translated == texts.map { $0.uppercased() })
        let calls = await fake.calls
        #expect(calls.count > 1 && calls.allSatisfy { $0.utf8.count <= 200 })
        #expect(calls.joined(separator: "\n") == texts.joined(separator: "\n"))
    }

    @Test("a text holding line breaks is one cue; a batch whose lines do not match is translated cue by cue")
    func fallback() async throws {
        let fake = FakeTranslator()
        let texts = ["first\nline", "please merge me", "third"]
        let translated = try await CueBatchTranslator(translator: fake).translate(texts, from: "en", to: "es")
        #expect(translated == ["FIRST LINE", "PLEASE MERGE ME", "THIRD"])
        #expect(await fake.calls == ["first line\nplease merge me\nthird", "first line", "please merge me", "third"])
    }

    @Test("a single text longer than the limit is a batch of its own")
    func longText() {
        let batches = CueBatchTranslator(translator: FakeTranslator(), maximumBytes: 10).batches(["short", String(repeating: "x", count: 40), "tail"])
        #expect(batches == [["short"], [String(repeating: "x", count: 40)], ["tail"]])
    }
}
