import AWSClients
import AWSCore
import Foundation
import HandlerKit
import LambdaRuntime
import MediaKit

/// The Dubbing workflow's task steps before voicing (`StateMachines/dubbing.asl.json`): Transcribe with speakers,
/// poll, segment into cues, the original audio for a `duck` mix, and per language: translate, caption, cast voices.
struct DubbingSteps: Sendable {
    let configuration: DubbingConfiguration
    let speech: TranscriptionSteps
    let s3: S3Client
    let translator: any TextTranslating
    let voices: VoiceCatalog
    let jobs: JobSteps

    /// Transcript → cues (the source language's caption rules: sentence and speaker breaks, at most 7 s), kept for
    /// every language, and the source captions.
    func segment(_ state: DubbingState) async throws -> DubbingState {
        try await jobs.run(jobId: state.jobId, name: "segment", progress: (start: 15, end: 20)) {
            let (words, transcriptLanguage) = try await speech.words(jobId: state.jobId)
            let language = state.sourceLanguage ?? transcriptLanguage ?? "en-US"
            let cues = CaptionSegmenter(rules: Self.rules(language, state.request)).segment(words).cues
            let code = TranscriptionSteps.shortCode(language)
            let set = CueSet(language: code, frameRate: state.request.frameRate, audience: "adult", cues: cues.map(CueRecord.init))
            _ = try await s3.putObject(S3PutObjectInput(bucket: configuration.outputsBucket, key: TranscriptionSteps.cuesKey(state.jobId),
                                                        body: try JSONEncoder().encode(set), contentType: "application/json"))
            var next = state
            next.sourceLanguage = code
            next.outputs = try await CaptionFiles(s3: s3, bucket: configuration.outputsBucket).write(cues, language: code, jobId: state.jobId, formats: ["srt", "vtt"])
            return (output: next, detail: "\(cues.count) cues in \(code)")
        }
    }

    /// For a `duck` mix: the MediaConvert job that extracts the original audio the dub is mixed over.
    func extractOriginal(_ state: DubbingState) async throws -> DubbingState {
        var next = state
        next.render = RenderJob(
            settings: RenderSettings.extractOriginal(source: "s3://\(configuration.uploadsBucket)/\(state.request.source)",
                                                     destination: "s3://\(configuration.outputsBucket)/\(DubbingKeys.originalDestination(state.jobId))"),
            token: "\(state.jobId)-original")
        return next
    }

    /// One language (a Map iteration): translate the cues in batches, write the translated captions, cast a voice
    /// per speaker, and keep the cues to voice.
    func prepareLanguage(_ state: DubbingState) async throws -> DubbingState {
        guard let target = state.language else { throw StepError(errorType: "InvalidStepInput", message: "prepareLanguage needs language") }
        return try await jobs.run(jobId: state.jobId, name: "translate-\(target)", progress: (start: 20, end: 30)) {
            let set = try JSONDecoder().decode(CueSet.self, from: try await s3.getObject(bucket: configuration.outputsBucket, key: TranscriptionSteps.cuesKey(state.jobId)).body)
            let cues = set.cues.map(\.cue)
            let texts = try await CueBatchTranslator(translator: translator).translate(cues.map { $0.lines.joined(separator: " ") }, from: set.language, to: target)
            let captions = CaptionTranslator(rules: Self.rules(target, state.request)).apply(texts, to: cues)
            var outputs = try await CaptionFiles(s3: s3, bucket: configuration.outputsBucket).write(captions.cues, language: target, jobId: state.jobId, formats: ["srt", "vtt"])
            let dubCues = zip(cues, texts).enumerated().map { index, pair in
                DubbingCue(index: index, start: Double(pair.0.start) / 1000, end: Double(pair.0.end) / 1000, speaker: pair.0.speakers.first,
                           text: pair.1.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            let cast = try await voices.cast(dubCues, language: target, request: state.request)
            _ = try await s3.putObject(S3PutObjectInput(bucket: configuration.outputsBucket, key: DubbingKeys.cues(state.jobId, target),
                                                        body: try JSONEncoder().encode(dubCues), contentType: "application/json"))
            outputs.merge(state.outputs ?? [:]) { mine, _ in mine }
            var next = state
            next.outputs = outputs
            next.voices = cast
            next.cursor = 0
            next.cueCount = dubCues.count
            next.done = dubCues.isEmpty
            let detail = cast.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            return (output: next, detail: "\(dubCues.count) cues; voices \(detail)")
        }
    }

    static func rules(_ language: String, _ request: DubbingRequest) -> CaptionRules {
        CaptionRules(language: CaptionLanguage.forCode(language), audience: .adult, frameRate: request.frameRate)
    }
}
