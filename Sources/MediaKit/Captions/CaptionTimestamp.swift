/// Caption timestamps: milliseconds to and from "hh:mm:ss,ttt" (SRT) and "hh:mm:ss.ttt" / "mm:ss.ttt" (WebVTT).
public enum CaptionTimestamp {
    /// "hh:mm:ss<separator>ttt"; hours take more digits past 99; negative times are written as zero.
    public static func format(_ milliseconds: Int, fractionSeparator: Character) -> String {
        let value = max(milliseconds, 0)
        let hours = value / 3_600_000, minutes = value / 60_000 % 60, seconds = value / 1000 % 60, millis = value % 1000
        return pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + String(fractionSeparator) + pad(millis, 3)
    }

    /// Parses "[h…h:]mm:ss{,|.}ttt" (minutes and seconds two digits below 60, exactly three fraction digits).
    /// `fractionSeparators` lists the separators accepted; `hoursRequired` demands the hours field (SRT).
    public static func parse<S: StringProtocol>(_ text: S, fractionSeparators: Set<Character>, hoursRequired: Bool) -> Int? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 3 || (fields.count == 2 && !hoursRequired) else { return nil }
        let last = fields[fields.count - 1]
        guard last.count == 6, let separator = last.firstIndex(where: { fractionSeparators.contains($0) }),
              last.distance(from: last.startIndex, to: separator) == 2 else { return nil }
        guard let seconds = number(last[..<separator]), let millis = number(last[last.index(after: separator)...]),
              let minutes = number(fields[fields.count - 2]), fields[fields.count - 2].count == 2,
              seconds < 60, minutes < 60 else { return nil }
        var hours = 0
        if fields.count == 3 {
            guard let value = number(fields[0]), fields[0].count >= (hoursRequired ? 1 : 2) else { return nil }
            hours = value
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
    }

    static func number<S: StringProtocol>(_ text: S) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// A caption file that could not be read: what was wrong and on which line (1-based).
public struct CaptionParseError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: String, Sendable { case missingHeader, badTiming, missingTiming }
    private let code: Code
    public let line: Int

    public static func missingHeader(line: Int) -> Self { Self(code: .missingHeader, line: line) }
    public static func badTiming(line: Int) -> Self { Self(code: .badTiming, line: line) }
    public static func missingTiming(line: Int) -> Self { Self(code: .missingTiming, line: line) }

    public var description: String {
        switch code {
        case .missingHeader: "line \(line): a WebVTT file must start with WEBVTT"
        case .badTiming: "line \(line): malformed cue timing"
        case .missingTiming: "line \(line): cue without a timing line"
        }
    }
}

/// Splits text into lines, accepting "\r\n", "\r" and "\n", dropping a leading byte order mark.
func captionLines(_ text: String) -> [Substring] {
    var body = Substring(text)
    if body.first == "\u{FEFF}" { body = body.dropFirst() }
    // "\r\n" is one Character in Swift, so splitting on all three covers every convention.
    return body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
}

/// A caption file being written as UTF-8 bytes (appending bytes is cheaper than growing a String piecewise).
struct CaptionFileBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(number value: Int) {
        if value >= 10 { append(number: value / 10) }
        bytes.append(UInt8(truncatingIfNeeded: 0x30 + value % 10))
    }

    mutating func append(_ value: Int, digits: Int) {
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        if value >= divisor * 10 { append(number: value / (divisor * 10)) }  // more digits than the minimum
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + value / divisor % 10))
            divisor /= 10
        }
    }

    /// "hh:mm:ss<separator>ttt", as `CaptionTimestamp.format` writes it.
    mutating func append(timestamp milliseconds: Int, separator: UInt8) {
        let value = max(milliseconds, 0)
        append(value / 3_600_000, digits: 2)
        bytes.append(0x3A)
        append(value / 60_000 % 60, digits: 2)
        bytes.append(0x3A)
        append(value / 1000 % 60, digits: 2)
        bytes.append(separator)
        append(value % 1000, digits: 3)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
