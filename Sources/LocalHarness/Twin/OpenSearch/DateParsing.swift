import Foundation

/// Dates as OpenSearch's default `strict_date_optional_time||epoch_millis` format reads them, kept as
/// milliseconds since the epoch (UTC).
enum DateParsing {
    /// `2024-05-01`, `2024-05-01T10:20`, `2024-05-01T10:20:30.123Z`, `…+02:00`, or epoch milliseconds.
    static func millis(_ text: String) -> Int? {
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(text) }
        let chars = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= chars.count else { return nil }
            var value = 0
            for c in chars[from..<(from + count)] {
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard let year = number(0, 4), chars.count >= 10, chars[4] == 45, let month = number(5, 2), chars[7] == 45, let day = number(8, 2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0, fraction = 0.0, offset = 0
        var i = 10
        if i < chars.count {
            guard chars[i] == 84 || chars[i] == 116, let h = number(i + 1, 2) else { return nil }
            hour = h
            i += 3
            if i < chars.count, chars[i] == 58 {
                guard let m = number(i + 1, 2) else { return nil }
                minute = m
                i += 3
                if i < chars.count, chars[i] == 58 {
                    guard let s = number(i + 1, 2) else { return nil }
                    second = s
                    i += 3
                    if i < chars.count, chars[i] == 46 || chars[i] == 44 {
                        var digits = ""
                        i += 1
                        while i < chars.count, chars[i] >= 48, chars[i] <= 57 { digits.append(Character(UnicodeScalar(chars[i]))); i += 1 }
                        guard !digits.isEmpty else { return nil }
                        fraction = Double("0." + digits) ?? 0
                    }
                }
            }
            if i < chars.count {
                if chars[i] == 90 || chars[i] == 122 {
                    i += 1
                } else if chars[i] == 43 || chars[i] == 45 {
                    let sign = chars[i] == 43 ? 1 : -1
                    guard let oh = number(i + 1, 2) else { return nil }
                    var om = 0
                    var next = i + 3
                    if next < chars.count, chars[next] == 58 { next += 1 }
                    if let parsed = number(next, 2) { om = parsed; next += 2 }
                    offset = sign * (oh * 3600 + om * 60)
                    i = next
                }
                guard i == chars.count else { return nil }
            }
            guard hour < 24, minute < 60, second < 61 else { return nil }
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return seconds * 1000 + Int((fraction * 1000).rounded(.down))
    }

    /// `2024-05-01T10:20:30.123Z`.
    static func format(_ millis: Int) -> String {
        let seconds = Int((Double(millis) / 1000).rounded(.down))
        let remainder = millis - seconds * 1000
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let fraction = String(format: "%03d", remainder)
        return "\(year)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60)).\(fraction)Z"
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm and its inverse).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// `now`, `now-1d`, `now+2h`, `now/d` for date ranges.
enum DateMath {
    static func resolve(_ expression: String, now: Date = Date()) -> Double {
        var millis = (now.timeIntervalSince1970 * 1000).rounded(.down)
        var rest = Substring(expression.dropFirst(3))
        let units: [Character: Double] = ["s": 1000, "m": 60_000, "h": 3_600_000, "H": 3_600_000, "d": 86_400_000, "w": 604_800_000, "M": 2_592_000_000, "y": 31_536_000_000]
        while let sign = rest.first {
            rest = rest.dropFirst()
            if sign == "/" {
                if let unit = rest.first, let size = units[unit] { millis = (millis / size).rounded(.down) * size }
                rest = rest.dropFirst()
                continue
            }
            let digits = rest.prefix { $0.isNumber }
            rest = rest.dropFirst(digits.count)
            guard let unit = rest.first, let size = units[unit] else { break }
            rest = rest.dropFirst()
            let amount = Double(Int(digits) ?? 1) * size
            millis += sign == "-" ? -amount : amount
        }
        return millis
    }
}
