import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Bedrock Runtime client")
struct BedrockRuntimeClientTests {
    @Test("InvokeModel with a typed body sends it to the ARN's single path segment and decodes the model's answer")
    func typedInvoke() async throws {
        let transport = FakeTransport(body: #"{"generation":"Gold.","prompt_token_count":3,"generation_token_count":2,"stop_reason":"length"}"#)
        let client = try BedrockRuntimeClient(transport.configuration)
        let arn = "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef123456"
        let answer = try await client.invoke(LlamaRequest(prompt: "One word:", maxGenLen: 2), modelId: arn)
        #expect(answer.generation == "Gold.")
        #expect(answer.stopReason == "length")
        let sent = try #require(transport.requests.first)
        #expect(sent.url == "https://bedrock-runtime.us-east-1.amazonaws.com/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aprovisioned-model%2Fabcdef123456/invoke")
        #expect(sent.headers["Content-Type"] == "application/json")
        #expect(try JSONDecoder().decode(JSON.self, from: sent.body) == ["prompt": "One word:", "max_gen_len": 2])
        #expect(sent.headers["Authorization"]?.contains("/us-east-1/bedrock/aws4_request") == true)
    }

    @Test("InvokeModel with a raw body returns the answer's bytes and content type untouched")
    func rawInvoke() async throws {
        let transport = FakeTransport(
            headers: ["Content-Type": "application/json", "X-Amzn-Bedrock-PerformanceConfig-Latency": "standard"], body: #"{"text":"hi"}"#)
        let output = try await BedrockRuntimeClient(transport.configuration).invokeModel(
            InvokeModelInput(modelId: "cohere.command-r-v1:0", body: Data(#"{"message":"hi"}"#.utf8)))
        #expect(output.body == Data(#"{"text":"hi"}"#.utf8))
        #expect(output.contentType == "application/json")
        #expect(output.performanceConfigLatency == "standard")
        #expect(try output.decode(JSON.self)["text"] == "hi")
    }

    @Test("a Converse answer decodes the message, stop reason, usage and latency")
    func converseResponse() async throws {
        let transport = FakeTransport(body: #"""
            {"output":{"message":{"role":"assistant","content":[{"text":"Nous nous "},{"text":"revoyons."},{"toolUse":{"toolUseId":"t1","name":"x","input":{}}}]}},
             "stopReason":"end_turn","usage":{"inputTokens":30,"outputTokens":8,"totalTokens":38,"cacheReadInputTokens":0},
             "metrics":{"latencyMs":412},"additionalModelResponseFields":{"stop_sequence":null}}
            """#)
        let output = try await BedrockRuntimeClient(transport.configuration).converse(
            ConverseInput(modelId: "anthropic.claude-3-haiku-20240307-v1:0", messages: [.user("Traduire")]))
        #expect(output.text == "Nous nous revoyons.")
        #expect(output.message?.role == .assistant)
        #expect(output.stopReason == "end_turn")
        #expect(output.usage.totalTokens == 38)
        #expect(output.usage.cacheReadInputTokens == 0)
        #expect(output.metrics.latencyMs == 412)
        #expect(output.message?.content.last == .other(["toolUse": ["toolUseId": "t1", "name": "x", "input": [:]]]))
        #expect(transport.requests.first?.url.hasSuffix("/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse") == true)
    }

    @Test("an ApplyGuardrail answer decodes the action, outputs, each policy's assessment and usage")
    func guardrailResponse() async throws {
        let transport = FakeTransport(body: #"""
            {"usage":{"topicPolicyUnits":1,"contentPolicyUnits":1,"wordPolicyUnits":1,"sensitiveInformationPolicyUnits":1,
                      "sensitiveInformationPolicyFreeUnits":0,"contextualGroundingPolicyUnits":0},
             "action":"GUARDRAIL_INTERVENED","actionReason":"Guardrail blocked.","outputs":[{"text":"My email is {EMAIL}"}],
             "assessments":[{"topicPolicy":{"topics":[{"name":"Spoilers","type":"DENY","action":"BLOCKED","detected":true}]},
                             "contentPolicy":{"filters":[{"type":"INSULTS","confidence":"HIGH","filterStrength":"MEDIUM","action":"BLOCKED","detected":true}]},
                             "wordPolicy":{"customWords":[{"match":"rosebud","action":"BLOCKED"}],"managedWordLists":[{"match":"heck","type":"PROFANITY","action":"NONE"}]},
                             "sensitiveInformationPolicy":{"piiEntities":[{"match":"ana@example.com","type":"EMAIL","action":"ANONYMIZED","detected":true}],
                                                           "regexes":[{"name":"ticket","match":"TK-1","regex":"TK-\\d+","action":"NONE"}]},
                             "contextualGroundingPolicy":{"filters":[{"type":"GROUNDING","threshold":0.75,"score":0.31,"action":"BLOCKED","detected":true}]},
                             "invocationMetrics":{"guardrailProcessingLatency":120}}]}
            """#)
        let output = try await BedrockRuntimeClient(transport.configuration).applyGuardrail(ApplyGuardrailInput(
            guardrailIdentifier: "gr7abc123", guardrailVersion: "1", source: .output, content: [GuardrailTextBlock("My email is ana@example.com")]))
        #expect(output.intervened)
        #expect(output.outputs.first?.text == "My email is {EMAIL}")
        let assessment = try #require(output.assessments.first)
        #expect(assessment.topicPolicy?.topics.first?.name == "Spoilers")
        #expect(assessment.contentPolicy?.filters.first?.confidence == "HIGH")
        #expect(assessment.wordPolicy?.managedWordLists.first?.type == "PROFANITY")
        #expect(assessment.sensitiveInformationPolicy?.piiEntities.first?.action == "ANONYMIZED")
        #expect(assessment.sensitiveInformationPolicy?.regexes.first?.regex == #"TK-\d+"#)
        #expect(assessment.contextualGroundingPolicy?.filters?.first?.score == 0.31)
        #expect(assessment.invocationMetrics?.guardrailProcessingLatency == 120)
        #expect(output.usage.topicPolicyUnits == 1)
        #expect(transport.requests.first?.url.hasSuffix("/guardrail/gr7abc123/version/1/apply") == true)
    }

    @Test("GetAsyncInvoke decodes a failed invocation with ISO 8601 times, and StartAsyncInvoke returns the ARN")
    func asyncInvoke() async throws {
        let failed = FakeTransport(body: #"""
            {"invocationArn":"arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdef123456",
             "modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-reel-v1:1","clientRequestToken":"job-42-video",
             "status":"Failed","failureMessage":"The prompt was blocked.","submitTime":"2026-03-01T10:00:00Z",
             "lastModifiedTime":"2026-03-01T10:01:30.250Z","endTime":"2026-03-01T10:01:30.250Z",
             "outputDataConfig":{"s3OutputDataConfig":{"s3Uri":"s3://media-outputs/videos/job-42/abcdef123456"}}}
            """#)
        let status = try await BedrockRuntimeClient(failed.configuration).getAsyncInvoke(
            invocationArn: "arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdef123456")
        #expect(status.status == .failed)
        #expect(status.failureMessage == "The prompt was blocked.")
        #expect(status.submitTime == Date(timeIntervalSince1970: 1_772_359_200))
        #expect(status.endTime == Date(timeIntervalSince1970: 1_772_359_290.25))
        #expect(status.outputDataConfig.s3OutputDataConfig.s3Uri == "s3://media-outputs/videos/job-42/abcdef123456")
        #expect(failed.requests.first?.method == "GET")

        let started = FakeTransport(body: #"{"invocationArn":"arn:aws:bedrock:us-east-1:123456789012:async-invoke/zzzzzz999999"}"#)
        let arn = try await BedrockRuntimeClient(started.configuration).startVideoGeneration(
            NovaReelVideoRequest(text: "Waves"), s3OutputUri: "s3://media-outputs/videos/")
        #expect(arn.hasSuffix("async-invoke/zzzzzz999999"))
        let body = try JSONDecoder().decode(JSON.self, from: try #require(started.requests.first).body)
        #expect(body["clientRequestToken"]?.stringValue?.isEmpty == false, "an idempotency token is always sent")
        #expect(body["modelId"] == "amazon.nova-reel-v1:1")
    }

    @Test("a service error answer surfaces as AWSServiceError with Bedrock's code")
    func serviceErrors() async throws {
        let validation = FakeTransport(
            status: 400, headers: ["Content-Type": "application/json", "x-amzn-ErrorType": "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/",
                                   "x-amzn-RequestId": "req-1"],
            body: #"{"message":"Malformed input request: #: required key [max_tokens] not found"}"#)
        await #expect(throws: AWSServiceError.self) {
            _ = try await BedrockRuntimeClient(validation.configuration).invoke(
                AnthropicMessagesRequest(maxTokens: 10, messages: [.user("hi")]), modelId: "anthropic.claude-3-haiku-20240307-v1:0")
        }
        do {
            _ = try await BedrockRuntimeClient(validation.configuration).converse(ConverseInput(modelId: "m", messages: [.user("hi")]))
            Issue.record("a 400 answer was taken as a success")
        } catch let error as AWSServiceError {
            #expect(error.code == "ValidationException")
            #expect(error.statusCode == 400)
            #expect(error.message.contains("max_tokens"))
            #expect(error.requestId == "req-1")
        }
        let denied = FakeTransport(
            status: 403, headers: ["x-amzn-ErrorType": "AccessDeniedException"],
            body: #"{"message":"You don't have access to the model with the specified model ID."}"#)
        await #expect { _ = try await BedrockRuntimeClient(denied.configuration).getAsyncInvoke(invocationArn: "arn:x") } throws: { error in
            (error as? AWSServiceError)?.code == "AccessDeniedException"
        }
    }

    @Test("an empty prompt, message list, input text or model id is refused before anything is sent, naming the field")
    func inputChecks() async throws {
        let transport = FakeTransport(body: "{}")
        let client = try BedrockRuntimeClient(transport.configuration)
        func refusal(_ call: () async throws -> Void) async -> String? {
            do { try await call() } catch let error as ClientInputError where error == .missingField { return error.detail } catch {}
            return nil
        }
        let cases: [(String, () async throws -> Void)] = [
            ("messages", { _ = try await client.invoke(AnthropicMessagesRequest(maxTokens: 5, messages: []), modelId: "m") }),
            ("prompt", { _ = try await client.invoke(LlamaRequest(prompt: ""), modelId: "m") }),
            ("inputText", { _ = try await client.invoke(TitanTextRequest(inputText: ""), modelId: "m") }),
            ("inputText", { _ = try await client.invoke(TitanTextEmbeddingsRequest(inputText: ""), modelId: "m") }),
            ("inputText or inputImage", { _ = try await client.invoke(TitanMultimodalEmbeddingsRequest(), modelId: "m") }),
            ("textToImageParams.text", { _ = try await client.invoke(BedrockImageGenerationRequest(.textToImage(.init(text: ""))), modelId: "m") }),
            ("colorGuidedGenerationParams.colors", {
                _ = try await client.invoke(BedrockImageGenerationRequest(.colorGuidedGeneration(.init(text: "x", colors: []))), modelId: "m") }),
            ("imageVariationParams.images", { _ = try await client.invoke(BedrockImageGenerationRequest(.imageVariation(.init(images: []))), modelId: "m") }),
            ("modelId", { _ = try await client.invoke(LlamaRequest(prompt: "x"), modelId: "") }),
            ("messages", { _ = try await client.converse(ConverseInput(modelId: "m", messages: [])) }),
            ("content", { _ = try await client.applyGuardrail(ApplyGuardrailInput(guardrailIdentifier: "g", guardrailVersion: "1", source: .input, content: [])) }),
            ("textToVideoParams.text", { _ = try await client.startVideoGeneration(NovaReelVideoRequest(text: ""), s3OutputUri: "s3://b/k") }),
            ("textToVideoParams.text", {
                _ = try await client.startAsyncInvoke(StartAsyncInvokeInput(
                    modelId: "m", modelInput: ["taskType": "TEXT_VIDEO", "textToVideoParams": ["images": []]], outputDataConfig: .init(s3Uri: "s3://b/k")))
            }),
            ("messages[1].content", {
                _ = try await client.invoke(AnthropicMessagesRequest(maxTokens: 5, messages: [.user("a"), .init(role: .assistant, content: [])]), modelId: "m")
            }),
            ("s3Uri", { _ = try await client.startVideoGeneration(NovaReelVideoRequest(text: "x"), s3OutputUri: "") }),
            ("invocationArn", { _ = try await client.getAsyncInvoke(invocationArn: "") }),
        ]
        for (field, call) in cases {
            let detail = await refusal(call)
            #expect(detail?.contains(field) == true, "expected a missingField naming \(field), got \(detail ?? "no refusal")")
        }
        #expect(transport.requests.isEmpty)
    }
}
