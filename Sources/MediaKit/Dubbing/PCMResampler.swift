/// Changes the sample rate of mono 16-bit PCM by linear interpolation (Polly's 16 kHz speech to a 48 kHz track).
public enum PCMResampler {
    public static func resample(_ samples: [Int16], from source: Int, to target: Int) -> [Int16] {
        guard source > 0, target > 0, source != target, !samples.isEmpty else { return samples }
        let count = Int((Double(samples.count) * Double(target) / Double(source)).rounded())
        var output = [Int16](repeating: 0, count: count)
        let step = Double(source) / Double(target)
        let last = samples.count - 1
        for index in 0..<count {
            let position = Double(index) * step
            let lower = min(Int(position), last)
            let upper = min(lower + 1, last)
            let fraction = position - Double(lower)
            let value = Double(samples[lower]) * (1 - fraction) + Double(samples[upper]) * fraction
            output[index] = Int16(clamping: Int(value.rounded()))
        }
        return output
    }
}
