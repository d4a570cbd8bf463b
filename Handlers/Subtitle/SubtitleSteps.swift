import AWSClients
import AWSCore
import Foundation
import HandlerKit
import LambdaRuntime
import MediaKit

/// The Subtitle workflow's task steps (`StateMachines/subtitle.asl.json`): start Transcribe, poll it, segment
/// the transcript into cues and write the source captions, translate them per language, finish the job.
struct SubtitleSteps: Sendable {
    let configuration: JobWorkflowConfiguration
    let speech: TranscriptionSteps
    let s3: S3Client
    let translator: any TextTranslating
    let jobs: JobSteps

    /// The state every step passes on (small: large data stays in S3).
    struct State: Codable, Sendable, TranscriptionState {
        var jobId: String
        var request: SubtitleRequest
        var polls: Int?
        var transcriptionStatus: String?
        var sourceLanguage: String?
        var outputs: [String: String]?
        var language: String?

        var mediaSource: String { request.source }
        var requestedLanguage: String { request.sourceLanguage }
    }

    /// Transcript → cues (the style rules of the source language) → source SRT/VTT, and the cues kept for translation.
    func segment(_ state: State) async throws -> State {
        try await jobs.run(jobId: state.jobId, name: "segment", progress: (start: 40, end: 55)) {
            let (words, transcriptLanguage) = try await speech.words(jobId: state.jobId)
            let language = state.sourceLanguage ?? transcriptLanguage ?? "en-US"
            let rules = Self.rules(language: language, request: state.request)
            let cues = CaptionSegmenter(rules: rules).segment(words).cues
            let code = TranscriptionSteps.shortCode(language)
            let outputs = try await write(cues, language: code, jobId: state.jobId, formats: state.request.formats)
            let set = CueSet(language: code, frameRate: state.request.frameRate, audience: state.request.audience, cues: cues.map(CueRecord.init))
            _ = try await s3.putObject(S3PutObjectInput(bucket: configuration.outputsBucket, key: TranscriptionSteps.cuesKey(state.jobId),
                                                        body: try JSONEncoder().encode(set), contentType: "application/json"))
            var next = state
            next.sourceLanguage = code
            next.outputs = outputs
            return (output: next, detail: "\(cues.count) cues in \(code)")
        }
    }

    /// One target language (a Map iteration): translate the cues in batches, fit them, write the files.
    func translate(_ state: State) async throws -> State {
        guard let target = state.language else { throw StepError(errorType: "InvalidStepInput", message: "translate needs language") }
        return try await jobs.run(jobId: state.jobId, name: "translate-\(target)", progress: (start: 55, end: 90)) {
            let body = try await s3.getObject(bucket: configuration.outputsBucket, key: TranscriptionSteps.cuesKey(state.jobId)).body
            let set = try JSONDecoder().decode(CueSet.self, from: body)
            let cues = set.cues.map(\.cue)
            let texts = try await CueBatchTranslator(translator: translator).translate(cues.map { $0.lines.joined(separator: " ") }, from: set.language, to: target)
            let fitted = CaptionTranslator(rules: Self.rules(language: target, request: state.request)).apply(texts, to: cues)
            var next = state
            next.outputs = try await write(fitted.cues, language: target, jobId: state.jobId, formats: state.request.formats)
            let detail = fitted.issues.isEmpty ? "\(fitted.cues.count) cues" : "\(fitted.cues.count) cues, \(fitted.issues.count) could not be fitted"
            return (output: next, detail: detail)
        }
    }

    private func write(_ cues: [CaptionCue], language: String, jobId: String, formats: [String]) async throws -> [String: String] {
        try await CaptionFiles(s3: s3, bucket: configuration.outputsBucket).write(cues, language: language, jobId: jobId, formats: formats)
    }

    static func rules(language: String, request: SubtitleRequest) -> CaptionRules {
        CaptionRules(language: CaptionLanguage.forCode(language), audience: request.audience == "children" ? .children : .adult, frameRate: request.frameRate)
    }
}
