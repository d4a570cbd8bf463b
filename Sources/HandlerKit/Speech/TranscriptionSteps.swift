import AWSClients
import AWSCore
import Foundation
import LambdaRuntime
import MediaKit

/// The speech steps a workflow that starts from media shares (Subtitle, Dubbing): start an Amazon Transcribe job
/// with speaker labels named after the job (a retried start finds it started, never a second one), poll it
/// (a Wait + Choice loop in the state machine calls ``check(jobId:requestedLanguage:polls:)``), and read its
/// transcript as the captions engine's words.
public struct TranscriptionSteps: Sendable {
    public let transcribe: TranscribeClient
    public let s3: S3Client
    public let jobs: JobSteps
    /// Where uploads are (the media) and where the transcript is written.
    public let uploadsBucket: String
    public let outputsBucket: String
    /// How many polls before the job is given up as timed out.
    public let maximumPolls: Int

    public init(transcribe: TranscribeClient, s3: S3Client, jobs: JobSteps, uploadsBucket: String, outputsBucket: String, maximumPolls: Int = 360) {
        self.transcribe = transcribe
        self.s3 = s3
        self.jobs = jobs
        self.uploadsBucket = uploadsBucket
        self.outputsBucket = outputsBucket
        self.maximumPolls = maximumPolls
    }

    /// Where a poll left the transcription.
    public struct Poll: Sendable, Equatable {
        /// `COMPLETED` or `IN_PROGRESS` (a failed job throws).
        public var status: String
        public var polls: Int
        /// The media's language once known (identified, or as asked).
        public var language: String?
    }

    /// Starts the transcription of `source` (an uploads key) in `language`, or with language identification for
    /// `"auto"`, recorded as the job's `transcribe` step.
    public func start(jobId: String, source: String, language: String, progress: (start: Int, end: Int) = (5, 10)) async throws {
        try await jobs.run(jobId: jobId, name: "transcribe", progress: progress) {
            let auto = language == "auto"
            do {
                _ = try await transcribe.startTranscriptionJob(StartTranscriptionJobInput(
                    transcriptionJobName: jobId, media: TranscriptionMedia(mediaFileUri: "s3://\(uploadsBucket)/\(source)"),
                    languageCode: auto ? nil : language, identifyLanguage: auto ? true : nil,
                    settings: TranscriptionSettings(showSpeakerLabels: true, maxSpeakerLabels: 10),
                    outputBucketName: outputsBucket, outputKey: Self.transcriptKey(jobId)))
            } catch let error as AWSServiceError where error.code == "ConflictException" {
                // Started by an earlier attempt of this step.
            }
            return (output: (), detail: "transcription job \(jobId) started")
        }
    }

    /// One poll. A FAILED job throws `TranscriptionFailed` with Transcribe's reason; too many polls throw
    /// `TranscriptionTimedOut`.
    public func check(jobId: String, requestedLanguage: String, polls: Int) async throws -> Poll {
        let job = try await transcribe.getTranscriptionJob(name: jobId)
        let count = polls + 1
        switch job.transcriptionJobStatus?.rawValue {
        case "COMPLETED":
            return Poll(status: "COMPLETED", polls: count, language: job.languageCode ?? (requestedLanguage == "auto" ? nil : requestedLanguage))
        case "FAILED":
            throw StepError(errorType: "TranscriptionFailed", message: job.failureReason ?? "Amazon Transcribe could not transcribe the media")
        default:
            if count >= maximumPolls {
                throw StepError(errorType: "TranscriptionTimedOut", message: "the transcription was not done after \(maximumPolls) polls")
            }
            return Poll(status: "IN_PROGRESS", polls: count, language: nil)
        }
    }

    /// The finished transcript's words and language; `TranscriptUnreadable` or `NoSpeech` when there is nothing to use.
    public func words(jobId: String) async throws -> (words: [TranscriptWord], language: String?) {
        let body = try await s3.getObject(bucket: outputsBucket, key: Self.transcriptKey(jobId)).body
        let document: TranscriptDocument
        do {
            document = try JSONDecoder().decode(TranscriptDocument.self, from: body)
        } catch {
            throw StepError(errorType: "TranscriptUnreadable", message: "the transcript is not in Transcribe's format: \(error)")
        }
        let words = TranscriptWords.words(from: document)
        guard !words.isEmpty else { throw StepError(errorType: "NoSpeech", message: "the media has no speech") }
        return (words, document.results.languageCode)
    }

    /// `en-US` → `en` (Translate's codes); `zh-TW` stays (Translate names it so).
    public static func shortCode(_ language: String) -> String {
        language == "zh-TW" ? language : String(language.split(separator: "-").first ?? Substring(language))
    }

    public static func transcriptKey(_ jobId: String) -> String { "work/\(jobId)/transcript.json" }
    public static func cuesKey(_ jobId: String) -> String { "work/\(jobId)/cues.json" }
}
