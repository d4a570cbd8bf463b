import Foundation

/// Reads an MP4/MOV file's length from its movie header (`moov/mvhd`), so the twin can report output durations and
/// HLS segment counts without decoding anything.
enum MP4Probe {
    /// The length in seconds, or nil when the data is not an ISO BMFF file with a movie header.
    static func duration(of data: Data) -> Double? {
        let bytes = [UInt8](data)
        guard let moov = box("moov", in: bytes, from: 0, to: bytes.count), let mvhd = box("mvhd", in: bytes, from: moov.body, to: moov.end) else {
            return nil
        }
        let start = mvhd.body
        guard start < mvhd.end else { return nil }
        let version = bytes[start]
        let timescaleAt = start + 4 + (version == 1 ? 16 : 8)
        let durationAt = timescaleAt + 4
        guard durationAt + (version == 1 ? 8 : 4) <= mvhd.end else { return nil }
        let timescale = integer(bytes, at: timescaleAt, size: 4)
        let duration = integer(bytes, at: durationAt, size: version == 1 ? 8 : 4)
        guard timescale > 0 else { return nil }
        return Double(duration) / Double(timescale)
    }

    /// The first box of `type` between `from` and `to`: where its body starts and where it ends.
    static func box(_ type: String, in bytes: [UInt8], from: Int, to: Int) -> (body: Int, end: Int)? {
        var offset = from
        while offset + 8 <= to {
            var size = integer(bytes, at: offset, size: 4)
            var header = 8
            if size == 1 {
                guard offset + 16 <= to else { return nil }
                size = integer(bytes, at: offset + 8, size: 8)
                header = 16
            } else if size == 0 {
                size = UInt64(to - offset)
            }
            guard size >= UInt64(header), offset + Int(clamping: size) <= to else { return nil }
            let name = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            if name == type { return (offset + header, offset + Int(size)) }
            offset += Int(size)
        }
        return nil
    }

    static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> UInt64 {
        bytes[offset..<(offset + size)].reduce(0) { $0 << 8 | UInt64($1) }
    }
}
