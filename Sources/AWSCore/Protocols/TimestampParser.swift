import Foundation

/// Strict byte-level readers for the three wire timestamp formats.
enum TimestampParser {
    /// `YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM|±HHMM|±HH]`; no zone means UTC.
    static func iso8601(_ bytes: [UInt8]) -> Date? {
        var cursor = Cursor(bytes)
        guard let year = cursor.digits(exactly: 4), cursor.take("-"),
            let month = cursor.digits(exactly: 2), cursor.take("-"),
            let day = cursor.digits(exactly: 2),
            cursor.take("T") || cursor.take("t") || cursor.take(" "),
            let hour = cursor.digits(exactly: 2), cursor.take(":"),
            let minute = cursor.digits(exactly: 2), cursor.take(":"),
            let second = cursor.digits(exactly: 2)
        else { return nil }
        var fraction = 0.0
        if cursor.take(".") || cursor.take(",") {
            guard let value = cursor.fraction() else { return nil }
            fraction = value
        }
        var offsetSeconds = 0
        if cursor.take("Z") || cursor.take("z") {
            // UTC
        } else if let sign = cursor.sign() {
            guard let offsetHours = cursor.digits(exactly: 2), offsetHours < 24 else { return nil }
            var offsetMinutes = 0
            if !cursor.atEnd {
                _ = cursor.take(":")
                guard let minutes = cursor.digits(exactly: 2), minutes < 60 else { return nil }
                offsetMinutes = minutes
            }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        }
        guard cursor.atEnd,
            let seconds = epochSeconds(year, month, day, hour, minute, second)
        else { return nil }
        return Date(timeIntervalSince1970: Double(seconds - offsetSeconds) + fraction)
    }

    /// A decimal number of seconds since 1970, optionally signed and fractional (`1440938160.123`).
    static func epochSeconds(_ text: String) -> Date? {
        var cursor = Cursor(Array(text.utf8))
        _ = cursor.sign()
        guard cursor.digitRun() > 0 else { return nil }
        if cursor.take("."), cursor.digitRun() == 0 { return nil }
        if cursor.take("e") || cursor.take("E") {
            _ = cursor.sign()
            guard cursor.digitRun() > 0 else { return nil }
        }
        guard cursor.atEnd, let value = Double(text), value.isFinite, abs(value) < 1e13 else { return nil }
        return Date(timeIntervalSince1970: value)
    }

    /// RFC 7231 `Sun, 30 Aug 2015 12:36:00 GMT`; also tolerates a missing weekday, a one-digit day,
    /// the RFC 850 form `Sunday, 30-Aug-15 12:36:00 GMT`, and `UTC` or a numeric zone.
    static func httpDate(_ bytes: [UInt8]) -> Date? {
        var cursor = Cursor(bytes)
        if cursor.letterRun() > 0 {
            guard cursor.take(",") else { return nil }
            cursor.skipSpaces()
        }
        guard let day = cursor.digits(atLeast: 1, atMost: 2) else { return nil }
        let separator: UInt8 = cursor.take("-") ? UInt8(ascii: "-") : UInt8(ascii: " ")
        if separator == UInt8(ascii: " ") { guard cursor.take(" ") else { return nil } }
        guard let month = cursor.monthName(), cursor.take(separator) else { return nil }
        let yearStart = cursor.index
        guard var year = cursor.digits(atLeast: 2, atMost: 4), cursor.index - yearStart != 3 else { return nil }
        if cursor.index - yearStart == 2 { year += year < 50 ? 2000 : 1900 }
        guard cursor.take(" "), let hour = cursor.digits(exactly: 2), cursor.take(":"),
            let minute = cursor.digits(exactly: 2), cursor.take(":"),
            let second = cursor.digits(exactly: 2), cursor.take(" ")
        else { return nil }
        var offsetSeconds = 0
        if cursor.takeWord("GMT") || cursor.takeWord("UTC") || cursor.takeWord("UT") || cursor.take("Z") {
            // UTC
        } else if let sign = cursor.sign(), let hhmm = cursor.digits(exactly: 4) {
            guard hhmm / 100 < 24, hhmm % 100 < 60 else { return nil }
            offsetSeconds = sign * (hhmm / 100 * 3600 + hhmm % 100 * 60)
        } else {
            return nil
        }
        guard cursor.atEnd, let seconds = epochSeconds(year, month, day, hour, minute, second) else { return nil }
        return Date(timeIntervalSince1970: Double(seconds - offsetSeconds))
    }

    private static func epochSeconds(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int)
        -> Int?
    {
        guard (1...12).contains(month), day >= 1, day <= CivilTime.daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = CivilTime.daysSinceEpoch(year: year, month: month, day: day)
        return days * CivilTime.secondsPerDay + hour * 3600 + minute * 60 + second
    }
}

/// A forward-only reader over ASCII bytes.
private struct Cursor {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    mutating func take(_ ascii: Unicode.Scalar) -> Bool { take(UInt8(ascii: ascii)) }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Takes a case-insensitive ASCII word.
    mutating func takeWord(_ word: String) -> Bool {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count else { return false }
        for (offset, byte) in expected.enumerated() where bytes[index + offset] | 0x20 != byte | 0x20 {
            return false
        }
        index += expected.count
        return true
    }

    /// +1, -1, or nil (nothing taken).
    mutating func sign() -> Int? {
        if take("+") { return 1 }
        if take("-") { return -1 }
        return nil
    }

    mutating func digits(exactly count: Int) -> Int? { digits(atLeast: count, atMost: count) }

    mutating func digits(atLeast minimum: Int, atMost maximum: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maximum, index < bytes.count, isDigit(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
            count += 1
        }
        return count >= minimum ? value : nil
    }

    /// Consumes a run of digits (any length) and returns how many there were.
    mutating func digitRun() -> Int {
        let start = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        return index - start
    }

    /// Reads fractional-second digits as a value in [0, 1).
    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        var count = 0
        while index < bytes.count, isDigit(bytes[index]) {
            if count < 9 {
                value += Double(bytes[index] - UInt8(ascii: "0")) * scale
                scale /= 10
            }
            index += 1
            count += 1
        }
        return count > 0 ? value : nil
    }

    mutating func letterRun() -> Int {
        let start = index
        while index < bytes.count, (bytes[index] | 0x20) >= UInt8(ascii: "a"), (bytes[index] | 0x20) <= UInt8(ascii: "z") {
            index += 1
        }
        return index - start
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    }

    /// A three-letter English month abbreviation, case-insensitive; returns 1…12.
    mutating func monthName() -> Int? {
        for (offset, name) in CivilTime.monthNames.enumerated() where takeWord(name) {
            return offset + 1
        }
        return nil
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
