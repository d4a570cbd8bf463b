import Foundation

/// The RIFF/WAVE header of 16-bit PCM audio: written in front of a track, read from a file MediaConvert wrote.
public struct WAVHeader: Sendable, Equatable {
    /// Why a WAV could not be read.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    public var sampleRate: Int
    public var channels: Int
    /// Where the samples start, and how many bytes they take.
    public var dataOffset: Int
    public var dataLength: Int

    /// The 44-byte header of `frameCount` frames of 16-bit PCM.
    public static func bytes(sampleRate: Int, channels: Int, frameCount: Int) -> Data {
        let dataLength = UInt32(clamping: frameCount * channels * 2)
        var header = Data()
        header.reserveCapacity(44)
        func put(_ text: String) { header.append(contentsOf: Array(text.utf8)) }
        func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { header.append(contentsOf: $0) } }
        func put16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { header.append(contentsOf: $0) } }
        put("RIFF")
        put32(36 &+ dataLength)
        put("WAVE")
        put("fmt ")
        put32(16)
        put16(1)
        put16(UInt16(channels))
        put32(UInt32(sampleRate))
        put32(UInt32(sampleRate * channels * 2))
        put16(UInt16(channels * 2))
        put16(16)
        put("data")
        put32(dataLength)
        return header
    }

    /// Reads the header from the start of a WAV (its first chunks are enough): walks the chunks to `fmt ` and
    /// `data`, skipping any other (`LIST`, `fact`, …). Only 16-bit PCM is accepted.
    public static func parse(_ data: Data) throws(ParseError) -> WAVHeader {
        let bytes = [UInt8](data.prefix(1 << 20))
        func u32(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24 }
        func u16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        func tag(_ offset: Int) -> String { String(decoding: bytes[offset..<offset + 4], as: UTF8.self) }
        guard bytes.count >= 12, tag(0) == "RIFF", tag(8) == "WAVE" else { throw ParseError(description: "not a RIFF/WAVE file") }
        var offset = 12
        var format: (channels: Int, rate: Int, bits: Int, encoding: Int)?
        while offset + 8 <= bytes.count {
            let id = tag(offset), size = u32(offset + 4)
            if id == "fmt " {
                guard offset + 8 + 16 <= bytes.count, size >= 16 else { throw ParseError(description: "the fmt chunk is cut short") }
                format = (u16(offset + 10), u32(offset + 12), u16(offset + 22), u16(offset + 8))
            } else if id == "data" {
                guard let format else { throw ParseError(description: "the data chunk comes before the fmt chunk") }
                // WAVE_FORMAT_PCM (1), or WAVE_FORMAT_EXTENSIBLE (0xFFFE) whose subformat is PCM at 16 bits.
                guard format.encoding == 1 || format.encoding == 0xFFFE else { throw ParseError(description: "the audio is not PCM (format \(format.encoding))") }
                guard format.bits == 16 else { throw ParseError(description: "the samples are \(format.bits)-bit; 16-bit PCM is needed") }
                guard format.channels > 0, format.rate > 0 else { throw ParseError(description: "the fmt chunk gives \(format.channels) channels at \(format.rate) Hz") }
                // A streamed WAV may give 0 or 0xFFFFFFFF as the data size: the data then runs to the end of the file.
                let length = size == 0 || size == 0xFFFF_FFFF ? Int.max : size
                return WAVHeader(sampleRate: format.rate, channels: format.channels, dataOffset: offset + 8, dataLength: length)
            }
            offset += 8 + size + (size & 1)
        }
        throw ParseError(description: format == nil ? "no fmt chunk" : "no data chunk")
    }
}
