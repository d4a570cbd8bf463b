import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// Bedrock image models and Nova Reel asynchronous video served by the twin, through our BedrockRuntimeClient,
/// with outputs in S3 (moto) decoded by independent decoders; and the boto3 sweeps of Polly and Bedrock.
@Suite("Local twin: Bedrock images and video", .serialized, .motoServer)
struct TwinBedrockMediaTests {
    static func withBedrock(clock: TwinTestClock = TwinTestClock(), _ body: (BedrockRuntimeClient, S3Client, TwinBedrock) async throws -> Void) async throws {
        let moto = try #require(MotoServer.current).connection
        var direct = TwinTests.configuration(port: 0, accessKey: moto.accessKeyId, secret: moto.secretAccessKey)
        direct.endpoint = moto.endpoint
        let s3 = try S3Client(direct)
        let bedrock = TwinBedrock(storage: S3TwinStorage(s3), inProgressFor: 90, now: { clock.now })
        let server = TwinServer(services: [bedrock], verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]),
                                forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        do { try await body(try BedrockRuntimeClient(TwinTests.configuration(port: running.port)), s3, bedrock) } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    static func textToImage(_ prompt: String, count: Int = 1, width: Int = 1024, height: Int = 1024, seed: Int? = nil) -> BedrockImageGenerationRequest {
        BedrockImageGenerationRequest(.textToImage(.init(text: prompt)),
                                      imageGenerationConfig: .init(numberOfImages: count, height: height, width: width, seed: seed))
    }

    static func validationError(_ body: () async throws -> Void) async -> AWSServiceError? {
        do {
            try await body()
        } catch let error as AWSServiceError {
            return error
        } catch {
            return nil
        }
        return nil
    }

    @Test("Titan Image Generator v2 answers PNGs of the asked size and count, deterministic from prompt and seed, coloured by the prompt")
    func titanImages() async throws {
        try await Self.withBedrock { bedrock, _, _ in
            let model = "amazon.titan-image-generator-v2:0"
            let answer = try await bedrock.invoke(Self.textToImage("a sunset over the ocean", count: 3, width: 1152, height: 768, seed: 5), modelId: model)
            #expect(answer.images.count == 3)
            #expect(Set(answer.images).count == 3)
            let probe = try await TwinMediaEncoderTests.probe(Array(answer.images[0]))
            #expect(probe["width"] == .int(1152) && probe["height"] == .int(768))
            let topLeft = probe["corners"]?.arrayValue?.first?.arrayValue?.compactMap { $0.number }
            #expect(topLeft == [255, 94, 77])  // the sunset palette's sky
            let again = try await bedrock.invoke(Self.textToImage("a sunset over the ocean", count: 3, width: 1152, height: 768, seed: 5), modelId: model)
            #expect(again.images == answer.images)
            let forest = try await bedrock.invoke(Self.textToImage("a misty forest", width: 512, height: 512, seed: 5), modelId: model)
            let forestProbe = try await TwinMediaEncoderTests.probe(Array(forest.images[0]))
            let green = forestProbe["corners"]?.arrayValue?.first?.arrayValue?.compactMap { $0.number } ?? []
            #expect(green.count == 3 && green[1] > green[0] && green[1] > green[2])
            let unsupported = await Self.validationError { _ = try await bedrock.invoke(Self.textToImage("x", width: 1000, height: 1000), modelId: model) }
            #expect(unsupported?.code == "ValidationException")
            #expect(unsupported?.message.contains("1000x1000") == true)
        }
    }

    @Test("Nova Canvas takes any size divisible by 16 within its limits, follows a colour palette, and refuses bad sizes, counts and seeds")
    func novaCanvas() async throws {
        try await Self.withBedrock { bedrock, _, _ in
            let model = "amazon.nova-canvas-v1:0"
            let guided = BedrockImageGenerationRequest(.colorGuidedGeneration(.init(text: "a festival poster", colors: ["#1E90FF", "#000080"])),
                                                       imageGenerationConfig: .init(height: 400, width: 320))
            let poster = try await bedrock.invoke(guided, modelId: model)
            let probe = try await TwinMediaEncoderTests.probe(Array(poster.images[0]))
            #expect(probe["width"] == .int(320) && probe["height"] == .int(400))
            #expect(probe["corners"]?.arrayValue?.first == [30, 144, 255])
            for request in [Self.textToImage("x", width: 330, height: 512), Self.textToImage("x", width: 320, height: 1600), Self.textToImage("x", count: 6),
                            Self.textToImage("x", seed: 900_000_000)] {
                let error = await Self.validationError { _ = try await bedrock.invoke(request, modelId: model) }
                #expect(error?.code == "ValidationException", "\(request)")
                #expect(error?.statusCode == 400)
            }
            let variation = BedrockImageGenerationRequest(.imageVariation(.init(images: poster.images, text: "brighter")), imageGenerationConfig: .init(height: 320, width: 320))
            #expect(try await bedrock.invoke(variation, modelId: model).images.count == 1)
        }
    }

