/// Silent Ogg Opus (RFC 7845), mono at 48 kHz: `OpusHead`, `OpusTags`, then 20 ms CELT frames that decode to
/// silence (TOC 0xF8 with the two-byte silence frame). Granule positions count 48 kHz samples including the
/// pre-skip; the last page's granule trims the stream to the exact length.
enum OggOpusSilence {
    static let preSkip = 312
    static let samplesPerPacket = 960
    static let silentPacket: [UInt8] = [0xF8, 0xFF, 0xFE]
    static let packetsPerPage = 50

    static func encode(seconds: Double, serial: UInt32) -> [UInt8] {
        let samples = max(1, Int((seconds * 48000).rounded(.up)))
        let packets = (samples + preSkip + samplesPerPacket - 1) / samplesPerPacket
        var head: [UInt8] = Array("OpusHead".utf8) + [1, 1]
        head.appendLittleEndian16(UInt16(preSkip))
        head.appendLittleEndian(48000)
        head.appendLittleEndian16(0)  // output gain
        head.append(0)  // channel mapping family 0: mono or stereo
        var tags: [UInt8] = Array("OpusTags".utf8)
        let vendor = Array("MediaGen local twin (silent Opus)".utf8)
        tags.appendLittleEndian(UInt32(vendor.count))
        tags += vendor
        tags.appendLittleEndian(0)
        var pages = OggPageWriter(serial: serial)
        pages.page([head], granule: 0, flags: 0x02)
        pages.page([tags], granule: 0, flags: 0)
        var written = 0
        while written < packets {
            let count = min(packetsPerPage, packets - written)
            written += count
            let last = written == packets
            let granule = last ? samples + preSkip : written * samplesPerPacket
            pages.page([[UInt8]](repeating: silentPacket, count: count), granule: Int64(granule), flags: last ? 0x04 : 0)
        }
        return pages.bytes
    }
}
