import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// The local twin through our own clients: Translate served by the twin, signatures verified with the
/// service's errors, and every other service forwarded to moto untouched.
@Suite("Local twin", .serialized, .motoServer)
struct TwinTests {
    static let accessKey = "AKIATWINTEST00000001"
    static let secret = "twin-secret-access-key"

    static func withTwin(_ body: (Int) async throws -> Void) async throws {
        let moto = try #require(MotoServer.current).connection
        let server = TwinServer(
            services: [TwinTranslate(), TwinBedrock()], verifier: TwinSignatureVerifier(secrets: [accessKey: secret, moto.accessKeyId: moto.secretAccessKey]),
            forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        do { try await body(running.port) } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    static func configuration(port: Int, accessKey: String = accessKey, secret: String = secret) -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: accessKey, secretAccessKey: secret)),
            transport: URLSessionTransport(), environment: [:], endpoint: "http://127.0.0.1:\(port)",
            retry: RetryConfiguration(maxAttempts: 1))
    }

    @Test("TranslateText keeps placeholders, tags and numbers, is deterministic, and expands or shrinks like the language")
    func translate() async throws {
        try await Self.withTwin { port in
            let client = try TranslateClient(Self.configuration(port: port))
            let text = "Hello {name}, your <b>2</b> subtitles are ready at 10:30 — see %s now."
            let french = try await client.translateText(TranslateTextInput(text: text, sourceLanguageCode: "en", targetLanguageCode: "fr"))
            #expect(french.translatedText.contains("{name}"))
            #expect(french.translatedText.contains("<b>2</b>"))
            #expect(french.translatedText.contains("10:30"))
            #expect(french.translatedText.contains("%s"))
            #expect(!french.translatedText.contains("Hello"))
            let again = try await client.translateText(TranslateTextInput(text: text, sourceLanguageCode: "en", targetLanguageCode: "fr"))
            #expect(again.translatedText == french.translatedText)
            let sentence = "The director reviews every scene before the premiere tonight"
            let german = try await client.translateText(TranslateTextInput(text: sentence, sourceLanguageCode: "en", targetLanguageCode: "de"))
            let japanese = try await client.translateText(TranslateTextInput(text: sentence, sourceLanguageCode: "auto", targetLanguageCode: "ja"))
            #expect(german.translatedText.count > sentence.count)
            #expect(japanese.translatedText.count < sentence.count / 2 + 5)
            #expect(japanese.sourceLanguageCode == "en")
        }
    }

    @Test("ListLanguages lists codes and names; an unsupported pair is UnsupportedLanguagePairException")
    func languagesAndErrors() async throws {
        try await Self.withTwin { port in
            let client = try TranslateClient(Self.configuration(port: port))
            let languages = try await client.listLanguages()
            #expect(languages.contains { $0.languageCode == "ja" && $0.languageName == "Japanese" })
            do {
                _ = try await client.translateText(TranslateTextInput(text: "hi", sourceLanguageCode: "en", targetLanguageCode: "tlh"))
                Issue.record("expected UnsupportedLanguagePairException")
            } catch let error as AWSServiceError {
                #expect(error.code == "UnsupportedLanguagePairException")
                #expect(error.statusCode == 400)
            }
        }
    }

    @Test("a request signed with the wrong secret is InvalidSignatureException; an unknown key UnrecognizedClientException")
    func signatures() async throws {
        try await Self.withTwin { port in
            let input = TranslateTextInput(text: "hi", sourceLanguageCode: "en", targetLanguageCode: "fr")
            do {
                _ = try await TranslateClient(Self.configuration(port: port, secret: "wrong")).translateText(input)
                Issue.record("expected InvalidSignatureException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidSignatureException")
                #expect(error.statusCode == 403)
            }
            do {
                _ = try await TranslateClient(Self.configuration(port: port, accessKey: "AKIAUNKNOWN000000000")).translateText(input)
                Issue.record("expected UnrecognizedClientException")
            } catch let error as AWSServiceError {
                #expect(error.code == "UnrecognizedClientException")
            }
        }
    }

    @Test("services the twin does not serve reach moto untouched, signature and all")
    func forwarding() async throws {
        let moto = try #require(MotoServer.current).connection
        try await Self.withTwin { port in
            let dynamodb = try DynamoDBClient(Self.configuration(port: port, accessKey: moto.accessKeyId, secret: moto.secretAccessKey))
            let table = "twin-forward-\(UUID().uuidString.prefix(8))"
            _ = try await dynamodb.client.json("CreateTable", input: [
                "TableName": JSON.string(table),
                "AttributeDefinitions": .array([.object(["AttributeName": .string("id"), "AttributeType": .string("S")])]),
                "KeySchema": .array([.object(["AttributeName": .string("id"), "KeyType": .string("HASH")])]),
                "BillingMode": .string("PAY_PER_REQUEST"),
            ] as JSON, as: JSON.self)
            let listed = try await dynamodb.client.json("ListTables", input: [:] as JSON, as: JSON.self)
            #expect("\(listed)".contains(table))
            do {
                let wrong = try DynamoDBClient(Self.configuration(port: port, accessKey: moto.accessKeyId, secret: "wrong"))
                _ = try await wrong.client.json("ListTables", input: [:] as JSON, as: JSON.self)
                Issue.record("moto should refuse a bad signature")
            } catch let error as AWSServiceError {
                #expect(error.statusCode == 400 || error.statusCode == 403)
            }
        }
    }

    @Test("Claude through InvokeModel: deterministic text within max_tokens, cut at a stop sequence, with usage")
    func claude() async throws {
        try await Self.withTwin { port in
            let bedrock = try BedrockRuntimeClient(Self.configuration(port: port))
            let model = "anthropic.claude-3-5-sonnet-20240620-v1:0"
            let request = AnthropicMessagesRequest(maxTokens: 30, messages: [AnthropicMessage(role: .user, content: [.text("Write a logline for a heist film set in Lisbon")])])
            let first = try await bedrock.invoke(request, modelId: model)
            let second = try await bedrock.invoke(request, modelId: "us." + model)
            #expect(first.text == second.text)
            #expect(!first.text.isEmpty)
            #expect((first.usage?.outputTokens ?? 99) <= 30)
            #expect(first.stopReason == "max_tokens" || first.stopReason == "end_turn")
            let word = String(first.text.split(separator: " ")[3])
            var stopped = request
            stopped.stopSequences = [word]
            let cut = try await bedrock.invoke(stopped, modelId: model)
            #expect(cut.stopReason == "stop_sequence")
            #expect(cut.stopSequence == word)
            #expect(!cut.text.contains(word))
        }
    }

    @Test("a prompt that asks for JSON of a shown shape or schema gets valid JSON of that shape")
    func jsonAnswers() async throws {
        try await Self.withTwin { port in
            let bedrock = try BedrockRuntimeClient(Self.configuration(port: port))
            let example = #"Summarise the scene. Answer only with JSON like {"title": "string", "mood": "string", "characters": ["name"], "durationSeconds": 90, "violent": false}"#
            let answer = try await bedrock.converse(ConverseInput(
                modelId: "amazon.nova-lite-v1:0", messages: [ConverseMessage(role: .user, content: [.text(example)])]))
            let json = try JSONValue(parsing: answer.text)
            #expect(json["title"]?.stringValue != nil)
            #expect(json["characters"]?.arrayValue?.count == 3)
            #expect(json["durationSeconds"]?.number != nil)
            #expect(json["violent"] == .bool(true) || json["violent"] == .bool(false))
            let schema = #"Return JSON matching this schema: {"type": "object", "properties": {"score": {"type": "integer", "minimum": 1, "maximum": 5}, "labels": {"type": "array", "items": {"type": "string", "enum": ["ok", "review"]}, "maxItems": 2}}}"#
            let scored = try await bedrock.invoke(AnthropicMessagesRequest(maxTokens: 200, messages: [AnthropicMessage(role: .user, content: [.text(schema)])]), modelId: "anthropic.claude-3-haiku-20240307-v1:0")
            let instance = try JSONValue(parsing: scored.text)
            #expect((1...5).contains(Int(instance["score"]?.number ?? 0)))
            #expect(instance["labels"]?.arrayValue?.count == 2)
            #expect(instance["labels"]?.arrayValue?.allSatisfy { $0 == "ok" || $0 == "review" } == true)
        }
    }

    @Test("Titan embeddings are deterministic, normalised, of the requested dimension, and closer for similar texts")
    func embeddings() async throws {
        try await Self.withTwin { port in
            let bedrock = try BedrockRuntimeClient(Self.configuration(port: port))
            func embed(_ text: String) async throws -> [Double] {
                try #require(try await bedrock.invoke(TitanTextEmbeddingsRequest(inputText: text, dimensions: 512), modelId: "amazon.titan-embed-text-v2:0").embedding)
            }
            let car = try await embed("a red car chase through the night city")
            let cars = try await embed("the red cars chase at night in the city")
            let recipe = try await embed("slowly whisk eggs and sugar for the cake")
            #expect(car.count == 512)
            #expect(abs(car.reduce(0) { $0 + $1 * $1 } - 1) < 1e-9)
            #expect(try await embed("a red car chase through the night city") == car)
            func cosine(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
            #expect(cosine(car, cars) > cosine(car, recipe) + 0.2)
            do {
                _ = try await bedrock.invoke(TitanTextEmbeddingsRequest(inputText: "x", dimensions: 100), modelId: "amazon.titan-embed-text-v2:0")
                Issue.record("expected ValidationException")
            } catch let error as AWSServiceError {
                #expect(error.code == "ValidationException")
            }
        }
    }
}