    @Test("a Nova Reel invocation is InProgress until its time, then Completed with a decodable 6 s 1280x720 24 fps output.mp4 and manifest.json under <s3Uri>/<id>/")
    func novaReel() async throws {
        let clock = TwinTestClock()
        try await Self.withBedrock(clock: clock) { bedrock, s3, _ in
            let bucket = "twin-reel-\(UUID().uuidString.prefix(6).lowercased())"
            _ = try await s3.client.s3("PUT", bucket: bucket)
            let arn = try await bedrock.startVideoGeneration(NovaReelVideoRequest(text: "waves on a beach at dawn", seed: 11), s3OutputUri: "s3://\(bucket)/reels/", clientRequestToken: "job-1")
            let id = try #require(arn.split(separator: "/").last.map(String.init))
            #expect(arn.hasPrefix("arn:aws:bedrock:us-east-1:123456789012:async-invoke/") && id.count == 12)
            let running = try await bedrock.getAsyncInvoke(invocationArn: arn)
            #expect(running.status == .inProgress && running.endTime == nil)
            #expect(running.outputDataConfig.s3OutputDataConfig.s3Uri == "s3://\(bucket)/reels/\(id)")
            #expect(running.modelArn == "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-reel-v1:1")
            #expect(running.clientRequestToken == "job-1")
            let retry = try await bedrock.startVideoGeneration(NovaReelVideoRequest(text: "waves on a beach at dawn", seed: 11), s3OutputUri: "s3://\(bucket)/reels/", clientRequestToken: "job-1")
            #expect(retry == arn)
            clock.advance(91)
            let done = try await bedrock.getAsyncInvoke(invocationArn: arn)
            #expect(done.status == .completed)
            #expect(done.endTime.map { $0 >= done.submitTime } == true)
            let video = try await s3.getObject(bucket: bucket, key: "reels/\(id)/output.mp4").body
            let probe = try await TwinMediaEncoderTests.probe(Array(video))
            #expect(probe["codec"] == "h264")
            #expect(probe["width"] == .int(1280) && probe["height"] == .int(720))
            #expect(probe["fps"]?.number == 24 && probe["duration"]?.number == 6)
            #expect(probe["frames"] == .int(144))
            let manifest = try JSONValue(parsing: try await s3.getObject(bucket: bucket, key: "reels/\(id)/manifest.json").body)
            #expect(manifest["invocationArn"]?.stringValue == arn)
            #expect(manifest["outputs"]?.arrayValue?.first?["uri"]?.stringValue == "s3://\(bucket)/reels/\(id)/output.mp4")
            let listed = try await bedrock.listAsyncInvokes(status: .completed)
            #expect(listed.asyncInvokeSummaries?.map(\.invocationArn) == [arn])
        }
    }

