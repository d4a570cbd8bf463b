/// Silent MPEG audio Layer III (mono, constant bit rate): an `Info` (Xing) frame carrying the frame count, then
/// frames whose side information is all zero, which every decoder plays as silence. The duration is
/// `frames × samplesPerFrame / sampleRate`, as mutagen, ffprobe and players compute it from the `Info` frame.
enum MP3Silence {
    /// MPEG version, sampling-rate index and the bit rate used at each supported sample rate.
    private struct Format {
        var versionBits: Int  // 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5
        var rateIndex: Int
        var kbps: Int
        var bitrateIndex: Int
        var isMPEG1: Bool { versionBits == 3 }
        var samplesPerFrame: Int { isMPEG1 ? 1152 : 576 }
        var sideInfoBytes: Int { isMPEG1 ? 17 : 9 }
        var coefficient: Int { isMPEG1 ? 144 : 72 }
    }

    private static func format(_ sampleRate: Int) -> Format? {
        switch sampleRate {
        case 8000: Format(versionBits: 0, rateIndex: 2, kbps: 16, bitrateIndex: 2)
        case 16000: Format(versionBits: 2, rateIndex: 2, kbps: 32, bitrateIndex: 4)
        case 22050: Format(versionBits: 2, rateIndex: 0, kbps: 48, bitrateIndex: 6)
        case 24000: Format(versionBits: 2, rateIndex: 1, kbps: 48, bitrateIndex: 6)
        case 44100: Format(versionBits: 3, rateIndex: 0, kbps: 64, bitrateIndex: 5)
        case 48000: Format(versionBits: 3, rateIndex: 1, kbps: 64, bitrateIndex: 5)
        default: nil
        }
    }

    static func supports(sampleRate: Int) -> Bool { format(sampleRate) != nil }

    /// The audio frames (after the `Info` frame) needed for `seconds`.
    static func frameCount(seconds: Double, sampleRate: Int) -> Int {
        guard let format = format(sampleRate) else { return 0 }
        let samples = Int((seconds * Double(sampleRate)).rounded(.up))
        return max(1, (samples + format.samplesPerFrame - 1) / format.samplesPerFrame)
    }

    /// At least `seconds` of silence at `sampleRate` (8000, 16000, 22050, 24000, 44100 or 48000 Hz).
    static func encode(seconds: Double, sampleRate: Int) -> [UInt8] {
        guard let format = format(sampleRate) else { return [] }
        let frames = frameCount(seconds: seconds, sampleRate: sampleRate)
        let bytesPerSecondScaled = format.coefficient * format.kbps * 1000
        var output: [UInt8] = []
        var previousTotal = 0
        var audioBytes = 0
        var frameBytesList: [Int] = []
        for index in 0...frames {
            let total = (index + 1) * bytesPerSecondScaled / sampleRate
            frameBytesList.append(total - previousTotal)
            previousTotal = total
        }
        audioBytes = frameBytesList.reduce(0, +)
        let base = bytesPerSecondScaled / sampleRate
        for (index, length) in frameBytesList.enumerated() {
            var frame = header(format, padding: length > base)
            frame += [UInt8](repeating: 0, count: format.sideInfoBytes)
            if index == 0 {
                frame += Array("Info".utf8)
                frame.appendBigEndian(0x0000_0003)  // frame count and byte count present
                frame.appendBigEndian(UInt32(frames))
                frame.appendBigEndian(UInt32(audioBytes))
            }
            frame += [UInt8](repeating: 0, count: length - frame.count)
            output += frame
        }
        return output
    }

    private static func header(_ format: Format, padding: Bool) -> [UInt8] {
        var bits = BitWriter(.msbFirst)
        bits.write(0x7FF, bits: 11)
        bits.write(format.versionBits, bits: 2)
        bits.write(1, bits: 2)  // Layer III
        bits.write(1, bits: 1)  // no CRC
        bits.write(format.bitrateIndex, bits: 4)
        bits.write(format.rateIndex, bits: 2)
        bits.flag(padding)
        bits.write(0, bits: 1)  // private
        bits.write(3, bits: 2)  // single channel
        bits.write(0, bits: 2)  // mode extension
        bits.write(0, bits: 1)  // copyright
        bits.write(1, bits: 1)  // original
        bits.write(0, bits: 2)  // no emphasis
        return bits.finish()
    }
}
