/// Input of StartTranscriptionJob.
public struct StartTranscriptionJobInput: Encodable, Sendable, Equatable {
    /// Unique in the account; 1–200 characters from `0-9 a-z A-Z . _ -`.
    public var transcriptionJobName: String
    public var media: TranscriptionMedia
    public var mediaFormat: TranscriptionMediaFormat?
    public var mediaSampleRateHertz: Int?
    /// A language code such as `en-US`; leave `nil` when identifying the language.
    public var languageCode: String?
    public var identifyLanguage: Bool?
    public var identifyMultipleLanguages: Bool?
    /// Candidate language codes for identification.
    public var languageOptions: [String]?
    public var settings: TranscriptionSettings?
    public var subtitles: SubtitleSettings?
    public var outputBucketName: String?
    /// The output object's key (or `folder/` prefix) inside `outputBucketName`.
    public var outputKey: String?
    public var tags: [TranscribeTag]?

    public init(
        transcriptionJobName: String, media: TranscriptionMedia, mediaFormat: TranscriptionMediaFormat? = nil,
        mediaSampleRateHertz: Int? = nil, languageCode: String? = nil, identifyLanguage: Bool? = nil,
        identifyMultipleLanguages: Bool? = nil, languageOptions: [String]? = nil, settings: TranscriptionSettings? = nil,
        subtitles: SubtitleSettings? = nil, outputBucketName: String? = nil, outputKey: String? = nil,
        tags: [TranscribeTag]? = nil
    ) {
        self.transcriptionJobName = transcriptionJobName
        self.media = media
        self.mediaFormat = mediaFormat
        self.mediaSampleRateHertz = mediaSampleRateHertz
        self.languageCode = languageCode
        self.identifyLanguage = identifyLanguage
        self.identifyMultipleLanguages = identifyMultipleLanguages
        self.languageOptions = languageOptions
        self.settings = settings
        self.subtitles = subtitles
        self.outputBucketName = outputBucketName
        self.outputKey = outputKey
        self.tags = tags
    }

    enum CodingKeys: String, CodingKey {
        case transcriptionJobName = "TranscriptionJobName", media = "Media", mediaFormat = "MediaFormat"
        case mediaSampleRateHertz = "MediaSampleRateHertz", languageCode = "LanguageCode"
        case identifyLanguage = "IdentifyLanguage", identifyMultipleLanguages = "IdentifyMultipleLanguages"
        case languageOptions = "LanguageOptions", settings = "Settings", subtitles = "Subtitles"
        case outputBucketName = "OutputBucketName", outputKey = "OutputKey", tags = "Tags"
    }

    func validate() throws(ClientInputError) {
        let operation = "StartTranscriptionJob"
        try Self.validateJobName(transcriptionJobName, operation: operation)
        let uri = media.mediaFileUri
        if uri.isEmpty { throw .missingField(operation, "Media.MediaFileUri") }
        if !uri.hasPrefix("s3://") || uri.count <= 5 {
            throw .invalidValue(operation, "Media.MediaFileUri", "must be an Amazon S3 URI (s3://bucket/key)")
        }
        let choices = [languageCode != nil, identifyLanguage == true, identifyMultipleLanguages == true].filter { $0 }.count
        if choices != 1 {
            throw .invalidValue(
                operation, "LanguageCode",
                "needs exactly one of LanguageCode, IdentifyLanguage or IdentifyMultipleLanguages")
        }
        if let options = languageOptions, options.isEmpty {
            throw .invalidValue(operation, "LanguageOptions", "must hold at least one language code when given")
        }
        if let speakers = settings?.maxSpeakerLabels, !(2...30).contains(speakers) {
            throw .invalidValue(operation, "Settings.MaxSpeakerLabels", "must be between 2 and 30")
        }
        // The model's documentation: each of ShowSpeakerLabels and MaxSpeakerLabels requires the other.
        if settings?.showSpeakerLabels == true && settings?.maxSpeakerLabels == nil {
            throw .missingField(operation, "Settings.MaxSpeakerLabels")
        }
        if settings?.maxSpeakerLabels != nil && settings?.showSpeakerLabels != true {
            throw .invalidValue(operation, "Settings.ShowSpeakerLabels", "must be true when MaxSpeakerLabels is given")
        }
        if let index = subtitles?.outputStartIndex, !(0...1).contains(index) {
            throw .invalidValue(operation, "Subtitles.OutputStartIndex", "must be 0 or 1")
        }
    }

