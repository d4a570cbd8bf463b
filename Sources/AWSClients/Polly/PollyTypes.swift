/// `standard`, `neural`, `long-form` or `generative`; other values decode as-is.
public struct PollyEngine: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let standard = Self(rawValue: "standard"), neural = Self(rawValue: "neural")
    public static let longForm = Self(rawValue: "long-form"), generative = Self(rawValue: "generative")
}

/// The audio (or speech-mark) format Polly returns.
public struct PollyOutputFormat: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let mp3 = Self(rawValue: "mp3"), oggVorbis = Self(rawValue: "ogg_vorbis")
    public static let oggOpus = Self(rawValue: "ogg_opus"), pcm = Self(rawValue: "pcm")
    /// Speech marks, as JSON lines.
    public static let json = Self(rawValue: "json")
    public static let mulaw = Self(rawValue: "mulaw"), alaw = Self(rawValue: "alaw")
}

/// Plain text or SSML.
public struct PollyTextType: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let text = Self(rawValue: "text"), ssml = Self(rawValue: "ssml")
}

/// The kind of a speech mark: `sentence`, `word`, `viseme` or `ssml` (a `<mark>`).
public struct SpeechMarkType: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let sentence = Self(rawValue: "sentence"), word = Self(rawValue: "word")
    public static let viseme = Self(rawValue: "viseme"), ssml = Self(rawValue: "ssml")
}

/// A Polly voice.
public struct PollyVoice: Decodable, Sendable, Equatable {
    public var gender: String?
    /// The value to pass as `VoiceId`, e.g. `Joanna`.
    public var id: String?
    public var languageCode: String?
    public var languageName: String?
    public var name: String?
    public var additionalLanguageCodes: [String]?
    public var supportedEngines: [PollyEngine]?

    enum CodingKeys: String, CodingKey {
        case gender = "Gender", id = "Id", languageCode = "LanguageCode", languageName = "LanguageName", name = "Name"
        case additionalLanguageCodes = "AdditionalLanguageCodes", supportedEngines = "SupportedEngines"
    }
}

/// One page of DescribeVoices.
public struct DescribeVoicesOutput: Decodable, Sendable, Equatable {
    public var voices: [PollyVoice]?
    public var nextToken: String?
    enum CodingKeys: String, CodingKey { case voices = "Voices", nextToken = "NextToken" }
}
