import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Translate client")
struct TranslateClientTests {
    @Test("TranslateText decodes the documented response, with applied terminologies and settings")
    func decodesResponse() throws {
        let body = #"{"TranslatedText":"Hello everyone","SourceLanguageCode":"fr","TargetLanguageCode":"en","AppliedTerminologies":[{"Name":"brand-terms","Terms":[{"SourceText":"MediaGen","TargetText":"MediaGen"}]}],"AppliedSettings":{"Formality":"FORMAL","Profanity":"MASK"}}"#
        let output = try AWSJSONCoding.makeDecoder().decode(TranslateTextOutput.self, from: Data(body.utf8))
        #expect(output.translatedText == "Hello everyone")
        #expect(output.appliedTerminologies?.first?.terms?.first?.targetText == "MediaGen")
        #expect(output.appliedSettings == TranslationSettings(formality: .formal, profanity: .mask))
    }

    @Test("text over 10,000 bytes, or empty, is refused before anything is sent")
    func limits() async throws {
        let configuration = AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: CapturingTransport(), environment: [:])
        let client = try TranslateClient(configuration)
        let long = String(repeating: "é", count: 5_001)  // 10,002 bytes
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.translateText(TranslateTextInput(text: long, sourceLanguageCode: "fr", targetLanguageCode: "en"))
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await client.translateText(TranslateTextInput(text: "", sourceLanguageCode: "fr", targetLanguageCode: "en"))
        }
    }

    @Test("ListLanguages follows NextToken across pages")
    func paging() async throws {
        let transport = FakeTransport(json: [
            #"{"Languages":[{"LanguageName":"French","LanguageCode":"fr"}],"NextToken":"p2"}"#,
            #"{"Languages":[{"LanguageName":"German","LanguageCode":"de"}]}"#,
        ])
        let client = try TranslateClient(AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: transport, environment: [:]))
        let languages = try await client.listLanguages()
        #expect(languages.map(\.languageCode) == ["fr", "de"])
        #expect(transport.bodies.last?.contains(#""NextToken":"p2""#) == true)
    }
}