    /// The model's pattern is `^[0-9a-zA-Z._-]+` (length 1–200), and the documentation adds that a
    /// name "cannot contain spaces": every character must come from that set.
    static func validateJobName(_ name: String, operation: String) throws(ClientInputError) {
        if name.isEmpty { throw .missingField(operation, "TranscriptionJobName") }
        if name.count > TranscribeClient.maximumJobNameLength {
            throw .tooLarge(
                operation, "TranscriptionJobName", size: name.count, limit: TranscribeClient.maximumJobNameLength,
                unit: "characters")
        }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "0"..."9", "a"..."z", "A"..."Z", ".", "_", "-": true
            default: false
            }
        }
        if !allowed {
            throw .invalidValue(operation, "TranscriptionJobName", "may hold only 0-9, a-z, A-Z, '.', '_' and '-'")
        }
    }
}

/// Where the media to transcribe is.
public struct TranscriptionMedia: Codable, Sendable, Equatable {
    /// `s3://bucket/key` of the media file.
    public var mediaFileUri: String
    public var redactedMediaFileUri: String?

    public init(mediaFileUri: String, redactedMediaFileUri: String? = nil) {
        self.mediaFileUri = mediaFileUri
        self.redactedMediaFileUri = redactedMediaFileUri
    }

    enum CodingKeys: String, CodingKey { case mediaFileUri = "MediaFileUri", redactedMediaFileUri = "RedactedMediaFileUri" }
}

/// The media container (`mp3`, `mp4`, `wav`, `flac`, `ogg`, `amr`, `webm`, `m4a`); other values decode as-is.
public struct TranscriptionMediaFormat: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let mp3 = Self(rawValue: "mp3"), mp4 = Self(rawValue: "mp4"), wav = Self(rawValue: "wav")
    public static let flac = Self(rawValue: "flac"), ogg = Self(rawValue: "ogg"), amr = Self(rawValue: "amr")
    public static let webm = Self(rawValue: "webm"), m4a = Self(rawValue: "m4a")
}

/// Speaker partitioning, channel identification, alternatives and vocabularies.
public struct TranscriptionSettings: Codable, Sendable, Equatable {
    public var vocabularyName: String?
    public var showSpeakerLabels: Bool?
    /// 2–30; required by Transcribe when `showSpeakerLabels` is true.
    public var maxSpeakerLabels: Int?
    public var channelIdentification: Bool?
    public var showAlternatives: Bool?
    public var maxAlternatives: Int?
    public var vocabularyFilterName: String?
    public var vocabularyFilterMethod: String?

    public init(
        vocabularyName: String? = nil, showSpeakerLabels: Bool? = nil, maxSpeakerLabels: Int? = nil,
        channelIdentification: Bool? = nil, showAlternatives: Bool? = nil, maxAlternatives: Int? = nil,
        vocabularyFilterName: String? = nil, vocabularyFilterMethod: String? = nil
    ) {
        self.vocabularyName = vocabularyName
        self.showSpeakerLabels = showSpeakerLabels
        self.maxSpeakerLabels = maxSpeakerLabels
        self.channelIdentification = channelIdentification
        self.showAlternatives = showAlternatives
        self.maxAlternatives = maxAlternatives
        self.vocabularyFilterName = vocabularyFilterName
        self.vocabularyFilterMethod = vocabularyFilterMethod
    }

    enum CodingKeys: String, CodingKey {
        case vocabularyName = "VocabularyName", showSpeakerLabels = "ShowSpeakerLabels"
        case maxSpeakerLabels = "MaxSpeakerLabels", channelIdentification = "ChannelIdentification"
        case showAlternatives = "ShowAlternatives", maxAlternatives = "MaxAlternatives"
        case vocabularyFilterName = "VocabularyFilterName", vocabularyFilterMethod = "VocabularyFilterMethod"
    }
}

/// A subtitle file format Transcribe writes next to the transcript.
public struct SubtitleFormat: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let vtt = Self(rawValue: "vtt"), srt = Self(rawValue: "srt")
}

/// The subtitles to produce: formats and whether numbering starts at 0 or 1.
public struct SubtitleSettings: Codable, Sendable, Equatable {
    public var formats: [SubtitleFormat]?
    /// 0 or 1 (Transcribe's default is 0).
    public var outputStartIndex: Int?

    public init(formats: [SubtitleFormat]? = nil, outputStartIndex: Int? = nil) {
        self.formats = formats
        self.outputStartIndex = outputStartIndex
    }

    enum CodingKeys: String, CodingKey { case formats = "Formats", outputStartIndex = "OutputStartIndex" }
}

/// A resource tag.
public struct TranscribeTag: Codable, Sendable, Equatable {
    public var key: String
    public var value: String
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
    enum CodingKeys: String, CodingKey { case key = "Key", value = "Value" }
}
