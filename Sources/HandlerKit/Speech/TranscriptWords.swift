import AWSClients
import MediaKit

/// Transcribe's items as the captions engine's words: pronunciations with their times (milliseconds) and
/// speaker, punctuation attached to the word before it.
public enum TranscriptWords {
    public static func words(from document: TranscriptDocument) -> [TranscriptWord] {
        var speakerAt: [String: String] = [:]
        for segment in document.results.speakerLabels?.segments ?? [] {
            for item in segment.items ?? [] { speakerAt[item.startTime] = item.speakerLabel ?? segment.speakerLabel }
        }
        var words: [TranscriptWord] = []
        words.reserveCapacity(document.results.items.count)
        for item in document.results.items {
            guard let content = item.alternatives.first?.content, !content.isEmpty else { continue }
            if item.type.rawValue == "punctuation" {
                words.append(.punctuation(content))
                continue
            }
            let start = milliseconds(item.startTime), end = milliseconds(item.endTime)
            let speaker = item.speakerLabel ?? item.startTime.flatMap { speakerAt[$0] }
            words.append(TranscriptWord(text: content, start: start, end: max(end, start), speaker: speaker))
        }
        return words
    }

    /// `"12.345"` seconds as 12345 ms.
    static func milliseconds(_ seconds: String?) -> Int {
        guard let seconds, let value = Double(seconds), value.isFinite, value >= 0 else { return 0 }
        return Int((value * 1000).rounded())
    }
}
