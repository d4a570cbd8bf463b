import AWSCore
import Foundation
import Testing
import TestSupport
import AWSClients

/// Rekognition against a moto server that verifies every SigV4 signature. Of this client's operations
/// moto serves DetectLabels and DetectText (canned answers); the video operations it has are others.
@Suite("Rekognition against moto", .serialized, .motoServer)
struct RekognitionMotoTests {
    func client() throws -> RekognitionClient {
        let moto = try #require(MotoServer.current).connection
        return try RekognitionClient(AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint))
    }

    @Test("DetectLabels on an S3 image decodes moto's labels with instances and taxonomy")
    func detectLabels() async throws {
        let output = try await client().detectLabels(
            .s3(bucket: "media-in", name: "posters/poster.jpg"), options: DetectLabelsOptions(maxLabels: 5, minConfidence: 50))
        let label = try #require(output.labels?.first)
        #expect(label.name?.isEmpty == false)
        #expect(label.instances?.first?.boundingBox?.width != nil)
        #expect(label.parents?.isEmpty == false)
        #expect(output.labelModelVersion != nil)
    }

    @Test("DetectText on image bytes decodes lines and words with geometry")
    func detectText() async throws {
        let output = try await client().detectText(.bytes(Data([0xFF, 0xD8, 0xFF, 0xD9])))
        let detections = try #require(output.textDetections)
        #expect(detections.contains { $0.type == "LINE" })
        #expect(detections.first?.geometry?.polygon?.count == 4)
    }
}
