import Foundation

/// Amazon Translate (awsJson 1.1, `AWSShineFrontendService_20170701`): TranslateText with deterministic
/// pseudo-translation and ListLanguages, with the service's limits and errors.
public struct TwinTranslate: TwinService {
    public let signingNames: Set<String> = ["translate"]
    let translator = PseudoTranslator()

    /// The languages Translate lists (code → English name), a representative subset of its 75.
    static let languages: [(code: String, name: String)] = [
        ("af", "Afrikaans"), ("ar", "Arabic"), ("bn", "Bengali"), ("cs", "Czech"), ("da", "Danish"), ("de", "German"),
        ("el", "Greek"), ("en", "English"), ("es", "Spanish"), ("es-MX", "Spanish (Mexico)"), ("fa", "Farsi (Persian)"),
        ("fi", "Finnish"), ("fr", "French"), ("fr-CA", "French (Canada)"), ("he", "Hebrew"), ("hi", "Hindi"),
        ("hu", "Hungarian"), ("id", "Indonesian"), ("it", "Italian"), ("ja", "Japanese"), ("ko", "Korean"),
        ("ms", "Malay"), ("nl", "Dutch"), ("no", "Norwegian (Bokmål)"), ("pl", "Polish"), ("pt", "Portuguese (Brazil)"),
        ("pt-PT", "Portuguese (Portugal)"), ("ro", "Romanian"), ("ru", "Russian"), ("sv", "Swedish"), ("sw", "Swahili"),
        ("ta", "Tamil"), ("th", "Thai"), ("tl", "Filipino, Tagalog"), ("tr", "Turkish"), ("uk", "Ukrainian"),
        ("ur", "Urdu"), ("vi", "Vietnamese"), ("zh", "Chinese (Simplified)"), ("zh-TW", "Chinese (Traditional)"),
    ]
    static let codes = Set(languages.map(\.code))
    /// TranslateText's limit on Text, in UTF-8 bytes.
    static let maximumTextBytes = 10_000

    public init() {}

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        guard let input = try? JSONValue(parsing: request.body) else {
            return .jsonError("SerializationException", "Start of structure or map found where not expected")
        }
        switch request.jsonOperation {
        case "TranslateText": return translateText(input)
        case "ListLanguages": return listLanguages(input)
        default: return .jsonError("UnknownOperationException", "The operation \(request.jsonOperation ?? "(none)") is not served by the local twin")
        }
    }

    func translateText(_ input: JSONValue) -> TwinResponse {
        guard let text = input["Text"]?.stringValue else { return validation("text") }
        guard var source = input["SourceLanguageCode"]?.stringValue else { return validation("sourceLanguageCode") }
        guard let target = input["TargetLanguageCode"]?.stringValue else { return validation("targetLanguageCode") }
        if text.isEmpty { return .jsonError("ValidationException", "1 validation error detected: Value at 'text' failed to satisfy constraint: Member must have length greater than or equal to 1") }
        if text.utf8.count > Self.maximumTextBytes {
            return .jsonError("TextSizeLimitExceededException", "Input text size exceeds limit. Max length of request text allowed is 10000 bytes while in this request the text size is \(text.utf8.count) bytes")
        }
        if source == "auto" { source = Self.detect(text) }
        guard Self.codes.contains(source), Self.codes.contains(target), source != target else {
            return .jsonError("UnsupportedLanguagePairException", "Unsupported language pair: \(source) to \(target).")
        }
        return .json([
            "TranslatedText": .string(translator.translate(text, to: target)),
            "SourceLanguageCode": .string(source), "TargetLanguageCode": .string(target),
        ])
    }

    func listLanguages(_ input: JSONValue) -> TwinResponse {
        let display = input["DisplayLanguageCode"]?.stringValue ?? "en"
        guard ["de", "en", "es", "fr", "it", "ja", "ko", "pt", "zh", "zh-TW"].contains(display) else {
            return .jsonError("UnsupportedDisplayLanguageCodeException", "Display language code \(display) is not supported.")
        }
        return .json([
            "Languages": .array(Self.languages.map { ["LanguageName": .string($0.name), "LanguageCode": .string($0.code)] }),
            "DisplayLanguageCode": .string(display),
        ])
    }

    private func validation(_ member: String) -> TwinResponse {
        .jsonError("ValidationException", "1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null")
    }

    /// A rough guess for SourceLanguageCode "auto": scripts first, then English.
    static func detect(_ text: String) -> String {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF: return "ja"
            case 0x4E00...0x9FFF: return "zh"
            case 0xAC00...0xD7AF: return "ko"
            case 0x0600...0x06FF: return "ar"
            case 0x0400...0x04FF: return "ru"
            case 0x0900...0x097F: return "hi"
            default: continue
            }
        }
        return "en"
    }
}
