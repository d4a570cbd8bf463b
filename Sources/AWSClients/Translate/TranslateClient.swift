import AWSCore
import Foundation

/// Amazon Translate (awsJson 1.1): text translation with terminologies, formality and profanity masking.
public struct TranslateClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.1", targetPrefix: "AWSShineFrontendService_20170701")
    /// TranslateText accepts at most 10,000 bytes of UTF-8 text.
    public static let maximumTextBytes = 10_000

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .translate, wireProtocol: Self.wireProtocol)
    }

    /// Translates `input.text`; refuses empty text, empty language codes and text over 10,000 bytes before sending.
    public func translateText(_ input: TranslateTextInput) async throws -> TranslateTextOutput {
        try input.validate()
        return try await client.json("TranslateText", input: input)
    }

    /// The languages Translate supports, following `NextToken` until the last page.
    public func listLanguages(displayLanguageCode: String? = nil) async throws -> [TranslateLanguage] {
        var languages: [TranslateLanguage] = []
        var nextToken: String? = nil
        repeat {
            let page: ListLanguagesOutput = try await client.json(
                "ListLanguages", input: ListLanguagesInput(displayLanguageCode: displayLanguageCode, nextToken: nextToken))
            languages += page.languages
            nextToken = page.nextToken
        } while nextToken != nil
        return languages
    }
}
