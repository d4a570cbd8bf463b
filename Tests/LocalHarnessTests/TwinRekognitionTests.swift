import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// Rekognition served by the twin through our client, with images, videos and sidecars in S3 (moto).
@Suite("Local twin: Rekognition", .serialized, .motoServer)
struct TwinRekognitionTests {
    struct Context {
        var rekognition: RekognitionClient
        var s3: S3Client
        var bucket: String
        var clock: TwinTestClock
        var twin: TwinRekognition
        var port: Int
    }

    static func withTwin(_ body: (Context) async throws -> Void) async throws {
        let moto = try #require(MotoServer.current).connection
        var direct = TwinTests.configuration(port: 0, accessKey: moto.accessKeyId, secret: moto.secretAccessKey)
        direct.endpoint = moto.endpoint
        let s3 = try S3Client(direct)
        let clock = TwinTestClock()
        let twin = TwinRekognition(storage: S3TwinStorage(s3), processingFor: 5, ffmpeg: nil, now: { clock.now })
        let server = TwinServer(services: [twin], verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]), forwarder: nil)
        let running = try await server.start()
        let bucket = "twin-rek-\(UUID().uuidString.prefix(6).lowercased())"
        do {
            _ = try await s3.client.s3("PUT", bucket: bucket)
            try await body(Context(rekognition: try RekognitionClient(TwinTests.configuration(port: running.port)), s3: s3, bucket: bucket,
                                   clock: clock, twin: twin, port: running.port))
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    /// A JPEG header followed by bytes that depend on `seed`: enough for the twin's format check.
    static func jpeg(_ seed: UInt8) -> Data { Data([0xFF, 0xD8, 0xFF, 0xE0]) + Data((0..<256).map { UInt8(truncatingIfNeeded: Int($0) * 31 + Int(seed)) }) }

    static func put(_ context: Context, _ key: String, _ data: Data) async throws {
        _ = try await context.s3.putObject(S3PutObjectInput(bucket: context.bucket, key: key, body: data))
    }

    @Test("DetectLabels is deterministic for the same bytes, whether inline or in S3, and honours MaxLabels and MinConfidence")
    func labels() async throws {
        try await Self.withTwin { context in
            let image = Self.jpeg(7)
            try await Self.put(context, "poster.jpg", image)
            let inline = try await context.rekognition.detectLabels(.bytes(image))
            let stored = try await context.rekognition.detectLabels(.s3(bucket: context.bucket, name: "poster.jpg"))
            let labels = try #require(inline.labels)
            #expect(labels == stored.labels)
            #expect(labels.count >= 4)
            #expect(labels.allSatisfy { ($0.confidence ?? 0) >= 55 && $0.categories?.isEmpty == false })
            #expect(labels.map { $0.confidence ?? 0 } == labels.map { $0.confidence ?? 0 }.sorted(by: >))
            let other = try await context.rekognition.detectLabels(.bytes(Self.jpeg(99)))
            #expect(other.labels?.map(\.name) != labels.map(\.name))
            let top = try await context.rekognition.detectLabels(.bytes(image), options: DetectLabelsOptions(maxLabels: 2, minConfidence: 90))
            #expect(top.labels?.map(\.name) == Array(labels.filter { ($0.confidence ?? 0) >= 90 }.prefix(2)).map(\.name))
        }
    }

    @Test("a sidecar's moderation labels come back in the v7 taxonomy with their ancestors; MinConfidence filters them")
    func moderation() async throws {
        try await Self.withTwin { context in
            try await Self.put(context, "still.jpg", Self.jpeg(1))
            try await Self.put(context, "still.jpg.rekognition.json", Data(#"""
                {"DetectModerationLabels": {"ModerationLabels": [{"Name": "Smoking", "Confidence": 72.5}, {"Name": "Kissing on the Lips", "Confidence": 58}]},
                 "DetectText": {"Lines": ["NOW SHOWING"]}}
                """#.utf8))
            let output = try await context.rekognition.detectModerationLabels(.s3(bucket: context.bucket, name: "still.jpg"), minConfidence: 60)
            #expect(output.moderationModelVersion == "7.0")
            let labels = try #require(output.moderationLabels)
            #expect(labels.map { "\($0.taxonomyLevel ?? 0):\($0.name ?? "")<\($0.parentName ?? "")" } == [
                "3:Smoking<Drugs & Tobacco Paraphernalia & Use", "2:Drugs & Tobacco Paraphernalia & Use<Drugs & Tobacco", "1:Drugs & Tobacco<",
            ])
            #expect(labels.allSatisfy { $0.confidence == 72.5 })
            let all = try await context.rekognition.detectModerationLabels(.s3(bucket: context.bucket, name: "still.jpg"))
            #expect(all.moderationLabels?.contains { $0.name == "Non-Explicit Nudity of Intimate parts and Kissing" && $0.taxonomyLevel == 1 } == true)
            let clean = try await context.rekognition.detectModerationLabels(.bytes(Self.jpeg(1)))
            #expect(clean.moderationLabels == [])
            let text = try await context.rekognition.detectText(.s3(bucket: context.bucket, name: "still.jpg"))
            #expect(text.textDetections?.map(\.detectedText) == ["NOW SHOWING", "NOW", "SHOWING"])
            #expect(text.textDetections?.last?.parentId == 0)
        }
    }

    @Test("faces and celebrities: DetectFaces with ALL has every attribute; celebrities only from a sidecar, other faces unrecognised")
    func faces() async throws {
        try await Self.withTwin { context in
            var seed: UInt8 = 0
            var faces: [FaceDetail] = []
            while faces.isEmpty && seed < 50 {
                seed += 1
                faces = try await context.rekognition.detectFaces(.bytes(Self.jpeg(seed)), attributes: [.all]).faceDetails ?? []
            }
            let face = try #require(faces.first)
            #expect(face.ageRange != nil && face.emotions?.count == 8 && face.landmarks?.count == 5)
            #expect(abs((face.emotions ?? []).reduce(0) { $0 + ($1.confidence ?? 0) } - 100) < 0.01)
            let plain = try await context.rekognition.detectFaces(.bytes(Self.jpeg(seed)))
            #expect(plain.faceDetails?.first?.boundingBox == face.boundingBox)
            #expect(plain.faceDetails?.first?.ageRange == nil)
            let unknown = try await context.rekognition.recognizeCelebrities(.bytes(Self.jpeg(seed)))
            #expect(unknown.celebrityFaces == [])
            #expect(unknown.unrecognizedFaces?.count == faces.count)
            try await Self.put(context, "star.jpg", Self.jpeg(seed))
            try await Self.put(context, "star.jpg.rekognition.json", Data(#"{"RecognizeCelebrities": {"CelebrityFaces": [{"Name": "Ana Example", "Id": "3Ir0du6", "MatchConfidence": 99.1}]}}"#.utf8))
            let known = try await context.rekognition.recognizeCelebrities(.s3(bucket: context.bucket, name: "star.jpg"))
            #expect(known.celebrityFaces?.map(\.name) == ["Ana Example"])
        }
    }

    @Test("an image that is neither JPEG nor PNG is InvalidImageFormatException; a missing S3 object InvalidS3ObjectException; a malformed sidecar is reported")
    func imageErrors() async throws {
        try await Self.withTwin { context in
            do {
                _ = try await context.rekognition.detectLabels(.bytes(Data("GIF89a....".utf8)))
                Issue.record("expected InvalidImageFormatException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidImageFormatException")
                #expect(error.statusCode == 400)
            }
            do {
                _ = try await context.rekognition.detectText(.s3(bucket: context.bucket, name: "missing.png"))
                Issue.record("expected InvalidS3ObjectException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidS3ObjectException")
                #expect(error.message.contains("Unable to get object metadata from S3"))
            }
            try await Self.put(context, "broken.jpg", Self.jpeg(3))
            try await Self.put(context, "broken.jpg.rekognition.json", Data("{not json".utf8))
            do {
                _ = try await context.rekognition.detectLabels(.s3(bucket: context.bucket, name: "broken.jpg"))
                Issue.record("expected the malformed sidecar to be reported")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidParameterException")
                #expect(error.message.contains("broken.jpg.rekognition.json"))
            }
        }
    }

    @Test("a request signed with the wrong secret is InvalidSignatureException in the awsJson shape")
    func wrongSecret() async throws {
        try await Self.withTwin { context in
            let wrong = try RekognitionClient(TwinTests.configuration(port: context.port, secret: "not-the-secret"))
            do {
                _ = try await wrong.detectLabels(.bytes(Self.jpeg(1)))
                Issue.record("expected InvalidSignatureException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidSignatureException")
                #expect(error.statusCode == 403)
            }
        }
    }
}
