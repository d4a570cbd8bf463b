import AWSClients
import AWSCore
import Foundation

/// A tiny image and its base64 form, for image-carrying bodies.
private let pixel = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFB])
private let pixelBase64 = pixel.base64EncodedString()

/// An InvokeModel row: botocore gets the body as the documented JSON (bytes), our client builds it from a typed request;
/// the two bodies must be the same JSON.
private func invokeRow<Request: BedrockModelRequest>(
    _ id: String, modelId: String, documentedBody: String, request: Request,
    options: InvokeModelOptions = InvokeModelOptions(), extraParams: [String: JSON] = [:]
) -> ConformanceRow {
    var params: [String: JSON] = [
        "modelId": .string(modelId), "body": .bytes(Data(documentedBody.utf8)),
        "contentType": "application/json", "accept": "application/json",
    ]
    params.merge(extraParams) { $1 }
    return ConformanceRow(id, service: "bedrock-runtime", operation: "InvokeModel", params: .object(params)) { configuration in
        _ = try await BedrockRuntimeClient(configuration).invoke(request, modelId: modelId, options: options)
    }
}

extension ConformanceTable {
    static let bedrockRuntime: [ConformanceRow] = [
        invokeRow(
            "bedrock-runtime.InvokeModel Anthropic Claude messages with system, text and image",
            modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0",
            documentedBody: """
                {"anthropic_version":"bedrock-2023-05-31","max_tokens":1024,"system":"You write loglines.",
                 "messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"\(pixelBase64)"}},
                 {"type":"text","text":"Describe this poster ሴ"}]},{"role":"assistant","content":[{"type":"text","text":"A noir city"}]},
                 {"role":"user","content":[{"type":"text","text":"Shorter."}]}],
                 "temperature":0.7,"top_p":0.9,"top_k":250,"stop_sequences":["\\n\\nHuman:"]}
                """,
            request: AnthropicMessagesRequest(
                maxTokens: 1024, system: "You write loglines.",
                messages: [
                    AnthropicMessage(role: .user, content: [.image(mediaType: "image/png", data: pixel), .text("Describe this poster ሴ")]),
                    AnthropicMessage(role: .assistant, content: [.text("A noir city")]),
                    .user("Shorter."),
                ],
                temperature: 0.7, topP: 0.9, topK: 250, stopSequences: ["\n\nHuman:"])),
        invokeRow(
            "bedrock-runtime.InvokeModel Meta Llama with an inference profile ARN, guardrail and trace headers",
            modelId: "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-2-11b-instruct-v1:0",
            documentedBody: #"{"prompt":"Write a tagline for a heist film.","max_gen_len":256,"temperature":0.5,"top_p":0.9}"#,
            request: LlamaRequest(prompt: "Write a tagline for a heist film.", maxGenLen: 256, temperature: 0.5, topP: 0.9),
            options: InvokeModelOptions(trace: .enabled, guardrailIdentifier: "gr7abc123", guardrailVersion: "DRAFT", performanceConfigLatency: .optimized),
            extraParams: ["trace": "ENABLED", "guardrailIdentifier": "gr7abc123", "guardrailVersion": "DRAFT",
                          "performanceConfigLatency": "optimized"]),
        invokeRow(
            "bedrock-runtime.InvokeModel Titan Text with a custom model ARN",
            modelId: "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdef123456",
            documentedBody: """
                {"inputText":"Summarise: the hero returns home.","textGenerationConfig":{"temperature":0.2,"topP":0.95,
                 "maxTokenCount":512,"stopSequences":["User:"]}}
                """,
            request: TitanTextRequest(
                inputText: "Summarise: the hero returns home.",
                textGenerationConfig: .init(temperature: 0.2, topP: 0.95, maxTokenCount: 512, stopSequences: ["User:"]))),
        invokeRow(
            "bedrock-runtime.InvokeModel Titan Text Embeddings v2",
            modelId: "amazon.titan-embed-text-v2:0",
            documentedBody: #"{"inputText":"a chase across rooftops","dimensions":512,"normalize":true,"embeddingTypes":["float","binary"]}"#,
            request: TitanTextEmbeddingsRequest(
                inputText: "a chase across rooftops", dimensions: 512, normalize: true, embeddingTypes: ["float", "binary"])),
        invokeRow(
            "bedrock-runtime.InvokeModel Titan Multimodal Embeddings with text and image",
            modelId: "amazon.titan-embed-image-v1",
            documentedBody: #"{"inputText":"sunset","inputImage":"\#(pixelBase64)","embeddingConfig":{"outputEmbeddingLength":384}}"#,
            request: TitanMultimodalEmbeddingsRequest(inputText: "sunset", inputImage: pixel, outputEmbeddingLength: 384)),
        invokeRow(
            "bedrock-runtime.InvokeModel Titan Image Generator v2 TEXT_IMAGE",
            modelId: "amazon.titan-image-generator-v2:0",
            documentedBody: """
                {"taskType":"TEXT_IMAGE","textToImageParams":{"text":"a movie poster, neon rain","negativeText":"text, watermark",
                 "conditionImage":"\(pixelBase64)","controlMode":"CANNY_EDGE","controlStrength":0.7},
                 "imageGenerationConfig":{"numberOfImages":2,"height":1024,"width":768,"cfgScale":8.0,"seed":42,"quality":"premium"}}
                """,
            request: BedrockImageGenerationRequest(
                .textToImage(.init(text: "a movie poster, neon rain", negativeText: "text, watermark", conditionImage: pixel,
                                   controlMode: "CANNY_EDGE", controlStrength: 0.7)),
                imageGenerationConfig: .init(numberOfImages: 2, height: 1024, width: 768, cfgScale: 8.0, seed: 42, quality: "premium"))),
        invokeRow(
            "bedrock-runtime.InvokeModel Nova Canvas COLOR_GUIDED_GENERATION",
            modelId: "amazon.nova-canvas-v1:0",
            documentedBody: """
                {"taskType":"COLOR_GUIDED_GENERATION","colorGuidedGenerationParams":{"text":"a festival poster",
                 "colors":["#ff8080","#ffb280","#ffe680"],"referenceImage":"\(pixelBase64)"},
                 "imageGenerationConfig":{"numberOfImages":1,"height":512,"width":512,"cfgScale":6.5,"seed":7,"quality":"standard"}}
                """,
            request: BedrockImageGenerationRequest(
                .colorGuidedGeneration(.init(text: "a festival poster", colors: ["#ff8080", "#ffb280", "#ffe680"], referenceImage: pixel)),
                imageGenerationConfig: .init(numberOfImages: 1, height: 512, width: 512, cfgScale: 6.5, seed: 7, quality: "standard"))),
        invokeRow(
            "bedrock-runtime.InvokeModel Titan Image Generator v2 IMAGE_VARIATION",
            modelId: "amazon.titan-image-generator-v2:0",
            documentedBody: """
                {"taskType":"IMAGE_VARIATION","imageVariationParams":{"text":"same scene at night","negativeText":"blur",
                 "images":["\(pixelBase64)"],"similarityStrength":0.7},"imageGenerationConfig":{"numberOfImages":3}}
                """,
            request: BedrockImageGenerationRequest(
                .imageVariation(.init(images: [pixel], text: "same scene at night", negativeText: "blur", similarityStrength: 0.7)),
                imageGenerationConfig: .init(numberOfImages: 3))),
        ConformanceRow(
            "bedrock-runtime.InvokeModel raw body with a streaming-free accept", service: "bedrock-runtime", operation: "InvokeModel",
            params: ["modelId": "cohere.command-r-v1:0", "body": .bytes(Data(#"{"message":"hi"}"#.utf8)),
                     "contentType": "application/json", "accept": "*/*"]
        ) { configuration in
            _ = try await BedrockRuntimeClient(configuration).invokeModel(InvokeModelInput(
                modelId: "cohere.command-r-v1:0", body: Data(#"{"message":"hi"}"#.utf8), accept: "*/*"))
        },
        ConformanceRow(
            "bedrock-runtime.Converse with system, history and inference config", service: "bedrock-runtime", operation: "Converse",
            params: ["modelId": "anthropic.claude-3-haiku-20240307-v1:0",
                     "system": [["text": "You are a script doctor."]],
                     "messages": [["role": "user", "content": [["text": "Punch up: 'We meet again.'"]]],
                                  ["role": "assistant", "content": [["text": "So, the prodigal villain returns."]]],
                                  ["role": "user", "content": [["text": "Shorter, and in French ሴ"]]]],
                     "inferenceConfig": ["maxTokens": 300, "temperature": 0.4, "topP": 0.8, "stopSequences": ["END"]]]
        ) { configuration in
            _ = try await BedrockRuntimeClient(configuration).converse(ConverseInput(
                modelId: "anthropic.claude-3-haiku-20240307-v1:0",
                messages: [.user("Punch up: 'We meet again.'"),
                           ConverseMessage(role: .assistant, content: [.text("So, the prodigal villain returns.")]),
                           .user("Shorter, and in French ሴ")],
                system: ["You are a script doctor."],
                inferenceConfig: ConverseInferenceConfiguration(maxTokens: 300, temperature: 0.4, topP: 0.8, stopSequences: ["END"])))
        },
        ConformanceRow(
            "bedrock-runtime.Converse with an image, an ARN model id, extra fields and a guardrail", service: "bedrock-runtime",
            operation: "Converse",
            params: ["modelId": "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0",
                     "messages": [["role": "user", "content": [
                        ["image": ["format": "png", "source": ["bytes": .bytes(pixel)]]],
                        ["image": ["format": "jpeg", "source": ["s3Location": ["uri": "s3://media/frames/1.jpg", "bucketOwner": "123456789012"]]]],
                        ["text": "What happens in these frames?"]]]],
                     "additionalModelRequestFields": ["inferenceConfig": ["topK": 20]],
                     "guardrailConfig": ["guardrailIdentifier": "gr7abc123", "guardrailVersion": "3", "trace": "enabled"]]
        ) { configuration in
            _ = try await BedrockRuntimeClient(configuration).converse(ConverseInput(
                modelId: "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0",
                messages: [ConverseMessage(role: .user, content: [
                    .image(ConverseImage(format: "png", source: .bytes(pixel))),
                    .image(ConverseImage(format: "jpeg", source: .s3Location(uri: "s3://media/frames/1.jpg", bucketOwner: "123456789012"))),
                    .text("What happens in these frames?"),
                ])],
                additionalModelRequestFields: ["inferenceConfig": ["topK": 20]],
                guardrailConfig: .init(guardrailIdentifier: "gr7abc123", guardrailVersion: "3", trace: "enabled")))
        },
        ConformanceRow(
            "bedrock-runtime.ApplyGuardrail on input text with qualifiers", service: "bedrock-runtime", operation: "ApplyGuardrail",
            params: ["guardrailIdentifier": "arn:aws:bedrock:us-east-1:123456789012:guardrail/gr7abc123", "guardrailVersion": "DRAFT",
                     "source": "INPUT",
                     "content": [["text": ["text": "My email is ana@example.com"]],
                                 ["text": ["text": "Is the plot grounded?", "qualifiers": ["query"]]]],
                     "outputScope": "FULL"]
        ) { configuration in
            _ = try await BedrockRuntimeClient(configuration).applyGuardrail(ApplyGuardrailInput(
                guardrailIdentifier: "arn:aws:bedrock:us-east-1:123456789012:guardrail/gr7abc123", guardrailVersion: "DRAFT",
                source: .input,
                content: [GuardrailTextBlock("My email is ana@example.com"), GuardrailTextBlock("Is the plot grounded?", qualifiers: ["query"])],
                outputScope: .full))
        },
        ConformanceRow(
            "bedrock-runtime.StartAsyncInvoke Nova Reel text to video", service: "bedrock-runtime", operation: "StartAsyncInvoke",
            params: ["modelId": "amazon.nova-reel-v1:1", "clientRequestToken": "job-42-video",
                     "modelInput": ["taskType": "TEXT_VIDEO",
                                    "textToVideoParams": ["text": "Slow dolly shot through a neon market at night"],
                                    "videoGenerationConfig": ["durationSeconds": 6, "fps": 24, "dimension": "1280x720", "seed": 11]],
                     "outputDataConfig": ["s3OutputDataConfig": ["s3Uri": "s3://media-outputs/videos/job-42/"]]]
        ) { configuration in
            _ = try await BedrockRuntimeClient(configuration).startVideoGeneration(
                NovaReelVideoRequest(text: "Slow dolly shot through a neon market at night", seed: 11),
                s3OutputUri: "s3://media-outputs/videos/job-42/", clientRequestToken: "job-42-video")
        },
        ConformanceRow(
            "bedrock-runtime.StartAsyncInvoke Nova Reel image to video with KMS and tags", service: "bedrock-runtime",
            operation: "StartAsyncInvoke",
            params: ["modelId": "amazon.nova-reel-v1:0", "clientRequestToken": "job-43-video",
                     "modelInput": ["taskType": "TEXT_VIDEO",
                                    "textToVideoParams": ["text": "The poster comes alive",
                                                          "images": [["format": "png", "source": ["bytes": .string(pixelBase64)]]]],
                                    "videoGenerationConfig": ["durationSeconds": 6, "fps": 24, "dimension": "1280x720"]],
                     "outputDataConfig": ["s3OutputDataConfig": [
                        "s3Uri": "s3://media-outputs/videos/job-43/",
                        "kmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        "bucketOwner": "123456789012"]],
                     "tags": [["key": "useCase", "value": "ImageToVideo"]]]
        ) { configuration in
            _ = try await BedrockRuntimeClient(configuration).startAsyncInvoke(try StartAsyncInvokeInput(
                modelId: "amazon.nova-reel-v1:0",
                modelInput: NovaReelVideoRequest(text: "The poster comes alive", images: [.init(format: "png", bytes: pixel)]),
                outputDataConfig: AsyncInvokeOutputDataConfig(
                    s3Uri: "s3://media-outputs/videos/job-43/",
                    kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", bucketOwner: "123456789012"),
                clientRequestToken: "job-43-video", tags: [.init(key: "useCase", value: "ImageToVideo")]))
        },
        ConformanceRow(
            "bedrock-runtime.GetAsyncInvoke with an invocation ARN", service: "bedrock-runtime", operation: "GetAsyncInvoke",
            params: ["invocationArn": "arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdef123456"]
        ) { configuration in
            _ = try await BedrockRuntimeClient(configuration).getAsyncInvoke(
                invocationArn: "arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdef123456")
        },
    ]
}
