import AWSCore
import Foundation

/// Amazon Transcribe (awsJson 1.1): batch transcription jobs with speaker labels, language identification
/// and subtitles. The transcript a finished job writes is decoded by ``TranscriptDocument``.
public struct TranscribeClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.1", targetPrefix: "Transcribe")
    /// A job name holds 1 to 200 characters.
    public static let maximumJobNameLength = 200

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .transcribe, wireProtocol: Self.wireProtocol)
    }

    /// Starts a transcription job. Refuses before sending: an empty or malformed job name, a media URI
    /// that is not `s3://`, and a language choice other than exactly one of `LanguageCode`,
    /// `IdentifyLanguage` and `IdentifyMultipleLanguages`, `ShowSpeakerLabels` without `MaxSpeakerLabels`
    /// (2–30) or the reverse. A name already in use fails with
    /// `AWSServiceError` code `ConflictException`.
    public func startTranscriptionJob(_ input: StartTranscriptionJobInput) async throws -> TranscriptionJob {
        try input.validate()
        let output: TranscriptionJobOutput = try await client.json("StartTranscriptionJob", input: input)
        return output.transcriptionJob
    }

    /// The job's current state: status, failure reason, transcript and subtitle URIs, timestamps.
    public func getTranscriptionJob(name: String) async throws -> TranscriptionJob {
        try StartTranscriptionJobInput.validateJobName(name, operation: "GetTranscriptionJob")
        let output: TranscriptionJobOutput = try await client.json(
            "GetTranscriptionJob", input: GetTranscriptionJobInput(transcriptionJobName: name))
        return output.transcriptionJob
    }
}

struct GetTranscriptionJobInput: Encodable, Sendable {
    var transcriptionJobName: String
    enum CodingKeys: String, CodingKey { case transcriptionJobName = "TranscriptionJobName" }
}

struct TranscriptionJobOutput: Decodable, Sendable {
    var transcriptionJob: TranscriptionJob
    enum CodingKeys: String, CodingKey { case transcriptionJob = "TranscriptionJob" }
}
