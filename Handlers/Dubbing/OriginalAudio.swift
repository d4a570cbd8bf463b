import AWSClients
import Foundation
import LambdaRuntime
import MediaKit

/// The original audio MediaConvert extracted (a 16-bit PCM WAV in S3), read a range of frames at a time.
struct OriginalAudio: Sendable {
    let bucket: String
    let key: String
    let sampleRate: Int
    let channels: Int
    let dataOffset: Int
    let frames: Int

    /// Reads the header (the first 64 KiB holds it); `OriginalAudioUnreadable` when it is not a PCM WAV.
    static func open(s3: S3Client, bucket: String, key: String) async throws -> OriginalAudio {
        let head = try await s3.getObject(bucket: bucket, key: key, range: "bytes=0-65535")
        // `bytes 0-65535/<size>`: the object's size bounds a streamed WAV whose data chunk gives no length.
        let size = head.attributes.contentRange.flatMap { $0.split(separator: "/").last.flatMap { Int($0) } } ?? head.body.count
        do {
            let header = try WAVHeader.parse(head.body)
            let length = min(header.dataLength, max(size - header.dataOffset, 0))
            return OriginalAudio(bucket: bucket, key: key, sampleRate: header.sampleRate, channels: header.channels, dataOffset: header.dataOffset,
                                 frames: length / (2 * header.channels))
        } catch {
            throw StepError(errorType: "OriginalAudioUnreadable", message: "the original audio extracted by MediaConvert is not a 16-bit PCM WAV: \(error)")
        }
    }

    /// Interleaved samples of `frames` (frames past the end are silence).
    func frames(_ range: Range<Int>, s3: S3Client) async throws -> [Int16] {
        var samples = [Int16](repeating: 0, count: range.count * channels)
        let available = range.clamped(to: 0..<frames)
        guard !available.isEmpty else { return samples }
        let first = dataOffset + available.lowerBound * channels * 2
        let last = dataOffset + available.upperBound * channels * 2 - 1
        let data = try await s3.getObject(bucket: bucket, key: key, range: "bytes=\(first)-\(last)").body
        let offset = (available.lowerBound - range.lowerBound) * channels
        data.withUnsafeBytes { raw in
            for index in 0..<min(raw.count / 2, samples.count - offset) {
                samples[offset + index] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: index * 2, as: Int16.self))
            }
        }
        return samples
    }
}

/// The clips a chunk of the track needs, read from S3 once and resampled to the track's rate; clips that end
/// before the chunk are dropped.
struct ClipCache {
    let s3: S3Client
    let bucket: String
    let sampleRate: Int
    private var loaded: [Int: (startFrame: Int, samples: [Int16])] = [:]

    init(s3: S3Client, bucket: String, sampleRate: Int) {
        self.s3 = s3
        self.bucket = bucket
        self.sampleRate = sampleRate
    }

    mutating func clips(overlapping range: Range<Int>, in timeline: DubTimeline) async throws -> [(startFrame: Int, samples: [Int16])] {
        loaded = loaded.filter { $0.value.startFrame + $0.value.samples.count > range.lowerBound }
        var placed: [(startFrame: Int, samples: [Int16])] = []
        for clip in timeline.clips {
            let start = Int((clip.start * Double(sampleRate)).rounded())
            let end = start + Int((clip.duration * Double(sampleRate)).rounded(.up))
            guard start < range.upperBound, end > range.lowerBound else { continue }
            if let cached = loaded[clip.index] {
                placed.append(cached)
                continue
            }
            let pcm = try await s3.getObject(bucket: bucket, key: clip.key).body
            var samples = [Int16](repeating: 0, count: pcm.count / 2)
            pcm.withUnsafeBytes { raw in
                for index in samples.indices { samples[index] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: index * 2, as: Int16.self)) }
            }
            let resampled = PCMResampler.resample(samples, from: CueVoicing.sampleRate, to: sampleRate)
            loaded[clip.index] = (start, resampled)
            placed.append((start, resampled))
        }
        return placed
    }
}
