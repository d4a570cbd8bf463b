import AWSClients
import Foundation
import HandlerKit
import LambdaRuntime
import MediaKit

/// `synthesize`: voices the next batch of a language's cues (the state machine loops until `done`), a few Polly
/// calls at a time; each clip is written as PCM and the batch's fitted cues as JSON.
struct SynthesisStep: Sendable {
    let configuration: DubbingConfiguration
    let s3: S3Client
    let voicing: CueVoicing
    let jobs: JobSteps

    func callAsFunction(_ state: DubbingState) async throws -> DubbingState {
        guard let language = state.language, let voices = state.voices, let cursor = state.cursor else {
            throw StepError(errorType: "InvalidStepInput", message: "synthesize needs language, voices and cursor")
        }
        let cues = try JSONDecoder().decode([DubbingCue].self, from: try await s3.getObject(bucket: configuration.outputsBucket, key: DubbingKeys.cues(state.jobId, language)).body)
        let end = min(cursor + configuration.cuesPerBatch, cues.count)
        let progress = cues.isEmpty ? 70 : 30 + 40 * end / cues.count
        return try await jobs.run(jobId: state.jobId, name: "voice-\(language)", progress: (start: progress, end: progress)) {
            let languageCode = try VoiceCatalog.pollyLanguage(language)
            let batch = Array(cursor..<end)
            let fitted = try await withThrowingTaskGroup(of: FittedCue?.self) { group in
                var results: [FittedCue] = []
                var pending = batch.makeIterator()
                func add(_ index: Int) {
                    group.addTask {
                        let cue = cues[index]
                        guard !cue.text.isEmpty, let voice = voices[cue.speaker ?? "spk_0"] ?? voices.values.sorted().first else { return nil }
                        let (fitted, pcm) = try await voicing.voice(cue, next: index + 1 < cues.count ? cues[index + 1] : nil, voice: voice, languageCode: languageCode)
                        _ = try await s3.putObject(S3PutObjectInput(bucket: configuration.outputsBucket, key: DubbingKeys.clip(state.jobId, language, index: index),
                                                                    body: pcm, contentType: "audio/L16; rate=16000; channels=1"))
                        return fitted
                    }
                }
                for _ in 0..<configuration.concurrency { if let index = pending.next() { add(index) } }
                while let result = try await group.next() {
                    if let result { results.append(result) }
                    if let index = pending.next() { add(index) }
                }
                return results.sorted { $0.index < $1.index }
            }
            _ = try await s3.putObject(S3PutObjectInput(bucket: configuration.outputsBucket, key: DubbingKeys.fitted(state.jobId, language, batch: cursor),
                                                        body: try JSONEncoder().encode(fitted), contentType: "application/json"))
            var next = state
            next.cursor = end
            next.done = end >= cues.count
            let overflow = fitted.filter { $0.outcome == .overflow }.count
            return (output: next, detail: "cues \(end) of \(cues.count) voiced" + (overflow > 0 ? "; \(overflow) in this batch could not fit" : ""))
        }
    }
}
