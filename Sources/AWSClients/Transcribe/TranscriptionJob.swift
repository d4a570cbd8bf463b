import Foundation

/// A transcription job as StartTranscriptionJob and GetTranscriptionJob describe it.
public struct TranscriptionJob: Decodable, Sendable, Equatable {
    public var transcriptionJobName: String?
    public var transcriptionJobStatus: TranscriptionJobStatus?
    public var languageCode: String?
    public var mediaSampleRateHertz: Int?
    public var mediaFormat: TranscriptionMediaFormat?
    public var media: TranscriptionMedia?
    public var transcript: TranscriptLocation?
    public var startTime: Date?
    public var creationTime: Date?
    public var completionTime: Date?
    /// Why the job failed, when `transcriptionJobStatus` is `FAILED`.
    public var failureReason: String?
    public var settings: TranscriptionSettings?
    public var identifyLanguage: Bool?
    public var identifyMultipleLanguages: Bool?
    public var languageOptions: [String]?
    public var identifiedLanguageScore: Double?
    public var languageCodes: [IdentifiedLanguage]?
    public var subtitles: SubtitlesOutput?
    public var tags: [TranscribeTag]?

    enum CodingKeys: String, CodingKey {
        case transcriptionJobName = "TranscriptionJobName", transcriptionJobStatus = "TranscriptionJobStatus"
        case languageCode = "LanguageCode", mediaSampleRateHertz = "MediaSampleRateHertz", mediaFormat = "MediaFormat"
        case media = "Media", transcript = "Transcript", startTime = "StartTime", creationTime = "CreationTime"
        case completionTime = "CompletionTime", failureReason = "FailureReason", settings = "Settings"
        case identifyLanguage = "IdentifyLanguage", identifyMultipleLanguages = "IdentifyMultipleLanguages"
        case languageOptions = "LanguageOptions", identifiedLanguageScore = "IdentifiedLanguageScore"
        case languageCodes = "LanguageCodes", subtitles = "Subtitles", tags = "Tags"
    }
}

/// `QUEUED`, `IN_PROGRESS`, `FAILED` or `COMPLETED`; other values decode as-is.
public struct TranscriptionJobStatus: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let queued = Self(rawValue: "QUEUED"), inProgress = Self(rawValue: "IN_PROGRESS")
    public static let failed = Self(rawValue: "FAILED"), completed = Self(rawValue: "COMPLETED")
    /// Whether the job has stopped (completed or failed).
    public var isFinished: Bool { self == .completed || self == .failed }
}

/// Where the transcript JSON (and its redacted copy) can be fetched.
public struct TranscriptLocation: Decodable, Sendable, Equatable {
    public var transcriptFileUri: String?
    public var redactedTranscriptFileUri: String?
    enum CodingKeys: String, CodingKey {
        case transcriptFileUri = "TranscriptFileUri", redactedTranscriptFileUri = "RedactedTranscriptFileUri"
    }
}

/// A language found in the media with how long it was spoken (multi-language identification).
public struct IdentifiedLanguage: Decodable, Sendable, Equatable {
    public var languageCode: String?
    public var durationInSeconds: Double?
    enum CodingKeys: String, CodingKey { case languageCode = "LanguageCode", durationInSeconds = "DurationInSeconds" }
}

/// The subtitles a job produced.
public struct SubtitlesOutput: Decodable, Sendable, Equatable {
    public var formats: [SubtitleFormat]?
    /// One URI per format, in the order of `formats`.
    public var subtitleFileUris: [String]?
    public var outputStartIndex: Int?
    enum CodingKeys: String, CodingKey {
        case formats = "Formats", subtitleFileUris = "SubtitleFileUris", outputStartIndex = "OutputStartIndex"
    }
}
