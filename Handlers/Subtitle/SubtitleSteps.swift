import AWSClients
import AWSCore
import Foundation
import HandlerKit
import LambdaRuntime
import MediaKit

/// The Subtitle workflow's task steps (`StateMachines/subtitle.asl.json`): start Transcribe, poll it, segment
/// the transcript into cues and write the source captions, translate them per language, finish the job.
struct SubtitleSteps: Sendable {
    let configuration: SubtitleConfiguration
    let transcribe: TranscribeClient
    let s3: S3Client
    let translator: any TextTranslating
    let jobs: JobSteps

    /// The state every step passes on (small: large data stays in S3).
    struct State: Codable, Sendable {
        var jobId: String
        var request: SubtitleRequest
        var polls: Int?
        var transcriptionStatus: String?
        var sourceLanguage: String?
        var outputs: [String: String]?
        var language: String?
    }

    /// Starts the transcription job named after the job (a retry finds it started, never a second one).
    func startTranscription(_ state: State) async throws -> State {
        try await jobs.run(jobId: state.jobId, name: "transcribe", progress: (start: 5, end: 10)) {
            let media = "s3://\(configuration.uploadsBucket)/\(state.request.source)"
            let auto = state.request.sourceLanguage == "auto"
            do {
                _ = try await transcribe.startTranscriptionJob(StartTranscriptionJobInput(
                    transcriptionJobName: state.jobId, media: TranscriptionMedia(mediaFileUri: media),
                    languageCode: auto ? nil : state.request.sourceLanguage, identifyLanguage: auto ? true : nil,
                    settings: TranscriptionSettings(showSpeakerLabels: true, maxSpeakerLabels: 10),
                    outputBucketName: configuration.outputsBucket, outputKey: Self.transcriptKey(state.jobId)))
            } catch let error as AWSServiceError where error.code == "ConflictException" {
                // Started by an earlier attempt of this step.
            }
            var next = state
            next.polls = 0
            next.transcriptionStatus = "IN_PROGRESS"
            return (output: next, detail: "transcription job \(state.jobId) started")
        }
    }

    /// One poll: the job's status; FAILED ends the workflow with Transcribe's reason.
    func checkTranscription(_ state: State) async throws -> State {
        let job = try await transcribe.getTranscriptionJob(name: state.jobId)
        var next = state
        next.polls = (state.polls ?? 0) + 1
        switch job.transcriptionJobStatus?.rawValue {
        case "COMPLETED":
            next.transcriptionStatus = "COMPLETED"
            next.sourceLanguage = job.languageCode ?? (state.request.sourceLanguage == "auto" ? nil : state.request.sourceLanguage)
        case "FAILED":
            throw StepError(errorType: "TranscriptionFailed", message: job.failureReason ?? "Amazon Transcribe could not transcribe the media")
        default:
            if next.polls ?? 0 >= configuration.maximumPolls {
                throw StepError(errorType: "TranscriptionTimedOut", message: "the transcription was not done after \(configuration.maximumPolls) polls")
            }
            next.transcriptionStatus = "IN_PROGRESS"
        }
        return next
    }

    /// Transcript → cues (the style rules of the source language) → source SRT/VTT, and the cues kept for translation.
    func segment(_ state: State) async throws -> State {
        try await jobs.run(jobId: state.jobId, name: "segment", progress: (start: 40, end: 55)) {
            let body = try await s3.getObject(bucket: configuration.outputsBucket, key: Self.transcriptKey(state.jobId)).body
            let document: TranscriptDocument
            do {
                document = try JSONDecoder().decode(TranscriptDocument.self, from: body)
            } catch {
                throw StepError(errorType: "TranscriptUnreadable", message: "the transcript is not in Transcribe's format: \(error)")
            }
            let words = TranscriptWords.words(from: document)
            guard !words.isEmpty else { throw StepError(errorType: "NoSpeech", message: "the media has no speech to caption") }
            let language = state.sourceLanguage ?? document.results.languageCode ?? "en-US"
            let rules = Self.rules(language: language, request: state.request)
            let cues = CaptionSegmenter(rules: rules).segment(words).cues
            let code = Self.shortCode(language)
            let outputs = try await write(cues, language: code, jobId: state.jobId, formats: state.request.formats)
            let set = CueSet(language: code, frameRate: state.request.frameRate, audience: state.request.audience, cues: cues.map(CueRecord.init))
            _ = try await s3.putObject(S3PutObjectInput(bucket: configuration.outputsBucket, key: Self.cuesKey(state.jobId),
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
            let body = try await s3.getObject(bucket: configuration.outputsBucket, key: Self.cuesKey(state.jobId)).body
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

    /// Writes `cues` as each format; returns output name → key.
    private func write(_ cues: [CaptionCue], language: String, jobId: String, formats: [String]) async throws -> [String: String] {
        var outputs: [String: String] = [:]
        for format in formats {
            let key = "outputs/\(jobId)/\(language).\(format)"
            let text = format == "vtt" ? WebVTTFormat.serialize(cues) : SRTFormat.serialize(cues)
            _ = try await s3.putObject(S3PutObjectInput(bucket: configuration.outputsBucket, key: key, body: Data(text.utf8),
                                                        contentType: format == "vtt" ? "text/vtt; charset=utf-8" : "application/x-subrip; charset=utf-8"))
            outputs["\(format):\(language)"] = key
        }
        return outputs
    }

    static func rules(language: String, request: SubtitleRequest) -> CaptionRules {
        CaptionRules(language: CaptionLanguage.forCode(language), audience: request.audience == "children" ? .children : .adult, frameRate: request.frameRate)
    }

    /// `en-US` → `en`; `zh-TW` stays (Translate names it so).
    static func shortCode(_ language: String) -> String {
        language == "zh-TW" ? language : String(language.split(separator: "-").first ?? Substring(language))
    }

    static func transcriptKey(_ jobId: String) -> String { "work/\(jobId)/transcript.json" }
    static func cuesKey(_ jobId: String) -> String { "work/\(jobId)/cues.json" }
}
