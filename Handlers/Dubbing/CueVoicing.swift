import AWSClients
import Foundation
import LambdaRuntime
import MediaKit

/// Voices one cue with Polly, fitted to its time: the text's spoken length measured with an SSML `end` mark,
/// the speaking rate raised (up to the rules' maximum) when it is longer than the cue, measured again at that
/// rate, padded with silence to the cue's length, and cut where it would run into the next cue.
struct CueVoicing: Sendable {
    let polly: PollyClient
    let engine: String
    let rules: CueFitRules
    /// Polly's PCM: 16-bit mono at this rate.
    static let sampleRate = 16_000

    /// The fitted cue and its PCM (at most `clipDuration` long).
    func voice(_ cue: DubbingCue, next: DubbingCue?, voice: String, languageCode: String) async throws -> (FittedCue, Data) {
        let target = max(cue.end - cue.start, 0)
        let window = CueFitter.window(for: cue, next: next, rules: rules)
        let natural = try await spokenLength(cue.text, rate: 1, voice: voice, languageCode: languageCode)
        let plan = CueFitter.plan(natural: natural, target: target, window: window, rules: rules)
        let measured = plan.rate == 1 ? natural : try await spokenLength(cue.text, rate: plan.rate, voice: voice, languageCode: languageCode)
        var fitted = CueFitter.settle(plan: plan, measured: measured, target: target, window: window, natural: natural, rules: rules)
        fitted.index = cue.index
        fitted.start = cue.start
        fitted.speaker = cue.speaker
        fitted.voice = voice
        let audio = try await polly.synthesizeSpeech(SynthesizeSpeechInput(
            text: CueFitter.ssml(text: cue.text, rate: fitted.rate, padding: fitted.padding), textType: .ssml, voiceId: voice,
            engine: PollyEngine(rawValue: engine), outputFormat: .pcm, sampleRate: String(Self.sampleRate), languageCode: languageCode)).audioStream
        let limit = Int((fitted.clipDuration * Double(Self.sampleRate)).rounded(.down)) * 2
        return (fitted, audio.count > limit ? audio.prefix(limit) : audio)
    }

    /// Seconds until the SSML `end` mark (the last word's end when Polly gives no mark).
    func spokenLength(_ text: String, rate: Double, voice: String, languageCode: String) async throws -> Double {
        let output = try await polly.synthesizeSpeech(SynthesizeSpeechInput(
            text: CueFitter.ssml(text: text, rate: rate, padding: 0), textType: .ssml, voiceId: voice, engine: PollyEngine(rawValue: engine),
            outputFormat: .json, speechMarkTypes: [.ssml, .word], languageCode: languageCode))
        let marks = try output.speechMarks()
        if let end = marks.last(where: { $0.type == .ssml && $0.value == "end" }) { return end.seconds }
        guard let last = marks.last(where: { $0.type == .word }) else { return 0 }
        return last.seconds + 0.3
    }
}
