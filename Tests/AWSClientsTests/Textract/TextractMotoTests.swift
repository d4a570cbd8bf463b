import AWSCore
import Foundation
import Testing
import TestSupport
@testable import AWSClients

/// Textract against moto (which verifies every signature). moto answers DetectDocumentText and
/// GetDocumentTextDetection with no blocks, model version 1.0 and a job that has already SUCCEEDED; it
/// nests its page count as an object (`"Pages": {"Pages": n}`), which the client reads as an unknown count.
@Suite("Textract against moto", .serialized, .motoServer)
struct TextractMotoTests {
    func configuration() throws -> AWSClientConfiguration {
        let moto = try #require(MotoServer.current).connection
        return AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint)
    }

    func client() throws -> TextractClient { try TextractClient(configuration()) }

    @Test("DetectDocumentText answers a block list and the model version for both document sources")
    func detect() async throws {
        let textract = try client()
        let fromBytes = try await textract.detectDocumentText(.bytes(Data([0x89, 0x50, 0x4E, 0x47])))
        #expect(fromBytes.detectDocumentTextModelVersion == "1.0")
        #expect(fromBytes.documentMetadata != nil)
        let fromS3 = try await textract.detectDocumentText(.s3Object(TextractS3Object(bucket: "media-uploads", name: "scripts/page 1.png")))
        #expect(fromS3.detectDocumentTextModelVersion == "1.0")
        #expect(fromS3.blocks.allSatisfy { $0.blockType != nil })
    }

    @Test("a started text detection job is found by its id and reports SUCCEEDED with all its pages collected")
    func startAndGet() async throws {
        let textract = try client()
        // moto publishes the completion notification at once and fails the start when the topic does not exist.
        let sns = try configuration().client(for: .sns, wireProtocol: .query(apiVersion: "2010-03-31"))
        let topic = try await sns.query("CreateTopic", parameters: [.init("Name", "textract-done")])
        let topicArn = try #require(topic.childText("TopicArn"))
        let jobId = try await textract.startDocumentTextDetection(StartDocumentTextDetectionInput(
            documentLocation: TextractS3Object(bucket: "media-uploads", name: "scripts/full.pdf"),
            clientRequestToken: "job-7f3a", jobTag: "screenplay",
            notificationChannel: .init(snsTopicArn: topicArn, roleArn: "arn:aws:iam::123456789012:role/TextractPublish")))
        #expect(!jobId.isEmpty)
        let page = try await textract.getDocumentTextDetection(jobId: jobId, maxResults: 100)
        #expect(page.jobStatus == .succeeded)
        #expect(page.nextToken == nil)
        let all = try await textract.getAllDocumentTextDetection(jobId: jobId)
        #expect(all.jobStatus == .succeeded)
        #expect(all.blocks == page.blocks)
    }

    @Test("an unknown job id surfaces as AWSServiceError InvalidJobIdException")
    func unknownJob() async throws {
        await #expect { _ = try await client().getDocumentTextDetection(jobId: "00000000-0000-0000-0000-000000000000") } throws: { error in
            let error = error as? AWSServiceError
            return error?.code == "InvalidJobIdException" && error?.statusCode == 400
        }
    }
}
