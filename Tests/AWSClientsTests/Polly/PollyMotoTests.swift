import AWSCore
import Foundation
import Testing
import TestSupport
import AWSClients

/// Polly against a moto server that verifies every SigV4 signature. moto serves SynthesizeSpeech (with a
/// placeholder body) and DescribeVoices, but it has no synthesis tasks. (moto's own verifier would hash a
/// bodiless GET's query string as a form body; scripts/moto_server.py corrects that.)
@Suite("Polly against moto", .serialized, .motoServer)
struct PollyMotoTests {
    func client() throws -> PollyClient {
        let moto = try #require(MotoServer.current).connection
        return try PollyClient(AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint))
    }

    @Test("SynthesizeSpeech returns the audio body with its content type")
    func synthesize() async throws {
        let output = try await client().synthesizeSpeech(SynthesizeSpeechInput(
            text: "Welcome to MediaGen.", voiceId: "Joanna", outputFormat: .mp3, sampleRate: "22050"))
        #expect(output.contentType == "audio/mpeg")
        #expect(!output.audioStream.isEmpty)
    }

    @Test("an unknown lexicon is an AWSServiceError LexiconNotFoundException")
    func lexiconNotFound() async throws {
        let error = await #expect(throws: AWSServiceError.self) {
            _ = try await client().synthesizeSpeech(SynthesizeSpeechInput(
                text: "Hi", voiceId: "Joanna", outputFormat: .mp3, lexiconNames: ["missing"]))
        }
        #expect(error?.code == "LexiconNotFoundException")
    }

    @Test("DescribeVoices, a signed GET with query parameters, lists the voices of a language")
    func describeVoices() async throws {
        let voices = try await client().describeVoices(languageCode: "en-US")
        #expect(!voices.isEmpty)
        #expect(voices.allSatisfy { $0.languageCode == "en-US" })
    }
}
