/// A voice's gender as Polly spells it.
public enum VoiceGender: String, Codable, Sendable, Equatable {
    case female = "Female"
    case male = "Male"

    var other: VoiceGender { self == .female ? .male : .female }
}

/// A voice a speaker may be cast with (Polly's DescribeVoices answer, reduced to what casting needs).
public struct VoiceCandidate: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    public var languageCode: String
    public var additionalLanguageCodes: [String]
    public var gender: VoiceGender
    public var supportedEngines: [String]

    public init(id: String, name: String? = nil, languageCode: String, additionalLanguageCodes: [String] = [], gender: VoiceGender, supportedEngines: [String]) {
        self.id = id
        self.name = name
        self.languageCode = languageCode
        self.additionalLanguageCodes = additionalLanguageCodes
        self.gender = gender
        self.supportedEngines = supportedEngines
    }

    /// Whether it speaks `languageCode` (as its own language or an additional one) with `engine`.
    public func speaks(_ languageCode: String, engine: String) -> Bool {
        (self.languageCode == languageCode || additionalLanguageCodes.contains(languageCode)) && supportedEngines.contains(engine)
    }
}

/// Why a cast could not be made.
public struct VoiceCastingError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Sendable, Equatable { case noVoices, unknownVoice, wrongLanguage, unsupportedEngine }
    private let code: Code
    public let description: String

    static func noVoices(_ language: String, engine: String) -> Self {
        Self(code: .noVoices, description: "Polly has no \(engine) voice for \(language)")
    }
    static func unknownVoice(_ voice: String, speaker: String) -> Self {
        Self(code: .unknownVoice, description: "speaker \(speaker): Polly has no voice \(voice)")
    }
    static func wrongLanguage(_ voice: String, speaker: String, language: String) -> Self {
        Self(code: .wrongLanguage, description: "speaker \(speaker): voice \(voice) does not speak \(language)")
    }
    static func unsupportedEngine(_ voice: String, speaker: String, engine: String) -> Self {
        Self(code: .unsupportedEngine, description: "speaker \(speaker): voice \(voice) has no \(engine) engine")
    }
}

/// Casts one voice per speaker for a language.
public enum VoiceCasting {
    /// Speaker → voice id. Named voices (`requested`) are honoured once checked against the candidates; the others
    /// get distinct voices of the speaker's gender while there are enough (alternating genders, the first speaker
    /// female, when a gender is unknown), then a guessed gender gives way to
    /// a voice no one has yet, while a known gender's voices are reused in turn. Deterministic: candidates are taken in
    /// order of id.
    public static func cast(speakers: [String], genders: [String: VoiceGender] = [:], requested: [String: String] = [:],
                            candidates: [VoiceCandidate], languageCode: String, engine: String = "neural") throws(VoiceCastingError) -> [String: String] {
        let usable = candidates.filter { $0.speaks(languageCode, engine: engine) }.sorted { $0.id < $1.id }
        var cast: [String: String] = [:]
        for speaker in speakers {
            guard let voice = requested[speaker] else { continue }
            guard let candidate = candidates.first(where: { $0.id == voice }) else { throw .unknownVoice(voice, speaker: speaker) }
            guard candidate.languageCode == languageCode || candidate.additionalLanguageCodes.contains(languageCode) else {
                throw .wrongLanguage(voice, speaker: speaker, language: languageCode)
            }
            guard candidate.supportedEngines.contains(engine) else { throw .unsupportedEngine(voice, speaker: speaker, engine: engine) }
            cast[speaker] = voice
        }
        let unnamed = speakers.filter { cast[$0] == nil }
        guard !unnamed.isEmpty else { return cast }
        guard !usable.isEmpty else { throw .noVoices(languageCode, engine: engine) }
        var used = Set(cast.values)
        var uses: [String: Int] = [:]
        for voice in cast.values { uses[voice, default: 0] += 1 }
        var nextGuess = VoiceGender.female
        for speaker in unnamed {
            let gender: VoiceGender
            if let known = genders[speaker] {
                gender = known
            } else {
                gender = nextGuess
                nextGuess = nextGuess.other
            }
            let pool = usable.filter { $0.gender == gender }
            let leastUsed = { (voices: [VoiceCandidate]) in voices.min { (uses[$0.id] ?? 0, $0.id) < (uses[$1.id] ?? 0, $1.id) }! }
            let voice: VoiceCandidate
            if let fresh = pool.first(where: { !used.contains($0.id) }) {
                voice = fresh
            } else if genders[speaker] == nil || pool.isEmpty, let fresh = usable.first(where: { !used.contains($0.id) }) {
                // A guessed gender gives way to a voice no one has yet; a known one only when the language has no voice of it.
                voice = fresh
            } else {
                voice = leastUsed(pool.isEmpty ? usable : pool)
            }
            cast[speaker] = voice.id
            used.insert(voice.id)
            uses[voice.id, default: 0] += 1
        }
        return cast
    }

    /// Polly's language code for a Translate language code; nil when Polly has none.
    public static func languageCode(forTranslate code: String) -> String? { pollyLanguages[code] }

    /// Translate code → the Polly language a dub into it is voiced in (the main variety where Polly has several).
    public static let pollyLanguages: [String: String] = [
        "ar": "arb", "ca": "ca-ES", "cs": "cs-CZ", "cy": "cy-GB", "da": "da-DK", "de": "de-DE", "en": "en-US", "es": "es-ES",
        "es-MX": "es-MX", "fi": "fi-FI", "fr": "fr-FR", "fr-CA": "fr-CA", "hi": "hi-IN", "is": "is-IS", "it": "it-IT", "ja": "ja-JP",
        "ko": "ko-KR", "nl": "nl-NL", "no": "nb-NO", "pl": "pl-PL", "pt": "pt-BR", "pt-PT": "pt-PT", "ro": "ro-RO", "ru": "ru-RU",
        "sv": "sv-SE", "tr": "tr-TR", "zh": "cmn-CN", "zh-TW": "cmn-CN",
    ]
}
