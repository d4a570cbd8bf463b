import Foundation

/// SubRip (.srt): numbered cues, "hh:mm:ss,ttt --> hh:mm:ss,ttt", text lines, a blank line after each.
public enum SRTFormat {
    /// The file text; cues are numbered from 1 in order.
    public static func serialize(_ cues: [CaptionCue], lineEnding: String = "\n") -> String {
        var output = CaptionFileBuffer(capacity: cues.count * 96)
        for index in cues.indices {
            output.append(number: index + 1)
            output.append(lineEnding)
            output.append(timestamp: cues[index].start, separator: 0x2C)
            output.append(" --> ")
            output.append(timestamp: cues[index].end, separator: 0x2C)
            output.append(lineEnding)
            for line in cues[index].lines where !line.isEmpty {
                output.append(line)
                output.append(lineEnding)
            }
            output.append(lineEnding)
        }
        return output.string
    }

    /// The cues of an SRT file (LF, CRLF or CR line ends; the index line may be missing; "." is accepted
    /// as the fraction separator and anything after the end time, such as coordinates, is ignored).
    public static func parse(_ text: String) throws -> [CaptionCue] {
        let lines = captionLines(text)
        var cues: [CaptionCue] = []
        var index = 0
        while index < lines.count {
            if lines[index].allSatisfy(\.isWhitespace) { index += 1; continue }
            var timingIndex = index
            if !lines[index].contains("-->") {
                timingIndex = index + 1
                guard timingIndex < lines.count, lines[timingIndex].contains("-->") else { throw CaptionParseError.missingTiming(line: index + 1) }
            }
            guard let (start, end) = timing(lines[timingIndex]) else { throw CaptionParseError.badTiming(line: timingIndex + 1) }
            var textLines: [String] = []
            index = timingIndex + 1
            while index < lines.count, !lines[index].allSatisfy(\.isWhitespace) {
                textLines.append(String(lines[index]))
                index += 1
            }
            cues.append(CaptionCue(start: start, end: end, lines: textLines))
        }
        return cues
    }

    static func timing(_ line: Substring) -> (Int, Int)? {
        guard let arrow = line.range(of: "-->") else { return nil }
        let left = line[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
        guard let right = line[arrow.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\t" }).first,
              let start = CaptionTimestamp.parse(left, fractionSeparators: [",", "."], hoursRequired: true),
              let end = CaptionTimestamp.parse(right, fractionSeparators: [",", "."], hoursRequired: true) else { return nil }
        return (start, end)
    }
}
