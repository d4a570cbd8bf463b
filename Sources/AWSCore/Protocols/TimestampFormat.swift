import Foundation

/// The three ways AWS protocols write timestamps on the wire.
public enum TimestampFormat: String, Sendable, Equatable, CaseIterable {
    /// `2015-08-30T12:36:00Z` (with `.ffffff` microseconds when the time has a fraction, as botocore writes).
    case iso8601
    /// Seconds since 1970 as a number: `1440938160`, or `1440938160.5` with a fraction (millisecond precision).
    case epochSeconds
    /// RFC 7231 IMF-fixdate: `Sun, 30 Aug 2015 12:36:00 GMT` (whole seconds).
    case httpDate

    /// Default for timestamps in a restJson or awsJson body.
    public static let jsonBodyDefault = TimestampFormat.epochSeconds
    /// Default for timestamps bound to an HTTP header.
    public static let headerDefault = TimestampFormat.httpDate
    /// Default for timestamps bound to a query parameter or a URI label (and for query-protocol values).
    public static let queryAndLabelDefault = TimestampFormat.iso8601
}

/// Formatting and parsing of AWS wire timestamps, always in UTC.
public enum AWSTimestamp {
    /// Writes `date` in `format`.
    public static func format(_ date: Date, as format: TimestampFormat) -> String {
        switch format {
        case .iso8601: return iso8601(date)
        case .epochSeconds: return epochSeconds(date)
        case .httpDate: return httpDate(date)
        }
    }

    /// Reads a timestamp written in `format`; `nil` when `text` is not one.
    public static func parse(_ text: String, as format: TimestampFormat) -> Date? {
        let bytes = Array(text.utf8)
        switch format {
        case .iso8601: return TimestampParser.iso8601(bytes)
        case .epochSeconds: return TimestampParser.epochSeconds(text)
        case .httpDate: return TimestampParser.httpDate(bytes)
        }
    }

    /// Reads a timestamp in any of the three formats (what botocore accepts in a response).
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for format in [TimestampFormat.iso8601, .epochSeconds, .httpDate] {
            if let date = parse(trimmed, as: format) { return date }
        }
        return nil
    }

    /// Whole seconds and microseconds since 1970, rounded to the microsecond; clamped to ±10^13 s
    /// so that absurd dates cannot overflow.
    static func components(_ date: Date) -> (seconds: Int, micros: Int) {
        let interval = min(max(date.timeIntervalSince1970, -1e13), 1e13)
        let totalMicros = Int((interval * 1_000_000).rounded())
        var seconds = totalMicros / 1_000_000
        var micros = totalMicros % 1_000_000
        if micros < 0 {
            micros += 1_000_000
            seconds -= 1
        }
        return (seconds, micros)
    }

    private static func iso8601(_ date: Date) -> String {
        let (seconds, micros) = components(date)
        let (days, hour, minute, second) = CivilTime.split(epochSeconds: seconds)
        let (year, month, day) = CivilTime.date(daysSinceEpoch: days)
        var text = "\(CivilTime.pad(year, 4))-\(CivilTime.pad(month, 2))-\(CivilTime.pad(day, 2))"
        text += "T\(CivilTime.pad(hour, 2)):\(CivilTime.pad(minute, 2)):\(CivilTime.pad(second, 2))"
        if micros > 0 { text += "." + CivilTime.pad(micros, 6) }
        return text + "Z"
    }

    private static func epochSeconds(_ date: Date) -> String {
        let interval = min(max(date.timeIntervalSince1970, -1e13), 1e13)
        let millis = Int((interval * 1000).rounded())
        let sign = millis < 0 ? "-" : ""
        let magnitude = millis.magnitude
        let fraction = magnitude % 1000
        guard fraction != 0 else { return sign + String(magnitude / 1000) }
        var fractionText = CivilTime.pad(Int(fraction), 3)
        while fractionText.hasSuffix("0") { fractionText.removeLast() }
        return sign + String(magnitude / 1000) + "." + fractionText
    }

    private static func httpDate(_ date: Date) -> String {
        let (seconds, _) = components(date)
        let (days, hour, minute, second) = CivilTime.split(epochSeconds: seconds)
        let (year, month, day) = CivilTime.date(daysSinceEpoch: days)
        let weekday = CivilTime.weekdayNames[CivilTime.weekday(daysSinceEpoch: days)]
        return "\(weekday), \(CivilTime.pad(day, 2)) \(CivilTime.monthNames[month - 1]) \(CivilTime.pad(year, 4)) "
            + "\(CivilTime.pad(hour, 2)):\(CivilTime.pad(minute, 2)):\(CivilTime.pad(second, 2)) GMT"
    }
}
