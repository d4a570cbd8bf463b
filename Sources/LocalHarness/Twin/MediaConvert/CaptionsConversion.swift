import Foundation

/// Sidecar captions rewritten between SRT and WebVTT (cue timings and text kept), as MediaConvert converts a
/// captions selector's file to an output's captions format.
enum CaptionsConversion {
    /// `text` (in `source` format, SRT or WEBVTT) in `destination` format; nil for formats the twin does not convert.
    static func convert(_ text: String, from source: String, to destination: String) -> String? {
        let cues = source == "SRT" ? srtCues(text) : source == "WEBVTT" ? vttCues(text) : nil
        guard let cues else { return nil }
        switch destination {
        case "WEBVTT":
            return "WEBVTT\n\n" + cues.map { "\($0.timing.replacingOccurrences(of: ",", with: "."))\n\($0.text)\n" }.joined(separator: "\n")
        case "SRT":
            return cues.enumerated().map { "\($0.offset + 1)\n\($0.element.timing.replacingOccurrences(of: ".", with: ","))\n\($0.element.text)\n" }
                .joined(separator: "\n")
        default:
            return nil
        }
    }

    private static func blocks(_ text: String) -> [[String]] {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }.filter { !$0.isEmpty }
    }

    private static func srtCues(_ text: String) -> [(timing: String, text: String)] {
        blocks(text).compactMap { lines in
            guard let index = lines.firstIndex(where: { $0.contains("-->") }) else { return nil }
            return (lines[index], lines[(index + 1)...].joined(separator: "\n"))
        }
    }

    private static func vttCues(_ text: String) -> [(timing: String, text: String)] {
        blocks(text).compactMap { lines in
            guard let index = lines.firstIndex(where: { $0.contains("-->") }) else { return nil }
            let timing = lines[index].components(separatedBy: " ").prefix(3).joined(separator: " ")
            let padded = timing.split(separator: " ").map { part -> String in
                part.filter { $0 == ":" }.count == 1 ? "00:" + part : String(part)
            }.joined(separator: " ")
            return (padded, lines[(index + 1)...].joined(separator: "\n"))
        }
    }
}
