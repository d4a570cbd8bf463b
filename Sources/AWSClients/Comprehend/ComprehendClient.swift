import AWSCore
import Foundation

/// Amazon Comprehend (awsJson 1.1): sentiment, key phrases and entities of a text.
public struct ComprehendClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.1", targetPrefix: "Comprehend_20171127")

    // Limits from botocore's comprehend 2017-11-27 model (`DetectSentimentRequest.Text`: "The maximum string
    // size is 5 KB"; `DetectKeyPhrasesRequest.Text`: "must contain less than 100 KB of UTF-8 encoded
    // characters"; `DetectEntitiesRequest.Text`: "The maximum string size is 100 KB"). The service counts
    // KB as 1,000 bytes: its TextSizeLimitExceededException says "Max length of request text allowed is
    // 5000 bytes" (100000 bytes for key phrases and entities), and moto enforces the same numbers.

    /// DetectSentiment accepts at most 5,000 bytes of UTF-8 text.
    public static let maximumSentimentTextBytes = 5_000
    /// DetectKeyPhrases and DetectEntities accept at most 100,000 bytes of UTF-8 text.
    public static let maximumTextBytes = 100_000

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .comprehend, wireProtocol: Self.wireProtocol)
    }

    /// The dominant sentiment of `text` and the score of each; refuses empty text and text over 5,000 bytes.
    public func detectSentiment(_ text: String, languageCode: ComprehendLanguageCode) async throws -> DetectSentimentOutput {
        let input = ComprehendTextInput(text: text, languageCode: languageCode)
        try input.validate("DetectSentiment", limit: Self.maximumSentimentTextBytes)
        return try await client.json("DetectSentiment", input: input)
    }

    /// The key noun phrases of `text`; refuses empty text and text over 100,000 bytes.
    public func detectKeyPhrases(_ text: String, languageCode: ComprehendLanguageCode) async throws -> DetectKeyPhrasesOutput {
        let input = ComprehendTextInput(text: text, languageCode: languageCode)
        try input.validate("DetectKeyPhrases", limit: Self.maximumTextBytes)
        return try await client.json("DetectKeyPhrases", input: input)
    }

    /// The named entities of `text` (people, places, dates…), with the built-in model or the custom recognizer
    /// behind `endpointArn`; refuses empty text and text over 100,000 bytes.
    public func detectEntities(
        _ text: String, languageCode: ComprehendLanguageCode, endpointArn: String? = nil
    ) async throws -> DetectEntitiesOutput {
        let input = ComprehendTextInput(text: text, languageCode: languageCode, endpointArn: endpointArn)
        try input.validate("DetectEntities", limit: Self.maximumTextBytes)
        return try await client.json("DetectEntities", input: input)
    }
}

/// The input shared by DetectSentiment, DetectKeyPhrases and DetectEntities.
struct ComprehendTextInput: Encodable, Sendable, Equatable {
    var text: String
    var languageCode: ComprehendLanguageCode
    var endpointArn: String?

    enum CodingKeys: String, CodingKey { case text = "Text", languageCode = "LanguageCode", endpointArn = "EndpointArn" }

    func validate(_ operation: String, limit: Int) throws(ClientInputError) {
        if text.isEmpty { throw .missingField(operation, "Text") }
        if languageCode.rawValue.isEmpty { throw .missingField(operation, "LanguageCode") }
        let bytes = text.utf8.count
        if bytes > limit { throw .tooLarge(operation, "Text", size: bytes, limit: limit, unit: "bytes") }
    }
}
