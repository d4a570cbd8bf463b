import AWSCore
import Foundation
import Testing
@testable import AWSClients

/// The typed InvokeModel bodies decode the answers each model family documents.
@Suite("Bedrock model bodies")
struct BedrockModelBodyTests {
    let decoder = AWSJSONCoding.makeDecoder()

    @Test("a Claude messages answer decodes its text, tool use and unknown blocks, stop reason and usage")
    func anthropicResponse() throws {
        let body = #"""
            {"id":"msg_bdrk_01","type":"message","role":"assistant","model":"claude-3-5-sonnet-20240620",
             "content":[{"type":"thinking","thinking":"hmm","signature":"x"},{"type":"text","text":"A heist "},{"type":"text","text":"gone right."},
                        {"type":"tool_use","id":"toolu_01","name":"lookup_cast","input":{"title":"Heat"}}],
             "stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":25,"output_tokens":41}}
            """#
        let response = try decoder.decode(AnthropicMessagesResponse.self, from: Data(body.utf8))
        #expect(response.text == "A heist gone right.")
        #expect(response.stopReason == "tool_use")
        #expect(response.stopSequence == nil)
        #expect(response.usage == .init(inputTokens: 25, outputTokens: 41))
        #expect(response.role == .assistant)
        #expect(response.content.last == .toolUse(id: "toolu_01", name: "lookup_cast", input: ["title": "Heat"]))
        guard case .other(let thinking) = response.content.first else { Issue.record("the thinking block was lost"); return }
        #expect(thinking["type"] == "thinking")
        #expect(thinking["thinking"] == "hmm")
    }

    @Test("a Claude message whose content is a bare string reads as one text block, and images round-trip as base64")
    func anthropicMessageForms() throws {
        let message = try decoder.decode(AnthropicMessage.self, from: Data(#"{"role":"user","content":"Hello"}"#.utf8))
        #expect(message == .user("Hello"))
        let image = AnthropicContentBlock.image(mediaType: "image/jpeg", data: Data([1, 2, 3]))
        let encoded = try AWSJSONCoding.makeEncoder().encode(image)
        #expect(try JSONDecoder().decode(JSON.self, from: encoded)
            == ["type": "image", "source": ["type": "base64", "media_type": "image/jpeg", "data": "AQID"]])
        #expect(try decoder.decode(AnthropicContentBlock.self, from: encoded) == image)
    }

    @Test("a Llama answer decodes its generation, token counts and stop reason")
    func llamaResponse() throws {
        let body = #"{"generation":"They came for the gold.","prompt_token_count":12,"generation_token_count":7,"stop_reason":"stop"}"#
        let response = try decoder.decode(LlamaResponse.self, from: Data(body.utf8))
        #expect(response == LlamaResponse(generation: "They came for the gold.", promptTokenCount: 12, generationTokenCount: 7, stopReason: "stop"))
    }

    @Test("a Titan Text answer decodes the input token count and each result")
    func titanTextResponse() throws {
        let body = #"{"inputTextTokenCount":9,"results":[{"tokenCount":18,"outputText":"The hero comes home.","completionReason":"FINISH"}]}"#
        let response = try decoder.decode(TitanTextResponse.self, from: Data(body.utf8))
        #expect(response.inputTextTokenCount == 9)
        #expect(response.outputText == "The hero comes home.")
        #expect(response.results.first?.completionReason == "FINISH")
        #expect(response.results.first?.tokenCount == 18)
    }

    @Test("Titan embeddings answers decode the vector, the token count, vectors by type and the multimodal message")
    func embeddingsResponses() throws {
        let text = #"{"embedding":[0.12,-0.5,0.33],"inputTextTokenCount":4,"embeddingsByType":{"float":[0.12,-0.5,0.33],"binary":[1,0,1]}}"#
        let v2 = try decoder.decode(TitanEmbeddingsResponse.self, from: Data(text.utf8))
        #expect(v2.embedding == [0.12, -0.5, 0.33])
        #expect(v2.inputTextTokenCount == 4)
        #expect(v2.embeddingsByType?.binary == [1, 0, 1])
        let multimodal = #"{"embedding":[0.25,0.75],"inputTextTokenCount":1,"message":"Image was resized"}"#
        let image = try decoder.decode(TitanEmbeddingsResponse.self, from: Data(multimodal.utf8))
        #expect(image.embedding?.count == 2)
        #expect(image.message == "Image was resized")
    }

    @Test("an image generation answer decodes base64 images, and a refusal decodes its error with no images")
    func imageResponses() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47])
        let ok = #"{"images":["\#(png.base64EncodedString())","\#(Data([7]).base64EncodedString())"],"error":null}"#
        let response = try decoder.decode(BedrockImageGenerationResponse.self, from: Data(ok.utf8))
        #expect(response.images == [png, Data([7])])
        #expect(response.error == nil)
        let refused = #"{"error":"This request has been blocked by our content filters."}"#
        let blocked = try decoder.decode(BedrockImageGenerationResponse.self, from: Data(refused.utf8))
        #expect(blocked.images.isEmpty)
        #expect(blocked.error?.contains("content filters") == true)
    }

    @Test("a Nova Reel request is a TEXT_VIDEO document with the image under source.bytes")
    func novaReelDocument() throws {
        let request = NovaReelVideoRequest(text: "A lighthouse at dawn", images: [.init(format: "jpeg", bytes: Data([1, 2, 3]))], seed: 5)
        let json = try JSONDecoder().decode(JSON.self, from: AWSJSONCoding.makeEncoder().encode(request))
        #expect(json["taskType"] == "TEXT_VIDEO")
        #expect(json["textToVideoParams"]?["images"]?[0]?["source"]?["bytes"] == "AQID")
        #expect(json["videoGenerationConfig"] == ["durationSeconds": 6, "fps": 24, "dimension": "1280x720", "seed": 5])
    }
}
