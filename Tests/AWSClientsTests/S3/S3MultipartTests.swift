import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("S3 multipart upload and presigned URLs")
struct S3MultipartTests {
    static let initiated = #"<?xml version="1.0" encoding="UTF-8"?><InitiateMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>media-bucket</Bucket><Key>big.bin</Key><UploadId>VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId></InitiateMultipartUploadResult>"#
    static let completed = #"<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Location>https://media-bucket.s3.eu-west-1.amazonaws.com/big.bin</Location><Bucket>media-bucket</Bucket><Key>big.bin</Key><ETag>"3858f62230ac3c915f300c664312c11f-2"</ETag></CompleteMultipartUploadResult>"#

    @Test("upload above the part size creates the upload, sends numbered parts and completes with their ETags")
    func multipartFlow() async throws {
        let part = S3Client.minimumPartSize
        let transport = FakeTransport([
            FakeTransport.xml(Self.initiated),
            HTTPResponse(status: 200, headers: ["ETag": "\"e1\""]),
            HTTPResponse(status: 200, headers: ["ETag": "\"e2\""]),
            FakeTransport.xml(Self.completed),
        ], afterLast: .answerEmpty200)
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(transport))
        let data = Data(repeating: 7, count: part + 10)
        let eTag = try await s3.upload(
            bucket: "media-bucket", key: "big.bin", data: data,
            attributes: S3PutObjectInput(bucket: "", key: "", body: Data(), contentType: "application/octet-stream"))
        #expect(eTag == "\"3858f62230ac3c915f300c664312c11f-2\"")
        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "PUT", "PUT", "POST"])
        #expect(requests[0].url.hasSuffix("/big.bin?uploads"))
        #expect(requests[0].headers["Content-Type"] == "application/octet-stream")
        #expect(requests[1].url.contains("partNumber=1&uploadId=VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA"))
        #expect(requests[1].body.count == part)
        #expect(requests[2].body.count == 10)
        #expect(String(decoding: requests[3].body, as: UTF8.self) == #"<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Part><ETag>"e1"</ETag><PartNumber>1</PartNumber></Part><Part><ETag>"e2"</ETag><PartNumber>2</PartNumber></Part></CompleteMultipartUpload>"#)
    }

    @Test("a failed part aborts the multipart upload and rethrows the service error")
    func abortsOnFailure() async throws {
        let failure = #"<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>"#
        let transport = FakeTransport([
            FakeTransport.xml(Self.initiated),
            FakeTransport.xml(failure, status: 400),
            HTTPResponse(status: 204),
        ], afterLast: .answerEmpty200)
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(transport))
        do {
            try await s3.upload(bucket: "media-bucket", key: "big.bin", data: Data(count: S3Client.minimumPartSize + 1))
            Issue.record("the upload succeeded although a part failed")
        } catch let error as AWSServiceError {
            #expect(error.code == "SlowDown")
        }
        let last = try #require(transport.requests.last)
        #expect(last.method == "DELETE")
        #expect(last.url.hasSuffix("/big.bin?uploadId=VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA"))
    }

    @Test("small data goes in one PutObject")
    func smallUpload() async throws {
        let transport = FakeTransport([HTTPResponse(status: 200, headers: ["ETag": "\"small\""])], afterLast: .answerEmpty200)
        let eTag = try await S3Client(FakeTransport.singleAttemptConfiguration(transport)).upload(bucket: "media-bucket", key: "s.txt", data: Data("hi".utf8))
        #expect(eTag == "\"small\"")
        #expect(transport.requests.map(\.method) == ["PUT"])
    }

    @Test("a CompleteMultipartUpload answer of 200 with an Error document throws the error's code")
    func completeErrorDocument() async throws {
        let failure = #"<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidPart</Code><Message>One or more of the specified parts could not be found.</Message></Error>"#
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(FakeTransport([FakeTransport.xml(failure)], afterLast: .answerEmpty200)))
        do {
            _ = try await s3.completeMultipartUpload(bucket: "b-1", key: "k", uploadId: "u", parts: [S3CompletedPart(partNumber: 1, eTag: "\"e\"")])
            Issue.record("an Error document was taken for success")
        } catch let error as AWSServiceError {
            #expect(error.code == "InvalidPart")
        }
    }

    @Test("CompleteMultipartUpload decodes location, key and ETag")
    func completeDecodes() async throws {
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(FakeTransport([FakeTransport.xml(Self.completed)], afterLast: .answerEmpty200)))
        let output = try await s3.completeMultipartUpload(bucket: "media-bucket", key: "big.bin", uploadId: "u", parts: [S3CompletedPart(partNumber: 1, eTag: "\"e\"")])
        #expect(output.location == "https://media-bucket.s3.eu-west-1.amazonaws.com/big.bin")
        #expect(output.key == "big.bin")
        #expect(output.eTag == "\"3858f62230ac3c915f300c664312c11f-2\"")
    }

    @Test("a part size under 5 MiB, more than 10,000 parts, or a part number out of range is refused before sending")
    func partLimits() async throws {
        let transport = FakeTransport([], afterLast: .answerEmpty200)
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(transport))
        await #expect(throws: ClientInputError.invalidValue) {
            try await s3.upload(bucket: "b-1", key: "k", data: Data(count: 10), partSize: S3Client.minimumPartSize - 1)
        }
        let parts = (0...S3Client.maximumParts).map { S3CompletedPart(partNumber: $0 + 1, eTag: "e") }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await s3.completeMultipartUpload(bucket: "b-1", key: "k", uploadId: "u", parts: parts)
        }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await s3.uploadPart(bucket: "b-1", key: "k", uploadId: "u", partNumber: 10_001, body: Data())
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await s3.completeMultipartUpload(bucket: "b-1", key: "k", uploadId: "u", parts: [])
        }
        #expect(transport.requests.isEmpty)
    }

    @Test("presigned GET and PUT URLs carry the SigV4 query for the virtual-hosted object URL; expiry outside 1 s to 7 days is refused")
    func presigned() async throws {
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(FakeTransport([], afterLast: .answerEmpty200)))
        let get = try await s3.presignedGetURL(bucket: "media-bucket", key: "posters/a b.png", expires: 900)
        #expect(get.hasPrefix("https://media-bucket.s3.eu-west-1.amazonaws.com/posters/a%20b.png?"))
        #expect(get.contains("X-Amz-Expires=900"))
        #expect(get.contains("X-Amz-Signature="))
        let put = try await s3.presignedPutURL(bucket: "media-bucket", key: "uploads/x.mp4", expires: 604_800, contentType: "video/mp4")
        #expect(put.contains("X-Amz-SignedHeaders=content-type%3Bhost"))
        await #expect(throws: ClientInputError.invalidValue) { _ = try await s3.presignedGetURL(bucket: "media-bucket", key: "k", expires: 0) }
        await #expect(throws: ClientInputError.invalidValue) { _ = try await s3.presignedPutURL(bucket: "media-bucket", key: "k", expires: 604_801) }
    }
}
