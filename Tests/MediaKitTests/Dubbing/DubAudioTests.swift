import Foundation
@testable import MediaKit
import Testing

@Suite("Dubbing: WAV, resampling and the ducking mixer")
struct DubAudioTests {
    @Test("the header written for a track parses back; extra chunks are skipped and streamed sizes are open-ended")
    func wav() throws {
        let header = WAVHeader.bytes(sampleRate: 48000, channels: 2, frameCount: 1000)
        #expect(header.count == 44)
        #expect(try WAVHeader.parse(header) == WAVHeader(sampleRate: 48000, channels: 2, dataOffset: 44, dataLength: 4000))
        var withList = Data(header.prefix(12))
        withList.append(contentsOf: Array("LIST".utf8) + [5, 0, 0, 0] + Array("INFOx".utf8) + [0])
        withList.append(header.suffix(from: 12))
        #expect(try WAVHeader.parse(withList).dataOffset == 58)
        var streamed = header
        streamed.replaceSubrange(40..<44, with: [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(try WAVHeader.parse(streamed).dataLength == Int.max)
    }

    @Test("what is not 16-bit PCM WAV is refused, saying why")
    func refuses() {
        #expect(throws: WAVHeader.ParseError(description: "not a RIFF/WAVE file")) { try WAVHeader.parse(Data("hello world, this is text".utf8)) }
        var float = WAVHeader.bytes(sampleRate: 48000, channels: 1, frameCount: 10)
        float[20] = 3
        #expect(throws: WAVHeader.ParseError(description: "the audio is not PCM (format 3)")) { try WAVHeader.parse(float) }
        var bits24 = WAVHeader.bytes(sampleRate: 48000, channels: 1, frameCount: 10)
        bits24[34] = 24
        #expect(throws: WAVHeader.ParseError(description: "the samples are 24-bit; 16-bit PCM is needed")) { try WAVHeader.parse(bits24) }
        #expect(throws: WAVHeader.ParseError(description: "no data chunk")) { try WAVHeader.parse(WAVHeader.bytes(sampleRate: 8000, channels: 1, frameCount: 0).prefix(36)) }
    }

    @Test("resampling keeps the length ratio and interpolates between samples")
    func resamples() {
        let up = PCMResampler.resample([0, 300, 600], from: 16000, to: 48000)
        #expect(up.count == 9)
        #expect(Array(up.prefix(4)) == [0, 100, 200, 300])
        #expect(PCMResampler.resample([1, 2, 3], from: 16000, to: 16000) == [1, 2, 3])
        #expect(PCMResampler.resample([0, 100, 200, 300], from: 48000, to: 24000) == [0, 200])
    }

    @Test("a replace mix is the clips on silence, in every channel, saturating instead of wrapping")
    func replaceMix() {
        let clips: [DubMixer.Clip] = [(2, [1000, 2000]), (3, [Int16.max, 5])]
        let out = DubMixer.render(frames: 0..<6, sampleRate: 100, channels: 2, clips: clips, original: nil)
        #expect(out == [0, 0, 0, 0, 1000, 1000, Int16.max, Int16.max, 5, 5, 0, 0])
    }

    @Test("a duck mix lowers the original by the decibels inside clips, with linear ramps either side, and adds the dub")
    func duckMix() {
        let original = [Int16](repeating: 10000, count: 20)
        let out = DubMixer.render(frames: 0..<20, sampleRate: 10, channels: 1, clips: [(8, [500, 500, 500, 500])], original: original,
                                  duckDecibels: -20, ramp: 0.4)
        #expect(out[0...4] == [10000, 10000, 10000, 10000, 10000])
        #expect(out[5] == 7750 && out[6] == 5500 && out[7] == 3250)
        #expect(out[8...11] == [1500, 1500, 1500, 1500])
        #expect(out[12] == 1000 && out[13] == 3250 && out[15] == 7750 && out[16] == 10000)
    }

    @Test("rendering in chunks of any size gives the same samples as rendering in one go")
    func chunkInvariant() {
        var seed: UInt64 = 7
        func next() -> Int16 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int16(truncatingIfNeeded: seed >> 40)
        }
        let frames = 5000, channels = 2
        let original = (0..<frames * channels).map { _ in next() }
        let clips: [DubMixer.Clip] = [(100, (0..<700).map { _ in next() }), (1200, (0..<50).map { _ in next() }), (1260, (0..<3000).map { _ in next() })]
        let whole = DubMixer.render(frames: 0..<frames, sampleRate: 1000, channels: channels, clips: clips, original: original)
        for size in [1, 7, 333, 1024, 4999] {
            var pieces: [Int16] = []
            var from = 0
            while from < frames {
                let to = min(from + size, frames)
                pieces += DubMixer.render(frames: from..<to, sampleRate: 1000, channels: channels, clips: clips,
                                          original: Array(original[from * channels..<to * channels]))
                from = to
            }
            #expect(pieces == whole, "chunks of \(size)")
        }
    }
}
