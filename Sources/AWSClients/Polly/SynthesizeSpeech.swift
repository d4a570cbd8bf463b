import Foundation

/// Input of SynthesizeSpeech.
public struct SynthesizeSpeechInput: Encodable, Sendable, Equatable {
    /// Plain text, or SSML when `textType` is `.ssml`.
    public var text: String
    public var textType: PollyTextType?
    /// A voice id such as `Joanna`.
    public var voiceId: String
    public var engine: PollyEngine?
    public var outputFormat: PollyOutputFormat
    /// Hz as a string: "8000", "16000", "22050", "24000", "44100", "48000" depending on the format.
    public var sampleRate: String?
    /// Speech marks to return instead of audio; needs `outputFormat` `.json`.
    public var speechMarkTypes: [SpeechMarkType]?
    /// For bilingual voices: which language to speak.
    public var languageCode: String?
    /// Up to 5 pronunciation lexicons.
    public var lexiconNames: [String]?

    public init(
        text: String, textType: PollyTextType? = nil, voiceId: String, engine: PollyEngine? = nil,
        outputFormat: PollyOutputFormat, sampleRate: String? = nil, speechMarkTypes: [SpeechMarkType]? = nil,
        languageCode: String? = nil, lexiconNames: [String]? = nil
    ) {
        self.text = text
        self.textType = textType
        self.voiceId = voiceId
        self.engine = engine
        self.outputFormat = outputFormat
        self.sampleRate = sampleRate
        self.speechMarkTypes = speechMarkTypes
        self.languageCode = languageCode
        self.lexiconNames = lexiconNames
    }

    enum CodingKeys: String, CodingKey {
        case text = "Text", textType = "TextType", voiceId = "VoiceId", engine = "Engine", outputFormat = "OutputFormat"
        case sampleRate = "SampleRate", speechMarkTypes = "SpeechMarkTypes", languageCode = "LanguageCode"
        case lexiconNames = "LexiconNames"
    }

    func validate() throws(ClientInputError) {
        try PollyCharacterCount.check(
            text, textType: textType, operation: "SynthesizeSpeech",
            totalLimit: PollyCharacterCount.synthesizeSpeechTotal, billedLimit: PollyCharacterCount.synthesizeSpeechBilled)
        try PollyInputRules.check(
            operation: "SynthesizeSpeech", voiceId: voiceId, outputFormat: outputFormat, textType: textType,
            speechMarkTypes: speechMarkTypes, lexiconNames: lexiconNames)
    }
}

/// The rules SynthesizeSpeech and StartSpeechSynthesisTask share.
enum PollyInputRules {
    static func check(
        operation: String, voiceId: String, outputFormat: PollyOutputFormat, textType: PollyTextType?,
        speechMarkTypes: [SpeechMarkType]?, lexiconNames: [String]?
    ) throws(ClientInputError) {
        if voiceId.isEmpty { throw .missingField(operation, "VoiceId") }
        if outputFormat.rawValue.isEmpty { throw .missingField(operation, "OutputFormat") }
        if let marks = speechMarkTypes, !marks.isEmpty {
            if marks.count > 4 { throw .tooLarge(operation, "SpeechMarkTypes", size: marks.count, limit: 4, unit: "types") }
            if outputFormat != .json {
                throw .invalidValue(operation, "SpeechMarkTypes", "needs OutputFormat json")
            }
            if marks.contains(.ssml) && textType != .ssml {
                throw .invalidValue(operation, "SpeechMarkTypes", "may include ssml only when TextType is ssml")
            }
        }
        if let lexicons = lexiconNames, lexicons.count > 5 {
            throw .tooLarge(operation, "LexiconNames", size: lexicons.count, limit: 5, unit: "lexicons")
        }
    }
}

/// Output of SynthesizeSpeech: the audio stream and its headers.
public struct SynthesizeSpeechOutput: Sendable, Equatable {
    /// The audio bytes, or JSON-lines speech marks when speech marks were asked for.
    public var audioStream: Data
    /// `audio/mpeg`, `audio/ogg`, `audio/pcm`, `application/x-json-stream`, …
    public var contentType: String?
    /// The characters Polly billed for the request (`x-amzn-RequestCharacters`).
    public var requestCharacters: Int?

    public init(audioStream: Data, contentType: String? = nil, requestCharacters: Int? = nil) {
        self.audioStream = audioStream
        self.contentType = contentType
        self.requestCharacters = requestCharacters
    }

    /// The speech marks in the stream (when the request asked for them).
    public func speechMarks() throws -> [SpeechMark] { try SpeechMark.parseLines(audioStream) }
}
