import Foundation

/// A speech mark: when (ms from the start of the audio) a sentence, word, viseme or SSML `<mark>` occurs.
public struct SpeechMark: Codable, Sendable, Equatable {
    /// Milliseconds from the start of the audio.
    public var time: Int
    public var type: SpeechMarkType
    /// Byte offsets of the mark's text in the input (UTF-8); visemes have none.
    public var start: Int?
    public var end: Int?
    /// The word or sentence text, the viseme, or the `<mark>` name.
    public var value: String

    public init(time: Int, type: SpeechMarkType, start: Int? = nil, end: Int? = nil, value: String) {
        self.time = time
        self.type = type
        self.start = start
        self.end = end
        self.value = value
    }

    /// `time` in seconds.
    public var seconds: Double { Double(time) / 1000 }

    /// The input text the mark covers, from its UTF-8 byte offsets; `nil` when it has none or they fall outside.
    public func text(in input: String) -> String? {
        guard let start, let end, start >= 0, start <= end else { return nil }
        let bytes = Array(input.utf8)
        guard end <= bytes.count else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Parses Polly's JSON-lines speech-mark stream (one JSON object a line; blank lines skipped).
    public static func parseLines(_ data: Data) throws -> [SpeechMark] {
        let decoder = JSONDecoder()
        var marks: [SpeechMark] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) { continue }
            marks.append(try decoder.decode(SpeechMark.self, from: Data(line)))
        }
        return marks
    }
}
