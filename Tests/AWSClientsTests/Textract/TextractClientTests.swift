import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Textract client")
struct TextractClientTests {
    static let detectBody = #"""
        {"DocumentMetadata":{"Pages":1},"DetectDocumentTextModelVersion":"1.0",
         "Blocks":[
          {"BlockType":"PAGE","Geometry":{"BoundingBox":{"Width":1.0,"Height":1.0,"Left":0.0,"Top":0.0},
           "Polygon":[{"X":0.0,"Y":0.0},{"X":1.0,"Y":0.0},{"X":1.0,"Y":1.0},{"X":0.0,"Y":1.0}]},"Id":"p1",
           "Relationships":[{"Type":"CHILD","Ids":["l1"]}],"Page":1},
          {"BlockType":"LINE","Confidence":99.52,"Text":"INT. DINER - NIGHT","Geometry":{"BoundingBox":{"Width":0.31,"Height":0.02,"Left":0.1,"Top":0.05},
           "Polygon":[{"X":0.1,"Y":0.05},{"X":0.41,"Y":0.05},{"X":0.41,"Y":0.07},{"X":0.1,"Y":0.07}],"RotationAngle":0.0},"Id":"l1",
           "Relationships":[{"Type":"CHILD","Ids":["w1","w2"]}],"Page":1},
          {"BlockType":"WORD","Confidence":99.9,"Text":"INT.","TextType":"PRINTED","Geometry":{"BoundingBox":{"Width":0.05,"Height":0.02,"Left":0.1,"Top":0.05}},"Id":"w1","Page":1},
          {"BlockType":"WORD","Confidence":98.1,"Text":"DINER","TextType":"HANDWRITING","Id":"w2","Page":1}]}
        """#

    @Test("DetectDocumentText decodes pages, lines and words with geometry, relationships and confidence")
    func decodesBlocks() throws {
        let output = try AWSJSONCoding.makeDecoder().decode(DetectDocumentTextOutput.self, from: Data(Self.detectBody.utf8))
        #expect(output.documentMetadata?.pages == 1)
        #expect(output.blocks.map(\.blockType) == [.page, .line, .word, .word])
        let line = output.blocks[1]
        #expect(line.text == "INT. DINER - NIGHT")
        #expect(line.confidence == 99.52)
        #expect(line.geometry?.boundingBox?.width == 0.31)
        #expect(line.geometry?.polygon?.count == 4)
        #expect(line.geometry?.polygon?.last == TextractGeometry.Point(x: 0.1, y: 0.07))
        #expect(line.relationships?.first?.type == "CHILD")
        #expect(line.relationships?.first?.ids == ["w1", "w2"])
        #expect(output.blocks[3].textType == "HANDWRITING")
        #expect(output.blocks[3].page == 1)
    }

    @Test("the paging helper follows NextToken across pages and collects every block and warning")
    func paging() async throws {
        let transport = FakeTransport(json: [
            #"{"JobStatus":"SUCCEEDED","DocumentMetadata":{"Pages":2},"NextToken":"t-2","Blocks":[{"BlockType":"PAGE","Id":"p1","Page":1}]}"#,
            #"{"JobStatus":"SUCCEEDED","DocumentMetadata":{"Pages":2},"NextToken":"t-3","Blocks":[{"BlockType":"LINE","Id":"l1","Text":"FADE IN:","Page":1}],"Warnings":[{"ErrorCode":"PAGE_SKEWED","Pages":[2]}]}"#,
            #"{"JobStatus":"SUCCEEDED","DocumentMetadata":{"Pages":2},"Blocks":[{"BlockType":"PAGE","Id":"p2","Page":2}],"DetectDocumentTextModelVersion":"1.0"}"#,
        ])
        let client = try TextractClient(AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: transport, environment: [:]))
        let result = try await client.getAllDocumentTextDetection(jobId: "job-1", maxResults: 1)
        #expect(result.blocks.map(\.id) == ["p1", "l1", "p2"])
        #expect(result.warnings?.first?.errorCode == "PAGE_SKEWED")
        #expect(result.jobStatus == .succeeded)
        #expect(result.nextToken == nil)
        #expect(result.detectDocumentTextModelVersion == "1.0")
        #expect(transport.bodies.count == 3)
        #expect(transport.bodies[1].contains(#""NextToken":"t-2""#))
        #expect(transport.bodies[2].contains(#""NextToken":"t-3""#))
        #expect(transport.bodies.allSatisfy { $0.contains(#""JobId":"job-1""#) && $0.contains(#""MaxResults":1"#) })
    }

    @Test("a job still running or failed decodes its status and message")
    func jobStatus() throws {
        let failed = #"{"JobStatus":"FAILED","StatusMessage":"Unsupported document format","Blocks":[]}"#
        let output = try AWSJSONCoding.makeDecoder().decode(GetDocumentTextDetectionOutput.self, from: Data(failed.utf8))
        #expect(output.jobStatus == .failed)
        #expect(output.statusMessage == "Unsupported document format")
        let running = try AWSJSONCoding.makeDecoder().decode(GetDocumentTextDetectionOutput.self, from: Data(#"{"JobStatus":"IN_PROGRESS"}"#.utf8))
        #expect(running.jobStatus == .inProgress)
        #expect(running.blocks.isEmpty)
    }

    @Test("a Textract error answer surfaces as AWSServiceError with its code")
    func serviceError() async throws {
        let transport = FakeTransport(
            status: 400, headers: ["Content-Type": "application/x-amz-json-1.1"],
            body: #"{"__type":"UnsupportedDocumentException","Message":"Request has unsupported document format"}"#)
        await #expect { _ = try await TextractClient(transport.configuration).detectDocumentText(.bytes(Data([1]))) } throws: { error in
            (error as? AWSServiceError)?.code == "UnsupportedDocumentException"
        }
        #expect(transport.requests.first?.headers["X-Amz-Target"] == "Textract.DetectDocumentText")
    }

    @Test("empty or oversized document bytes, an empty bucket, key or job id, and MaxResults out of range are refused")
    func inputChecks() async throws {
        let transport = FakeTransport(body: "{}")
        let client = try TextractClient(transport.configuration)
        await #expect(throws: ClientInputError.missingField) { _ = try await client.detectDocumentText(.bytes(Data())) }
        await #expect { _ = try await client.detectDocumentText(.bytes(Data(count: 10_485_761))) } throws: { error in
            (error as? ClientInputError) == .tooLarge && "\(error)".contains("10485760 bytes")
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await client.detectDocumentText(.s3Object(TextractS3Object(bucket: "", name: "a.png")))
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await client.startDocumentTextDetection(StartDocumentTextDetectionInput(documentLocation: TextractS3Object(bucket: "b", name: "")))
        }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.getDocumentTextDetection(jobId: "") }
        await #expect(throws: ClientInputError.invalidValue) { _ = try await client.getDocumentTextDetection(jobId: "j", maxResults: 0) }
        await #expect(throws: ClientInputError.invalidValue) { _ = try await client.getDocumentTextDetection(jobId: "j", maxResults: 1_001) }
        #expect(transport.requests.isEmpty)
    }
}
