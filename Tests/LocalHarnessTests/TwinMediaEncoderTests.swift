import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// The twin's hand-written media encoders, checked against known checksums and decoded by independent decoders
/// (zlib and Pillow for PNG; FFmpeg through PyAV, and mutagen, for MP3, Ogg Vorbis and MP4/H.264).
@Suite("Twin media encoders")
struct TwinMediaEncoderTests {
    /// The decoders' report on `bytes`; the script runs on a Dispatch thread, never holding one of the few
    /// threads of the concurrency pool that the twin's servers in other tests need.
    static func probe(_ bytes: [UInt8]) async throws -> JSONValue {
        let output = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data, any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try PythonOracle.run("media_probe.py", input: Data(bytes)) })
            }
        }
        return try JSONValue(parsing: output)
    }

    @Test("CRC-32, the Ogg CRC and Adler-32 give the published check values")
    func checksums() {
        let digits = Array("123456789".utf8)
        #expect(Checksums.crc32(digits) == 0xCBF4_3926)
        #expect(Checksums.oggCRC(digits) == 0x89A1_897F)  // CRC-32/POSIX's parameters without the final inversion
        #expect(Checksums.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
    }

    @Test("Exp-Golomb codes are written as H.264 defines them")
    func expGolomb() {
        var bits = BitWriter(.msbFirst)
        bits.ue(0)  // 1
        bits.ue(3)  // 00100
        bits.se(-2)  // ue(4) = 00101
        bits.se(1)  // ue(1) = 010
        #expect(bits.finish() == [0b1001_0000, 0b1010_1000])
    }

    @Test("a PNG inflates with zlib, passes every chunk CRC and decodes with Pillow at its size and colours")
    func png() async throws {
        var image = RGBImage(width: 37, height: 21, fill: RGB(10, 200, 30))
        image[36, 20] = RGB(250, 5, 128)
        let encoded = PNGEncoder.encode(image)
        let result = try await Self.probe(encoded)
        #expect(result["width"] == .int(37))
        #expect(result["height"] == .int(21))
        #expect(result["mode"] == "RGB")
        #expect(result["inflated"] == .int(21 * (37 * 3 + 1)))
        #expect(result["corners"] == [[10, 200, 30], [10, 200, 30], [10, 200, 30], [250, 5, 128]])
        // Runs compress: a flat picture is far smaller than its raw samples.
        #expect(encoded.count < 37 * 21 * 3 / 4)
    }

    @Test("silent MP3 decodes with FFmpeg to silence of the frame-count duration at each Polly sample rate")
    func mp3() async throws {
        for rate in [8000, 16000, 22050, 24000, 44100, 48000] {
            let seconds = 2.37
            let result = try await Self.probe(MP3Silence.encode(seconds: seconds, sampleRate: rate))
            let frames = MP3Silence.frameCount(seconds: seconds, sampleRate: rate)
            let perFrame = rate >= 32000 ? 1152 : 576
            let expected = Double(frames * perFrame) / Double(rate)
            #expect(result["codec"]?.stringValue?.hasPrefix("mp3") == true, "\(rate)")  // FFmpeg names its decoder mp3float
            #expect(result["sampleRate"] == .int(rate))
            #expect(result["channels"] == .int(1))
            #expect(result["peak"]?.number == 0)
            #expect(abs((result["mutagenLength"]?.number ?? 0) - expected) < 1e-6, "\(rate): \(result)")
            #expect(expected >= seconds && expected < seconds + Double(perFrame) / Double(rate))
            let decoded = Double(result["decodedSamples"]?.number ?? 0) / Double(rate)
            #expect(abs(decoded - expected) <= 2 * Double(perFrame) / Double(rate), "\(rate): decoded \(decoded) s")
        }
    }

    @Test("silent Ogg Vorbis: FFmpeg's Vorbis decoder accepts the setup header and decodes silence of the exact length")
    func oggVorbis() async throws {
        let seconds = 3.21
        let result = try await Self.probe(OggVorbisSilence.encode(seconds: seconds, sampleRate: 22050, serial: 7))
        #expect(result["codec"] == "vorbis")
        #expect(result["sampleRate"] == .int(22050))
        #expect(result["peak"]?.number == 0)
        let samples = Int((seconds * 22050).rounded(.up))
        #expect(abs((result["mutagenLength"]?.number ?? 0) - Double(samples) / 22050) < 1e-6)
        #expect(abs(Int(result["decodedSamples"]?.number ?? 0) - samples) <= 1024, "\(result)")
    }

    @Test("silent Ogg Opus decodes with FFmpeg to silence, its length set by the last granule minus the pre-skip")
    func oggOpus() async throws {
        let seconds = 1.234
        let result = try await Self.probe(OggOpusSilence.encode(seconds: seconds, serial: 9))
        #expect(result["codec"]?.stringValue?.contains("opus") == true, "\(result)")
        #expect(result["sampleRate"] == .int(48000))
        #expect(result["peak"]?.number == 0)
        #expect(abs((result["mutagenLength"]?.number ?? 0) - Double(Int((seconds * 48000).rounded(.up))) / 48000) < 1e-6)
        #expect(abs(Double(result["decodedSamples"]?.number ?? 0) / 48000 - seconds) < 0.04, "\(result)")
    }

    @Test("a still-shot MP4 demuxes and every H.264 frame decodes with FFmpeg, at the size, rate, duration and colour asked")
    func mp4() async throws {
        let picture = RGBImage(width: 320, height: 184, fill: RGB(200, 40, 40))
        let video = MP4Writer.stillVideo(picture, durationSeconds: 2, fps: 24, creation: Date(timeIntervalSince1970: 1_700_000_000))
        let result = try await Self.probe(video)
        #expect(result["codec"] == "h264")
        #expect(result["width"] == .int(320))
        #expect(result["height"] == .int(184))  // 12 macroblock rows minus 8 cropped lines
        #expect(result["fps"]?.number == 24)
        #expect(result["duration"]?.number == 2)
        #expect(result["frames"] == .int(48))
        #expect(result["declaredFrames"] == .int(48))
        for key in ["firstTopPixel", "lastTopPixel"] {
            let pixel = result[key]?.arrayValue?.compactMap(\.number) ?? []
            #expect(pixel.count == 3 && abs(pixel[0] - 200) <= 4 && abs(pixel[1] - 40) <= 4 && abs(pixel[2] - 40) <= 4, "\(key): \(pixel)")
        }
    }

    @Test("prompt pictures are deterministic and take their palette from the prompt's words")
    func promptPictures() {
        let sunset = PromptPicture.render(prompt: "a sunset over the hills", seed: 1, width: 64, height: 48)
        #expect(sunset == PromptPicture.render(prompt: "a sunset over the hills", seed: 1, width: 64, height: 48))
        #expect(sunset != PromptPicture.render(prompt: "a sunset over the hills", seed: 2, width: 64, height: 48))
        #expect(sunset[0, 0] == PromptPicture.palette(for: "sunset")[0])
        let ocean = PromptPicture.render(prompt: "deep ocean", seed: 1, width: 64, height: 48)
        #expect(ocean[0, 0].blue > ocean[0, 0].red)
    }
}
