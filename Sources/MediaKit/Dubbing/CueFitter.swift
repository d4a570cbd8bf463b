import Foundation

/// Fits a dubbed line to its cue: the SSML Polly voices (an `end` mark measures the speech, `<prosody rate>`
/// speeds it up, `<break>`s pad it), the window it may fill, the plan before voicing, and the settled fit after
/// the speech was measured at the planned rate.
public enum CueFitter {
    /// Polly allows at most 10 s in one `<break>`.
    public static let longestBreak = 10.0

    /// `<speak>` with the escaped text, at `rate` (1: no `<prosody>`), then `<mark name="end"/>` and breaks
    /// adding up to `padding` seconds (whole milliseconds, each at most 10 s).
    public static func ssml(text: String, rate: Double, padding: Double) -> String {
        var body = escape(text)
        if abs(rate - 1) >= 0.005 {
            body = "<prosody rate=\"\(Int((rate * 100).rounded()))%\">\(body)</prosody>"
        }
        var ssml = "<speak>\(body)<mark name=\"end\"/>"
        var remaining = Int((max(padding, 0) * 1000).rounded())
        while remaining > 0 {
            let piece = min(remaining, Int(longestBreak * 1000))
            ssml += "<break time=\"\(piece)ms\"/>"
            remaining -= piece
        }
        return ssml + "</speak>"
    }

    /// XML-escapes text for SSML.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Seconds a cue's clip may last: until the next cue's start less the gap (never less than the cue itself
    /// allows up to that start), or the cue's duration plus a second after the last cue.
    public static func window(for cue: DubbingCue, next: DubbingCue?, rules: CueFitRules) -> Double {
        guard let next else { return cue.duration + 1 }
        let untilNext = next.start - cue.start
        let free = untilNext - rules.minimumGap
        return max(min(max(free, cue.duration), untilNext), 0)
    }

    /// Before voicing: the rate for speech of `natural` seconds in a cue of `target` seconds that may run to `window`.
    public static func plan(natural: Double, target: Double, window: Double, rules: CueFitRules) -> CueFitPlan {
        if natural <= target + rules.tolerance {
            return CueFitPlan(rate: 1, expectedSpoken: natural, padding: max(target - natural, 0), outcome: .fits)
        }
        if natural <= window {
            return CueFitPlan(rate: 1, expectedSpoken: natural, padding: 0, outcome: .fits)
        }
        let needed = target > 0 ? natural / target : rules.maxRate
        let rate = min(max(needed, 1), rules.maxRate)
        let expected = natural / rate
        return CueFitPlan(rate: rate, expectedSpoken: expected, padding: max(target - expected, 0), outcome: expected <= window + rules.tolerance ? .spedUp : .overflow)
    }

    /// After voicing at the plan's rate: `measured` seconds of speech padded to the cue's end (never past the
    /// window), or cut at the window's end when it is longer.
    public static func settle(plan: CueFitPlan, measured: Double, target: Double, window: Double, natural: Double? = nil, rules: CueFitRules) -> FittedCue {
        let spoken = max(measured, 0)
        let trimmed = max(spoken - window, 0)
        let padding = trimmed > 0 ? 0 : min(max(target - spoken, 0), max(window - spoken, 0))
        let outcome: CueFitOutcome = trimmed > rules.tolerance ? .overflow : (abs(plan.rate - 1) >= 0.005 ? .spedUp : .fits)
        return FittedCue(index: 0, start: 0, target: target, window: window, natural: natural ?? spoken * plan.rate, rate: plan.rate,
                         spoken: spoken, padding: (padding * 1000).rounded() / 1000, trimmed: trimmed, outcome: outcome)
    }
}
