import Foundation

/// Transcribe's output formats from a ``SidecarTranscript``: the transcript JSON, SRT and WebVTT.
enum TranscriptJSON {
    static func document(job: String, transcript: SidecarTranscript, speakers: Bool, languageCode: String?) -> JSONValue {
        var items: [JSONValue] = []
        for (index, word) in transcript.words.enumerated() {
            var item: [String: JSONValue] = [
                "id": .int(index), "type": .string(word.isPunctuation ? "punctuation" : "pronunciation"),
                "alternatives": [["content": .string(word.content), "confidence": .string(word.isPunctuation ? "0.0" : String(format: "%.4f", word.confidence))]],
            ]
            if !word.isPunctuation {
                item["start_time"] = .string(SidecarTranscript.time(word.start))
                item["end_time"] = .string(SidecarTranscript.time(word.end))
            }
            if speakers { item["speaker_label"] = .string("spk_\(word.speaker)") }
            items.append(.object(item))
        }
        var results: [String: JSONValue] = ["transcripts": [["transcript": .string(transcript.text)]], "items": .array(items)]
        if let languageCode {
            results["language_code"] = .string(languageCode)
            results["language_identification"] = [["code": .string(languageCode), "score": "0.9876"]]
        }
        if speakers {
            var segments: [JSONValue] = []
            var current: [SidecarTranscript.Word] = []
            func close() {
                guard let first = current.first, let last = current.last else { return }
                segments.append([
                    "speaker_label": .string("spk_\(first.speaker)"), "start_time": .string(SidecarTranscript.time(first.start)),
                    "end_time": .string(SidecarTranscript.time(last.end)),
                    "items": .array(current.map { ["speaker_label": .string("spk_\($0.speaker)"), "start_time": .string(SidecarTranscript.time($0.start)), "end_time": .string(SidecarTranscript.time($0.end))] }),
                ])
                current = []
            }
            for word in transcript.words where !word.isPunctuation {
                if let last = current.last, last.speaker != word.speaker { close() }
                current.append(word)
            }
            close()
            results["speaker_labels"] = ["channel_label": "ch_0", "speakers": .int(Set(transcript.words.map(\.speaker)).count), "segments": .array(segments)]
        }
        return ["jobName": .string(job), "accountId": "123456789012", "status": "COMPLETED", "results": .object(results)]
    }

    /// Cues of up to eight words, ended early at a sentence end or a speaker change.
    static func subtitles(_ transcript: SidecarTranscript, format: String) -> String {
        var cues: [(start: Double, end: Double, text: String)] = []
        var words: [String] = []
        var start = 0.0, end = 0.0
        var speaker = -1
        func flush() {
            guard !words.isEmpty else { return }
            cues.append((start, end, words.joined(separator: " ")))
            words = []
        }
        for word in transcript.words {
            if word.isPunctuation {
                if !words.isEmpty { words[words.count - 1] += word.content }
                if ".!?".contains(word.content) { flush() }
                continue
            }
            if word.speaker != speaker || words.count == 8 { flush() }
            if words.isEmpty { start = word.start }
            speaker = word.speaker
            words.append(word.content)
            end = word.end
        }
        flush()
        func stamp(_ seconds: Double, separator: String) -> String {
            let milliseconds = Int((seconds * 1000).rounded())
            return String(format: "%02d:%02d:%02d", milliseconds / 3_600_000, milliseconds / 60_000 % 60, milliseconds / 1000 % 60)
                + separator + String(format: "%03d", milliseconds % 1000)
        }
        if format == "vtt" {
            return "WEBVTT\n\n" + cues.enumerated().map { "\($0.offset)\n\(stamp($0.element.start, separator: ".")) --> \(stamp($0.element.end, separator: "."))\n\($0.element.text)\n" }.joined(separator: "\n")
        }
        return cues.enumerated().map { "\($0.offset + 1)\n\(stamp($0.element.start, separator: ",")) --> \(stamp($0.element.end, separator: ","))\n\($0.element.text)\n" }.joined(separator: "\n")
    }
}
