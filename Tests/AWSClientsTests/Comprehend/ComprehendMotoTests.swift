import AWSCore
import Foundation
import Testing
import TestSupport
@testable import AWSClients

/// Comprehend against moto (which verifies every signature). moto answers canned results: DetectSentiment a
/// NEUTRAL sentiment with four scores, DetectKeyPhrases three phrases with offsets and scores but no text.
/// moto does not implement DetectEntities, so only conformance and decoding tests cover it.
@Suite("Comprehend against moto", .serialized, .motoServer)
struct ComprehendMotoTests {
    func client() throws -> ComprehendClient {
        let moto = try #require(MotoServer.current).connection
        return try ComprehendClient(AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint))
    }

    @Test("DetectSentiment answers a sentiment and a score for each of the four sentiments")
    func sentiment() async throws {
        let output = try await client().detectSentiment("Le film était correct, sans plus ሴ", languageCode: .french)
        #expect(output.sentiment == .neutral)
        let score = try #require(output.sentimentScore)
        for value in [score.positive, score.negative, score.neutral, score.mixed] {
            #expect((0...1).contains(try #require(value)))
        }
    }

    @Test("DetectKeyPhrases answers phrases with ordered offsets and scores")
    func keyPhrases() async throws {
        let output = try await client().detectKeyPhrases("The trailer for the new season drops on Friday.", languageCode: .english)
        #expect(!output.keyPhrases.isEmpty)
        for phrase in output.keyPhrases {
            #expect(try #require(phrase.beginOffset) < (try #require(phrase.endOffset)))
            #expect((0...1).contains(try #require(phrase.score)))
        }
    }

    @Test("a language moto refuses surfaces as AWSServiceError ValidationException")
    func unsupportedLanguage() async throws {
        await #expect { _ = try await client().detectSentiment("Hallo wereld", languageCode: "nl") } throws: { error in
            let error = error as? AWSServiceError
            return error?.code == "ValidationException" && error?.statusCode == 400 && error?.message.contains("languageCode") == true
        }
    }
}
