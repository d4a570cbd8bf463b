import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let translate: [ConformanceRow] = [
        ConformanceRow(
            "translate.TranslateText with terminology, formality and profanity", service: "translate", operation: "TranslateText",
            params: ["Text": "Bonjour à tous ሴ", "SourceLanguageCode": "auto", "TargetLanguageCode": "en",
                     "TerminologyNames": ["brand-terms"], "Settings": ["Formality": "FORMAL", "Profanity": "MASK"]]
        ) { configuration in
            _ = try await TranslateClient(configuration).translateText(TranslateTextInput(
                text: "Bonjour à tous ሴ", sourceLanguageCode: "auto", targetLanguageCode: "en", terminologyNames: ["brand-terms"],
                settings: TranslationSettings(formality: .formal, profanity: .mask)))
        },
        ConformanceRow(
            "translate.ListLanguages", service: "translate", operation: "ListLanguages", params: ["DisplayLanguageCode": "fr"]
        ) { configuration in
            _ = try await TranslateClient(configuration).listLanguages(displayLanguageCode: "fr")
        },
    ]
}
