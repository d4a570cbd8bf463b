import AWSCore
import Foundation

/// Amazon Polly (restJson): speech synthesis, speech marks, voices and asynchronous synthesis tasks.
public struct PollyClient: Sendable {
    public static let wireProtocol = WireProtocol.restJson

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .polly, wireProtocol: Self.wireProtocol)
    }

    /// Synthesizes `input.text`; the answer's body is the audio (or JSON-lines speech marks).
    /// Refuses before sending: empty text or voice, over 6,000 characters, over 3,000 billed
    /// characters (see ``PollyCharacterCount``), speech marks without `json` output.
    public func synthesizeSpeech(_ input: SynthesizeSpeechInput) async throws -> SynthesizeSpeechOutput {
        try input.validate()
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/v1/speech")
        try builder.setJSONBody(input)
        let response = try await client.send(try builder.build())
        return SynthesizeSpeechOutput(
            audioStream: response.body, contentType: response.headers["Content-Type"],
            requestCharacters: response.headers["x-amzn-RequestCharacters"].flatMap { Int($0) })
    }

    /// Starts an asynchronous synthesis whose output Polly writes to S3. Refuses before sending: empty
    /// text, voice or bucket, over 200,000 characters, over 100,000 billed characters.
    public func startSpeechSynthesisTask(_ input: StartSpeechSynthesisTaskInput) async throws -> SpeechSynthesisTask {
        try input.validate()
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/v1/synthesisTasks")
        try builder.setJSONBody(input)
        let output: SynthesisTaskOutput = try await client.restJSON(try builder.build())
        return output.synthesisTask
    }

    /// The task's status, output URI and settings.
    public func getSpeechSynthesisTask(taskId: String) async throws -> SpeechSynthesisTask {
        if taskId.isEmpty { throw ClientInputError.missingField("GetSpeechSynthesisTask", "TaskId") }
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/v1/synthesisTasks/{TaskId}")
        builder.setLabel("TaskId", taskId)
        let output: SynthesisTaskOutput = try await client.restJSON(try builder.build())
        return output.synthesisTask
    }

    /// One page of voices.
    public func describeVoicesPage(
        engine: PollyEngine? = nil, languageCode: String? = nil, includeAdditionalLanguageCodes: Bool? = nil,
        nextToken: String? = nil
    ) async throws -> DescribeVoicesOutput {
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/v1/voices")
        builder.addQuery("Engine", engine?.rawValue)
        builder.addQuery("LanguageCode", languageCode)
        builder.addQuery("IncludeAdditionalLanguageCodes", includeAdditionalLanguageCodes)
        builder.addQuery("NextToken", nextToken)
        return try await client.restJSON(try builder.build())
    }

    /// Every voice matching the filters, following `NextToken` until the last page.
    public func describeVoices(
        engine: PollyEngine? = nil, languageCode: String? = nil, includeAdditionalLanguageCodes: Bool? = nil
    ) async throws -> [PollyVoice] {
        var voices: [PollyVoice] = []
        var nextToken: String? = nil
        repeat {
            let page = try await describeVoicesPage(
                engine: engine, languageCode: languageCode,
                includeAdditionalLanguageCodes: includeAdditionalLanguageCodes, nextToken: nextToken)
            voices += page.voices ?? []
            nextToken = page.nextToken
        } while nextToken != nil
        return voices
    }
}
