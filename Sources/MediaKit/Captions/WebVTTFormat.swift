import Foundation

/// WebVTT (W3C): the "WEBVTT" header, then cues — an optional identifier, "hh:mm:ss.ttt --> hh:mm:ss.ttt"
/// with optional cue settings, and the text. The writer always writes hours (valid at any length, so every
/// timestamp in a file has the same shape); the parser also reads "mm:ss.ttt".
public enum WebVTTFormat {
    /// The file text. "&", "<" and ">" in cue text are written as character references.
    public static func serialize(_ cues: [CaptionCue]) -> String {
        var output = CaptionFileBuffer(capacity: cues.count * 96)
        output.append("WEBVTT\n\n")
        for index in cues.indices {
            if let identifier = cues[index].identifier, !identifier.isEmpty, !identifier.contains("-->"),
               !identifier.contains(where: \.isNewline) {
                output.append(identifier)
                output.append("\n")
            }
            output.append(timestamp: cues[index].start, separator: 0x2E)
            output.append(" --> ")
            output.append(timestamp: cues[index].end, separator: 0x2E)
            if !cues[index].settings.isEmpty {
                output.append(" ")
                output.append(cues[index].settings.serialized)
            }
            output.append("\n")
            for line in cues[index].lines where !line.isEmpty {
                output.append(escape(line))
                output.append("\n")
            }
            output.append("\n")
        }
        return output.string
    }

    /// The cues of a WebVTT file. NOTE, STYLE and REGION blocks are skipped; a block whose timing line is
    /// malformed is dropped, as the W3C parser does; cue settings are parsed; character references decoded.
    public static func parse(_ text: String) throws -> [CaptionCue] {
        let lines = captionLines(text)
        guard let header = lines.first, header.hasPrefix("WEBVTT"),
              header.count == 6 || header.dropFirst(6).first == " " || header.dropFirst(6).first == "\t" else {
            throw CaptionParseError.missingHeader(line: 1)
        }
        var index = 1
        while index < lines.count, !lines[index].isEmpty { index += 1 }  // header lines
        var cues: [CaptionCue] = []
        while index < lines.count {
            if lines[index].isEmpty { index += 1; continue }
            var block: [Substring] = []
            while index < lines.count, !lines[index].isEmpty {
                block.append(lines[index])
                index += 1
            }
            if isBlock(block[0], named: "NOTE") || isBlock(block[0], named: "STYLE") || isBlock(block[0], named: "REGION") { continue }
            var timingOffset = 0
            var identifier: String?
            if !block[0].contains("-->") {
                guard block.count > 1, block[1].contains("-->") else { continue }
                identifier = String(block[0])
                timingOffset = 1
            }
            guard let (start, end, settings) = timing(block[timingOffset]) else { continue }
            let textLines = block[(timingOffset + 1)...].map { unescape($0) }
            cues.append(CaptionCue(start: start, end: end, lines: textLines, identifier: identifier, settings: settings))
        }
        return cues
    }

    static func isBlock(_ line: Substring, named name: String) -> Bool {
        guard line.hasPrefix(name) else { return false }
        let rest = line.dropFirst(name.count)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    static func timing(_ line: Substring) -> (Int, Int, WebVTTCueSettings)? {
        guard let arrow = line.range(of: "-->") else { return nil }
        let left = line[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
        let right = line[arrow.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
        let endText = right.prefix(while: { $0 != " " && $0 != "\t" })
        guard let start = CaptionTimestamp.parse(left, fractionSeparators: ["."], hoursRequired: false),
              let end = CaptionTimestamp.parse(endText, fractionSeparators: ["."], hoursRequired: false) else { return nil }
        return (start, end, WebVTTCueSettings(parsing: right.dropFirst(endText.count)))
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func unescape(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{00A0}").replacingOccurrences(of: "&lrm;", with: "\u{200E}")
            .replacingOccurrences(of: "&rlm;", with: "\u{200F}").replacingOccurrences(of: "&amp;", with: "&")
    }
}