    @Test("Nova Reel: an injected failure ends Failed with its reason; bad durations, dimensions, fps and models are ValidationException")
    func novaReelFailures() async throws {
        let clock = TwinTestClock()
        try await Self.withBedrock(clock: clock) { bedrock, s3, service in
            let body: JSONValue = [
                "modelId": "amazon.nova-reel-v1:0", "outputDataConfig": ["s3OutputDataConfig": ["s3Uri": "s3://nowhere-bucket/out"]],
                "modelInput": ["taskType": "TEXT_VIDEO", "textToVideoParams": ["text": "a storm"]],
            ]
            var request = TwinRequest(method: "POST", path: "/async-invoke", query: "", headers: [], body: body.serializedData())
            request.injectedJobFailure = "Internal error: injected by the scenario"
            let arn = try #require(try JSONValue(parsing: await service.handle(request).body)["invocationArn"]?.stringValue)
            clock.advance(100)
            let failed = try await bedrock.getAsyncInvoke(invocationArn: arn)
            #expect(failed.status == .failed)
            #expect(failed.failureMessage == "Internal error: injected by the scenario")
            #expect(try await bedrock.listAsyncInvokes(status: .failed).asyncInvokeSummaries?.count == 1)

            let cases: [(NovaReelVideoRequest, String, String)] = [
                (NovaReelVideoRequest(text: "x", durationSeconds: 12), NovaReelVideoRequest.defaultModelId, "durationSeconds"),
                (NovaReelVideoRequest(text: "x", dimension: "720x1280"), NovaReelVideoRequest.defaultModelId, "dimension"),
                (NovaReelVideoRequest(text: "x", fps: 30), NovaReelVideoRequest.defaultModelId, "fps"),
                (NovaReelVideoRequest(text: String(repeating: "x", count: 513)), NovaReelVideoRequest.defaultModelId, "text"),
                (NovaReelVideoRequest(text: "x"), "amazon.titan-text-express-v1", "model"),
            ]
            for (video, model, field) in cases {
                let error = await Self.validationError { _ = try await bedrock.startVideoGeneration(video, modelId: model, s3OutputUri: "s3://b/out") }
                #expect(error?.code == "ValidationException", "\(field)")
                #expect(error?.message.contains(field) == true, "\(field): \(error?.message ?? "no error")")
            }
            let automated: JSON = ["taskType": "MULTI_SHOT_AUTOMATED", "multiShotAutomatedParams": ["text": "a trip"], "videoGenerationConfig": ["durationSeconds": 18]]
            let multi = try await bedrock.startAsyncInvoke(StartAsyncInvokeInput(modelId: "amazon.nova-reel-v1:1", modelInput: automated,
                                                                                 outputDataConfig: AsyncInvokeOutputDataConfig(s3Uri: "s3://b/out")))
            #expect(multi.contains(":async-invoke/"))
            let badMulti: JSON = ["taskType": "MULTI_SHOT_AUTOMATED", "multiShotAutomatedParams": ["text": "a trip"], "videoGenerationConfig": ["durationSeconds": 20]]
            let refused = await Self.validationError {
                _ = try await bedrock.startAsyncInvoke(StartAsyncInvokeInput(modelId: "amazon.nova-reel-v1:1", modelInput: badMulti, outputDataConfig: AsyncInvokeOutputDataConfig(s3Uri: "s3://b/out")))
            }
            #expect(refused?.message.contains("multiple of 6") == true)
            _ = s3
        }
    }

    @Test("a Bedrock request signed with the wrong secret gets InvalidSignatureException in the restJson error shape")
    func wrongSecret() async throws {
        let moto = try #require(MotoServer.current).connection
        let server = TwinServer(services: [TwinBedrock()], verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]),
                                forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        let bedrock = try BedrockRuntimeClient(TwinTests.configuration(port: running.port, secret: "wrong"))
        let error = await Self.validationError { _ = try await bedrock.getAsyncInvoke(invocationArn: "arn:aws:bedrock:us-east-1:123456789012:async-invoke/abcdefabcdef") }
        #expect(error?.code == "InvalidSignatureException")
        #expect(error?.statusCode == 403)
        await running.stop()
    }

    @Test("boto3 sweeps of Polly and Bedrock Runtime (text, embeddings, images, Converse, async video) pass against the twin")
    func boto3Sweeps() async throws {
        let moto = try #require(MotoServer.current).connection
        var direct = TwinTests.configuration(port: 0, accessKey: moto.accessKeyId, secret: moto.secretAccessKey)
        direct.endpoint = moto.endpoint
        let storage = S3TwinStorage(try S3Client(direct))
        let server = TwinServer(
            services: [TwinPolly(storage: storage, scheduledFor: 0.05, processingFor: 0.1), TwinBedrock(storage: storage, inProgressFor: 0.2)],
            verifier: TwinSignatureVerifier(secrets: [moto.accessKeyId: moto.secretAccessKey]), forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        let text: String
        do {
            text = try await TwinSweep.run(port: running.port, accessKey: moto.accessKeyId, secret: moto.secretAccessKey, only: ["polly", "bedrock"])
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
        #expect(text.contains("ok polly") && text.contains("ok bedrock"), "\(text)")
    }
}
