import Foundation

/// The two date forms SigV4 uses, computed without a formatter: `20150830T123600Z` and `20150830`.
struct AmzDate: Sendable, Equatable {
    /// `YYYYMMDDTHHMMSSZ`, 16 ASCII bytes.
    let timestamp: [UInt8]

    var dateStamp: ArraySlice<UInt8> { timestamp[0..<8] }
    var timestampString: String { String(decoding: timestamp, as: UTF8.self) }
    var dateStampString: String { String(decoding: dateStamp, as: UTF8.self) }

    init(_ date: Date) {
        let seconds = Int64((date.timeIntervalSince1970).rounded(.down))
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        let (year, month, day) = AmzDate.civil(fromDays: days)
        var out = [UInt8]()
        out.reserveCapacity(16)
        AmzDate.append(Int64(year), width: 4, to: &out)
        AmzDate.append(Int64(month), width: 2, to: &out)
        AmzDate.append(Int64(day), width: 2, to: &out)
        out.append(UInt8(ascii: "T"))
        AmzDate.append(secondOfDay / 3600, width: 2, to: &out)
        AmzDate.append(secondOfDay % 3600 / 60, width: 2, to: &out)
        AmzDate.append(secondOfDay % 60, width: 2, to: &out)
        out.append(UInt8(ascii: "Z"))
        timestamp = out
    }

    private static func append(_ value: Int64, width: Int, to out: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value % (divisor * 10)
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(v / divisor))
            v %= divisor
            divisor /= 10
        }
    }

    /// Days since 1970-01-01 to a proleptic Gregorian (year, month, day).
    private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
