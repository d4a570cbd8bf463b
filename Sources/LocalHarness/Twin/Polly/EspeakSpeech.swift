import Foundation

/// Real speech for `pcm` output when `espeak-ng` is installed: its WAV resampled to the asked rate and fitted to
/// the timeline's duration (padded with silence, or its tail cut), so speech marks still match the audio. With
/// no espeak-ng (or for mp3/ogg, which would need an encoder the machine lacks) the twin answers silence.
enum EspeakSpeech {
    static let searchPaths = ["/usr/bin/espeak-ng", "/usr/local/bin/espeak-ng", "/opt/homebrew/bin/espeak-ng"]

    static var executable: URL? {
        searchPaths.first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }

    /// espeak-ng's voice for a Polly language code.
    static func voice(_ languageCode: String) -> String {
        switch languageCode {
        case "en-US": "en-us"
        case "en-GB": "en-gb"
        case "es-US", "es-MX": "es-419"
        case "pt-BR": "pt-br"
        case "cmn-CN": "cmn"
        case "ar-AE", "arb": "ar"
        default: String(languageCode.split(separator: "-").first ?? "en")
        }
    }

    /// `words` spoken over `seconds`: espeak-ng is asked for a slightly faster pace so its speech ends in time.
    static func pcm(text: String, ssml: Bool, languageCode: String, sampleRate: Int, seconds: Double, words: Int) -> Data? {
        guard let executable else { return nil }
        let process = Process()
        process.executableURL = executable
        let pace = min(450, max(80, Int(Double(words) / max(seconds, 0.5) * 60 * 1.1)))
        process.arguments = ["--stdout", "-v", voice(languageCode), "-s", String(pace)] + (ssml ? ["-m"] : []) + ["--", text]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let wav = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let (samples, rate) = samples(wav: Array(wav)) else { return nil }
        let resampled = resample(samples, from: rate, to: sampleRate)
        let count = Int((seconds * Double(sampleRate)).rounded(.up))
        var fitted = Array(resampled.prefix(count))
        fitted += [Int16](repeating: 0, count: count - fitted.count)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 2)
        for sample in fitted { bytes.appendLittleEndian16(UInt16(bitPattern: sample)) }
        return Data(bytes)
    }

    /// The 16-bit mono samples and rate of a RIFF/WAVE file.
    static func samples(wav: [UInt8]) -> ([Int16], Int)? {
        guard wav.count > 12, wav[0..<4].elementsEqual("RIFF".utf8), wav[8..<12].elementsEqual("WAVE".utf8) else { return nil }
        func u32(_ at: Int) -> Int { Int(wav[at]) | Int(wav[at + 1]) << 8 | Int(wav[at + 2]) << 16 | Int(wav[at + 3]) << 24 }
        var offset = 12
        var rate = 0
        while offset + 8 <= wav.count {
            let id = String(decoding: wav[offset..<(offset + 4)], as: UTF8.self)
            // espeak-ng writes 0xFFFFFFFF as the data size when streaming to stdout.
            var size = u32(offset + 4)
            if id == "fmt ", offset + 16 <= wav.count { rate = u32(offset + 12) }
            if id == "data" {
                if size == 0xFFFF_FFFF || offset + 8 + size > wav.count { size = wav.count - offset - 8 }
                var samples: [Int16] = []
                samples.reserveCapacity(size / 2)
                var index = offset + 8
                while index + 1 < offset + 8 + size {
                    samples.append(Int16(bitPattern: UInt16(wav[index]) | UInt16(wav[index + 1]) << 8))
                    index += 2
                }
                return rate > 0 ? (samples, rate) : nil
            }
            offset += 8 + size + (size & 1)
        }
        return nil
    }

    /// Linear interpolation between sample rates.
    static func resample(_ samples: [Int16], from source: Int, to target: Int) -> [Int16] {
        guard source != target, !samples.isEmpty else { return samples }
        let count = samples.count * target / source
        return (0..<count).map { index in
            let position = Double(index) * Double(source) / Double(target)
            let low = min(samples.count - 1, Int(position))
            let high = min(samples.count - 1, low + 1)
            let fraction = position - Double(low)
            return Int16((Double(samples[low]) * (1 - fraction) + Double(samples[high]) * fraction).rounded())
        }
    }
}
