import AWSClients
import Foundation

/// A SynthesizeSpeech or StartSpeechSynthesisTask request checked as Polly checks it, with its timeline.
struct PollySynthesis: Sendable {
    /// A request Polly refuses, with the answer it gives.
    struct Refusal: Error, Sendable {
        let response: TwinResponse
        init(_ code: String, _ message: String, status: Int = 400) { response = .restError(code, message, status: status) }
    }

    var text: String
    var textType: String
    var voice: TwinPollyVoice
    var engine: String
    var format: String
    var sampleRate: Int
    var markTypes: [String]
    var languageCode: String
    var billedCharacters: Int
    var timeline: SpeechTimeline

    static let markTypeNames: Set = ["sentence", "ssml", "viseme", "word"]

    init(_ body: JSONValue, task: Bool) throws(Refusal) {
        func required(_ member: String, _ wire: String) throws(Refusal) -> String {
            guard let value = body[member]?.stringValue else {
                throw Refusal("ValidationException", "1 validation error detected: Value null at '\(wire)' failed to satisfy constraint: Member must not be null")
            }
            return value
        }
        func enumeration(_ value: String, _ wire: String, _ allowed: [String]) throws(Refusal) {
            guard allowed.contains(value) else {
                throw Refusal("ValidationException", "1 validation error detected: Value '\(value)' at '\(wire)' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]")
            }
        }
        text = try required("Text", "text")
        let voiceId = try required("VoiceId", "voiceId")
        format = try required("OutputFormat", "outputFormat")
        try enumeration(format, "outputFormat", ["json", "mp3", "ogg_opus", "ogg_vorbis", "pcm", "mulaw", "alaw"])
        textType = body["TextType"]?.stringValue ?? "text"
        try enumeration(textType, "textType", ["ssml", "text"])
        engine = body["Engine"]?.stringValue ?? "standard"
        try enumeration(engine, "engine", ["standard", "neural", "long-form", "generative"])
        guard let voice = PollyVoices.voice(voiceId) else {
            throw Refusal("ValidationException", "1 validation error detected: Value '\(voiceId)' at 'voiceId' failed to satisfy constraint: Member must satisfy enum value set: \(PollyVoices.idList)")
        }
        self.voice = voice
        markTypes = body["SpeechMarkTypes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        for type in markTypes { try enumeration(type, "speechMarkTypes", Self.markTypeNames.sorted()) }
        if let lexicons = body["LexiconNames"]?.arrayValue, let first = lexicons.first?.stringValue {
            throw Refusal("LexiconNotFoundException", "Lexicon not found: \(first) (the local twin stores no lexicons)", status: 404)
        }
        guard voice.supports(engine: engine) else {
            throw Refusal("EngineNotSupportedException", "This voice does not support the selected engine: \(engine)")
        }
        languageCode = body["LanguageCode"]?.stringValue ?? voice.languageCode
        guard voice.languages.contains(languageCode) else {
            throw Refusal("LanguageNotSupportedException", "The language \(languageCode) is not supported by voice \(voice.id)")
        }
        if !markTypes.isEmpty && format != "json" {
            throw Refusal("MarksNotSupportedForFormatException", "Speech marks are only available for the json output format")
        }
        if format == "json" && markTypes.isEmpty {
            throw Refusal("ValidationException", "SpeechMarkTypes must be specified when OutputFormat is json")
        }
        if markTypes.contains("ssml") && textType != "ssml" {
            throw Refusal("SsmlMarksNotSupportedForTextTypeException", "SSML speech marks are only available when TextType is ssml")
        }
        if let rate = body["SampleRate"]?.stringValue {
            guard let hertz = Int(rate), PollyAudio.validRates(format).contains(hertz) || format == "json" else {
                throw Refusal("InvalidSampleRateException", "The specified sample rate \(rate) is not valid for \(format)")
            }
            sampleRate = hertz
        } else {
            sampleRate = PollyAudio.defaultRate(format, engine: engine)
        }
        let type: PollyTextType = textType == "ssml" ? .ssml : .text
        billedCharacters = PollyCharacterCount.billed(text, textType: type)
        let totalLimit = task ? PollyCharacterCount.synthesisTaskTotal : PollyCharacterCount.synthesizeSpeechTotal
        let billedLimit = task ? PollyCharacterCount.synthesisTaskBilled : PollyCharacterCount.synthesizeSpeechBilled
        if PollyCharacterCount.total(text) > totalLimit || billedCharacters > billedLimit {
            throw Refusal("TextLengthExceededException", "Maximum text length has been exceeded")
        }
        let script: SpeechScript
        if textType == "ssml" {
            do { script = try SSMLParser.parse(text) } catch { throw Refusal("InvalidSsmlException", "Invalid SSML request: \(error.message)") }
        } else {
            script = SpeechScript.plain(text)
        }
        timeline = SpeechTimeline(script, languageCode: languageCode, voiceId: voice.id)
    }

    /// The audio (or speech marks) this request produces.
    func output() -> Data {
        if format == "json" { return timeline.jsonLines(types: Set(markTypes)) }
        if format == "pcm", let speech = EspeakSpeech.pcm(text: text, ssml: textType == "ssml", languageCode: languageCode, sampleRate: sampleRate,
                                                           seconds: timeline.duration, words: timeline.marks.filter { $0.type == "word" }.count) {
            return speech
        }
        return Data(PollyAudio.silence(format, seconds: timeline.duration, sampleRate: sampleRate, serial: UInt32(truncatingIfNeeded: PseudoTranslator.hash(text))))
    }
}
