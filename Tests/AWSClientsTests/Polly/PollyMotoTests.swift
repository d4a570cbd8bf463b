import AWSCore
import Foundation
import Testing
import TestSupport
import AWSClients

/// Polly against a moto server that verifies every SigV4 signature. moto serves SynthesizeSpeech (with a
/// placeholder body) and DescribeVoices, but it has no synthesis tasks, and its signature check cannot
/// verify a bodiless GET such as DescribeVoices: with no form body it verifies against the request's
/// headers (or query) as if they were a form body, so boto3's own DescribeVoices fails there with
/// SignatureDoesNotMatch too. DescribeVoices is covered by the conformance rows and the paging test.
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
}
