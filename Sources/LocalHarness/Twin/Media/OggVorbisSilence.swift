/// Silent Ogg Vorbis (mono): the three Vorbis headers — identification, comment, and a minimal setup (one
/// two-entry codebook, one floor 1 with no partitions, one residue 0, one mapping, one long-block mode) — then
/// audio packets whose only floor says "unused", which decoders play as silence (1,024 samples each after the
/// first). The last page's granule position is the exact sample count, as the Vorbis spec allows for trimming.
enum OggVorbisSilence {
    static let vendor = "MediaGen local twin (silent Vorbis)"
    static let samplesPerPacket = 1024
    static let packetsPerPage = 64

    static func encode(seconds: Double, sampleRate: Int, serial: UInt32) -> [UInt8] {
        let samples = max(1, Int((seconds * Double(sampleRate)).rounded(.up)))
        let audioPackets = (samples + samplesPerPacket - 1) / samplesPerPacket + 1
        var pages = OggPageWriter(serial: serial)
        pages.page([identification(sampleRate: sampleRate)], granule: 0, flags: 0x02)
        pages.page([comment(), setup()], granule: 0, flags: 0)
        var written = 0
        while written < audioPackets {
            let count = min(packetsPerPage, audioPackets - written)
            written += count
            let last = written == audioPackets
            // Samples complete after `written` packets: the first one only primes the overlap.
            let granule = last ? samples : (written - 1) * samplesPerPacket
            pages.page([[UInt8]](repeating: [0x06], count: count), granule: Int64(granule), flags: last ? 0x04 : 0)
        }
        return pages.bytes
    }

    static func identification(sampleRate: Int) -> [UInt8] {
        var packet: [UInt8] = [0x01] + Array("vorbis".utf8)
        packet.appendLittleEndian(0)  // version
        packet.append(1)  // channels
        packet.appendLittleEndian(UInt32(sampleRate))
        packet.appendLittleEndian(0)  // maximum bit rate: unset
        packet.appendLittleEndian(0)  // nominal
        packet.appendLittleEndian(0)  // minimum
        packet.append(0xB8)  // blocksize_0 = 2^8, blocksize_1 = 2^11
        packet.append(0x01)  // framing
        return packet
    }

    static func comment() -> [UInt8] {
        var packet: [UInt8] = [0x03] + Array("vorbis".utf8)
        packet.appendLittleEndian(UInt32(vendor.utf8.count))
        packet += Array(vendor.utf8)
        packet.appendLittleEndian(0)  // no user comments
        packet.append(0x01)
        return packet
    }

    static func setup() -> [UInt8] {
        var bits = BitWriter(.lsbFirst)
        bits.write(5, bits: 8)
        for byte in "vorbis".utf8 { bits.write(Int(byte), bits: 8) }
        // One codebook: 1 dimension, 2 entries of length 1, no value lookup.
        bits.write(0, bits: 8)
        bits.write(0x564342, bits: 24)
        bits.write(1, bits: 16)
        bits.write(2, bits: 24)
        bits.write(0, bits: 1)  // not ordered
        bits.write(0, bits: 1)  // not sparse
        bits.write(0, bits: 5)  // entry 0: length 1
        bits.write(0, bits: 5)  // entry 1: length 1
        bits.write(0, bits: 4)  // lookup type 0
        // One time-domain transform placeholder.
        bits.write(0, bits: 6)
        bits.write(0, bits: 16)
        // One floor of type 1 with no partitions: posts at 0 and 2^10.
        bits.write(0, bits: 6)
        bits.write(1, bits: 16)
        bits.write(0, bits: 5)
        bits.write(1, bits: 2)  // multiplier 2
        bits.write(10, bits: 4)  // rangebits
        // One residue of type 0, empty range, one classification with no cascade books.
        bits.write(0, bits: 6)
        bits.write(0, bits: 16)
        bits.write(0, bits: 24)
        bits.write(0, bits: 24)
        bits.write(0, bits: 24)
        bits.write(0, bits: 6)
        bits.write(0, bits: 8)
        bits.write(0, bits: 3)
        bits.write(0, bits: 1)
        // One mapping: one submap (floor 0, residue 0), no coupling.
        bits.write(0, bits: 6)
        bits.write(0, bits: 16)
        bits.write(0, bits: 1)
        bits.write(0, bits: 1)
        bits.write(0, bits: 2)
        bits.write(0, bits: 8)
        bits.write(0, bits: 8)
        bits.write(0, bits: 8)
        // One mode: long blocks, window 0, transform 0, mapping 0.
        bits.write(0, bits: 6)
        bits.write(1, bits: 1)
        bits.write(0, bits: 16)
        bits.write(0, bits: 16)
        bits.write(0, bits: 8)
        bits.write(1, bits: 1)  // framing
        return bits.finish()
    }
}

/// Ogg pages (RFC 3533) of one logical stream; each call writes whole packets onto one page.
struct OggPageWriter {
    let serial: UInt32
    private(set) var bytes: [UInt8] = []
    private var sequence: UInt32 = 0

    init(serial: UInt32) { self.serial = serial }

    mutating func page(_ packets: [[UInt8]], granule: Int64, flags: UInt8) {
        var lacing: [UInt8] = []
        for packet in packets {
            lacing += [UInt8](repeating: 255, count: packet.count / 255)
            lacing.append(UInt8(packet.count % 255))
        }
        precondition(lacing.count <= 255, "an Ogg page holds at most 255 lacing values")
        var page: [UInt8] = Array("OggS".utf8) + [0, flags]
        page.appendLittleEndian(UInt32(truncatingIfNeeded: granule))
        page.appendLittleEndian(UInt32(truncatingIfNeeded: granule >> 32))
        page.appendLittleEndian(serial)
        page.appendLittleEndian(sequence)
        page.appendLittleEndian(0)  // checksum, filled below
        page.append(UInt8(lacing.count))
        page += lacing
        for packet in packets { page += packet }
        let crc = Checksums.oggCRC(page)
        page[22] = UInt8(crc & 0xFF)
        page[23] = UInt8(crc >> 8 & 0xFF)
        page[24] = UInt8(crc >> 16 & 0xFF)
        page[25] = UInt8(crc >> 24)
        bytes += page
        sequence += 1
    }
}
