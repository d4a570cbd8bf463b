import Foundation

/// Renders the dub track a chunk at a time: the voiced clips placed on the timeline, added to every channel, over
/// the original audio when there is one (a `duck` mix), whose level drops by `duckDecibels` while a clip plays,
/// with linear ramps of `ramp` seconds on either side. Every output frame depends only on its own position, so
/// rendering a range in one go or chunk by chunk gives the same samples.
public enum DubMixer {
    /// A clip's mono samples at the track's rate and the frame it starts at.
    public typealias Clip = (startFrame: Int, samples: [Int16])

    /// Interleaved samples of `frames` for `channels` channels. `original`, when given, holds exactly those frames,
    /// interleaved the same way.
    public static func render(frames: Range<Int>, sampleRate: Int, channels: Int, clips: [Clip], original: [Int16]?,
                              duckDecibels: Double = -14, ramp: Double = 0.25) -> [Int16] {
        let count = frames.count
        guard count > 0, channels > 0 else { return [] }
        var mix = [Int32](repeating: 0, count: count * channels)
        if let original {
            let duckGain = pow(10, duckDecibels / 20)
            let rampFrames = max(Int((ramp * Double(sampleRate)).rounded()), 0)
            var duck = [Double](repeating: 0, count: count)
            for clip in clips where !clip.samples.isEmpty {
                let start = clip.startFrame, end = clip.startFrame + clip.samples.count
                let from = max(start - rampFrames, frames.lowerBound), to = min(end + rampFrames, frames.upperBound)
                guard from < to else { continue }
                for frame in from..<to {
                    let depth: Double
                    if frame < start {
                        depth = Double(frame - (start - rampFrames)) / Double(rampFrames)
                    } else if frame >= end {
                        depth = Double(end + rampFrames - frame) / Double(rampFrames)
                    } else {
                        depth = 1
                    }
                    let slot = frame - frames.lowerBound
                    if depth > duck[slot] { duck[slot] = depth }
                }
            }
            for slot in 0..<count {
                let gain = 1 - duck[slot] * (1 - duckGain)
                for channel in 0..<channels {
                    let index = slot * channels + channel
                    guard index < original.count else { break }
                    mix[index] = Int32((Double(original[index]) * gain).rounded())
                }
            }
        }
        for clip in clips {
            let from = max(clip.startFrame, frames.lowerBound), to = min(clip.startFrame + clip.samples.count, frames.upperBound)
            guard from < to else { continue }
            for frame in from..<to {
                let sample = Int32(clip.samples[frame - clip.startFrame])
                let base = (frame - frames.lowerBound) * channels
                for channel in 0..<channels { mix[base + channel] += sample }
            }
        }
        return mix.map { Int16(clamping: $0) }
    }
}
