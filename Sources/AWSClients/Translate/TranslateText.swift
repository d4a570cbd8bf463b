/// Input of TranslateText.
public struct TranslateTextInput: Encodable, Sendable, Equatable {
    public var text: String
    /// A language code, or `auto` to let Comprehend detect it.
    public var sourceLanguageCode: String
    public var targetLanguageCode: String
    public var terminologyNames: [String]?
    public var settings: TranslationSettings?

    public init(
        text: String, sourceLanguageCode: String, targetLanguageCode: String,
        terminologyNames: [String]? = nil, settings: TranslationSettings? = nil
    ) {
        self.text = text
        self.sourceLanguageCode = sourceLanguageCode
        self.targetLanguageCode = targetLanguageCode
        self.terminologyNames = terminologyNames
        self.settings = settings
    }

    enum CodingKeys: String, CodingKey {
        case text = "Text", sourceLanguageCode = "SourceLanguageCode", targetLanguageCode = "TargetLanguageCode"
        case terminologyNames = "TerminologyNames", settings = "Settings"
    }

    func validate() throws(ClientInputError) {
        if text.isEmpty { throw .missingField("TranslateText", "Text") }
        if sourceLanguageCode.isEmpty { throw .missingField("TranslateText", "SourceLanguageCode") }
        if targetLanguageCode.isEmpty { throw .missingField("TranslateText", "TargetLanguageCode") }
        let bytes = text.utf8.count
        if bytes > TranslateClient.maximumTextBytes {
            throw .tooLarge("TranslateText", "Text", size: bytes, limit: TranslateClient.maximumTextBytes, unit: "bytes")
        }
    }
}

/// Formality and profanity masking.
public struct TranslationSettings: Codable, Sendable, Equatable {
    public enum Formality: String, Codable, Sendable { case formal = "FORMAL", informal = "INFORMAL" }
    public enum Profanity: String, Codable, Sendable { case mask = "MASK" }
    public enum Brevity: String, Codable, Sendable { case on = "ON" }

    public var formality: Formality?
    public var profanity: Profanity?
    public var brevity: Brevity?

    public init(formality: Formality? = nil, profanity: Profanity? = nil, brevity: Brevity? = nil) {
        self.formality = formality
        self.profanity = profanity
        self.brevity = brevity
    }

    enum CodingKeys: String, CodingKey { case formality = "Formality", profanity = "Profanity", brevity = "Brevity" }
}

/// Output of TranslateText.
public struct TranslateTextOutput: Decodable, Sendable, Equatable {
    public var translatedText: String
    public var sourceLanguageCode: String
    public var targetLanguageCode: String
    public var appliedTerminologies: [AppliedTerminology]?
    public var appliedSettings: TranslationSettings?

    enum CodingKeys: String, CodingKey {
        case translatedText = "TranslatedText", sourceLanguageCode = "SourceLanguageCode"
        case targetLanguageCode = "TargetLanguageCode", appliedTerminologies = "AppliedTerminologies"
        case appliedSettings = "AppliedSettings"
    }
}

/// A terminology applied to a translation, with the terms it used.
public struct AppliedTerminology: Decodable, Sendable, Equatable {
    public struct Term: Decodable, Sendable, Equatable {
        public var sourceText: String?
        public var targetText: String?
        enum CodingKeys: String, CodingKey { case sourceText = "SourceText", targetText = "TargetText" }
    }

    public var name: String?
    public var terms: [Term]?
    enum CodingKeys: String, CodingKey { case name = "Name", terms = "Terms" }
}
