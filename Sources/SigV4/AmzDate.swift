import Foundation

/// The two date forms SigV4 uses, computed without a formatter: `20150830T123600Z` and `20150830`.
struct AmzDate: Sendable, Equatable {
    /// `YYYYMMDDTHHMMSSZ`, 16 ASCII bytes.
    let timestamp: [UInt8]

    var dateStamp: ArraySlice<UInt8> { timestamp[0..<8] }
    var timestampString: String { String(decoding: timestamp, as: UTF8.self) }
    var dateStampString: String { String(decoding: dateStamp, as: UTF8.self) }

    init(_ date: Date) {
        let (days, hour, minute, second) = CivilTime.split(epochSeconds: Int(date.timeIntervalSince1970.rounded(.down)))
        let (year, month, day) = CivilTime.date(daysSinceEpoch: days)
        var out = [UInt8]()
        out.reserveCapacity(16)
        AmzDate.append(year, width: 4, to: &out)
        AmzDate.append(month, width: 2, to: &out)
        AmzDate.append(day, width: 2, to: &out)
        out.append(UInt8(ascii: "T"))
        AmzDate.append(hour, width: 2, to: &out)
        AmzDate.append(minute, width: 2, to: &out)
        AmzDate.append(second, width: 2, to: &out)
        out.append(UInt8(ascii: "Z"))
        timestamp = out
    }

    private static func append(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value % (divisor * 10)
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(v / divisor))
            v %= divisor
            divisor /= 10
        }
    }
}
