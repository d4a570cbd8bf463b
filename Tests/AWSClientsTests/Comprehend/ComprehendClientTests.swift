import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Comprehend client")
struct ComprehendClientTests {
    let decoder = AWSJSONCoding.makeDecoder()

    @Test("DetectSentiment decodes the sentiment and the score of each")
    func sentiment() throws {
        let body = #"{"Sentiment":"MIXED","SentimentScore":{"Positive":0.41,"Negative":0.38,"Neutral":0.02,"Mixed":0.19}}"#
        let output = try decoder.decode(DetectSentimentOutput.self, from: Data(body.utf8))
        #expect(output.sentiment == .mixed)
        #expect(output.sentimentScore?.positive == 0.41)
        #expect(output.sentimentScore?.mixed == 0.19)
    }

    @Test("DetectKeyPhrases decodes each phrase with its offsets and score")
    func keyPhrases() throws {
        let body = #"{"KeyPhrases":[{"Score":0.99,"Text":"the new season","BeginOffset":16,"EndOffset":30},{"Score":0.97,"Text":"Friday","BeginOffset":40,"EndOffset":46}]}"#
        let output = try decoder.decode(DetectKeyPhrasesOutput.self, from: Data(body.utf8))
        #expect(output.keyPhrases.map(\.text) == ["the new season", "Friday"])
        #expect(output.keyPhrases.first?.beginOffset == 16)
        #expect(try decoder.decode(DetectKeyPhrasesOutput.self, from: Data("{}".utf8)).keyPhrases.isEmpty)
    }

    @Test("DetectEntities decodes each entity's type, text, offsets and score, keeping unknown types")
    func entities() throws {
        let body = #"{"Entities":[{"Score":0.998,"Type":"PERSON","Text":"Ana Souza","BeginOffset":0,"EndOffset":9},{"Score":0.91,"Type":"CAST_MEMBER","Text":"Kim","BeginOffset":17,"EndOffset":20}]}"#
        let output = try decoder.decode(DetectEntitiesOutput.self, from: Data(body.utf8))
        #expect(output.entities.first?.type == .person)
        #expect(output.entities.first?.text == "Ana Souza")
        #expect(output.entities.last?.type?.rawValue == "CAST_MEMBER")
    }

    @Test("a Comprehend error answer surfaces as AWSServiceError with its code")
    func serviceError() async throws {
        let transport = FakeTransport(
            status: 400, headers: ["Content-Type": "application/x-amz-json-1.1"],
            body: #"{"__type":"com.amazonaws.comprehend#UnsupportedLanguageException","Message":"Language not supported"}"#)
        await #expect { _ = try await ComprehendClient(transport.configuration).detectEntities("Hallo", languageCode: "nl") } throws: { error in
            let error = error as? AWSServiceError
            return error?.code == "UnsupportedLanguageException" && error?.message == "Language not supported"
        }
        #expect(transport.requests.first?.headers["X-Amz-Target"] == "Comprehend_20171127.DetectEntities")
    }

    @Test("text over the byte limit (5,000 for sentiment, 100,000 otherwise) or empty is refused before sending")
    func limits() async throws {
        let transport = FakeTransport(body: "{}")
        let client = try ComprehendClient(transport.configuration)
        let sentimentTooLong = String(repeating: "é", count: 2_501)  // 2,501 characters, 5,002 bytes
        await #expect { _ = try await client.detectSentiment(sentimentTooLong, languageCode: .french) } throws: { error in
            (error as? ClientInputError) == .tooLarge && "\(error)".contains("5000 bytes")
        }
        let hundredK = String(repeating: "ሴ", count: 33_334)  // 100,002 bytes
        await #expect(throws: ClientInputError.tooLarge) { _ = try await client.detectKeyPhrases(hundredK, languageCode: .english) }
        await #expect(throws: ClientInputError.tooLarge) { _ = try await client.detectEntities(hundredK, languageCode: .english) }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.detectSentiment("", languageCode: .english) }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.detectKeyPhrases("", languageCode: .english) }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.detectEntities("", languageCode: .english) }
        #expect(transport.requests.isEmpty)

        _ = try await client.detectSentiment(String(repeating: "a", count: 5_000), languageCode: .english)
        _ = try await client.detectKeyPhrases(String(repeating: "a", count: 100_000), languageCode: .english)
        #expect(transport.requests.count == 2, "text of exactly the limit is sent")
    }
}
