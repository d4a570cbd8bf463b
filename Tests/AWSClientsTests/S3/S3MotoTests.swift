import AWSCore
import Foundation
import Testing
import TestSupport
@testable import AWSClients

/// The S3 client against a moto server that verifies every SigV4 signature.
@Suite("S3 client against moto", .serialized, .motoServer)
struct S3MotoTests {
    static func s3() throws -> S3Client {
        let moto = try #require(MotoServer.current).connection
        return try S3Client(AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint))
    }

    static func createBucket(_ s3: S3Client, _ bucket: String) async throws {
        _ = try await s3.client.s3("PUT", bucket: bucket)
    }

    @Test("put, get with a range, head, copy with replaced metadata and delete keep the object's attributes")
    func objectLifecycle() async throws {
        let s3 = try Self.s3()
        try await Self.createBucket(s3, "mediagen-objects")
        let key = "posters/final v2 ሴ+1.txt"
        let put = try await s3.putObject(S3PutObjectInput(
            bucket: "mediagen-objects", key: key, body: Data("0123456789".utf8), contentType: "text/plain",
            metadata: ["owner": "user-1"], cacheControl: "max-age=60", contentDisposition: "inline"))
        #expect(put.eTag == "\"781e5e245d69b566979b86e28d23f2c7\"")

        let ranged = try await s3.getObject(bucket: "mediagen-objects", key: key, range: "bytes=2-5")
        #expect(ranged.body == Data("2345".utf8))
        #expect(ranged.attributes.contentRange == "bytes 2-5/10")

        let head = try await s3.headObject(bucket: "mediagen-objects", key: key)
        #expect(head.contentType == "text/plain")
        #expect(head.contentLength == 10)
        #expect(head.metadata["owner"] == "user-1")
        #expect(head.cacheControl == "max-age=60")
        #expect(head.contentDisposition == "inline")

        let copy = try await s3.copyObject(
            sourceBucket: "mediagen-objects", sourceKey: key, bucket: "mediagen-objects", key: "copies/a.txt",
            metadataDirective: .replace, contentType: "text/csv", metadata: ["stage": "copy"])
        #expect(copy.eTag == put.eTag)
        let copied = try await s3.getObject(bucket: "mediagen-objects", key: "copies/a.txt")
        #expect(copied.body == Data("0123456789".utf8))
        #expect(copied.attributes.contentType == "text/csv")
        #expect(copied.attributes.metadata == ["stage": "copy"])

        try await s3.deleteObject(bucket: "mediagen-objects", key: key)
        do {
            _ = try await s3.headObject(bucket: "mediagen-objects", key: key)
            Issue.record("the deleted object is still there")
        } catch let error as AWSServiceError {
            #expect(error.code == "NotFound")
            #expect(error.statusCode == 404)
        }
    }

    @Test("listing pages through every key with a small page size, and the delimiter rolls up folders")
    func listing() async throws {
        let s3 = try Self.s3()
        try await Self.createBucket(s3, "mediagen-list")
        let keys = (0..<7).map { "jobs/job \($0)+ሴ.json" } + ["jobs/sub/a.json", "other.txt"]
        for key in keys { _ = try await s3.putObject(S3PutObjectInput(bucket: "mediagen-list", key: key, body: Data("{}".utf8))) }
        let all = try await s3.listAllKeys(bucket: "mediagen-list", prefix: "jobs/", pageSize: 3)
        #expect(all == keys.filter { $0.hasPrefix("jobs/") }.sorted())
        let folders = try await s3.listObjects(S3ListObjectsInput(bucket: "mediagen-list", prefix: "jobs/", delimiter: "/"))
        #expect(folders.commonPrefixes == ["jobs/sub/"])
        #expect(folders.contents.count == 7)
        let after = try await s3.listObjects(S3ListObjectsInput(bucket: "mediagen-list", startAfter: "jobs/sub/a.json"))
        #expect(after.contents.map(\.key) == ["other.txt"])
    }

    @Test("a multipart upload with a 5 MiB part and a short last part reads back whole")
    func multipart() async throws {
        let s3 = try Self.s3()
        try await Self.createBucket(s3, "mediagen-multipart")
        var data = Data(count: S3Client.minimumPartSize + 1234)
        for index in stride(from: 0, to: data.count, by: 4096) { data[index] = UInt8(truncatingIfNeeded: index / 4096) }
        let eTag = try await s3.upload(
            bucket: "mediagen-multipart", key: "big/video.bin", data: data,
            attributes: S3PutObjectInput(bucket: "", key: "", body: Data(), contentType: "application/octet-stream"))
        #expect(eTag?.hasSuffix("-2\"") == true)
        let got = try await s3.getObject(bucket: "mediagen-multipart", key: "big/video.bin")
        #expect(got.body == data)
        #expect(got.attributes.contentType == "application/octet-stream")

        let uploadId = try await s3.createMultipartUpload(S3PutObjectInput(bucket: "mediagen-multipart", key: "aborted.bin", body: Data()))
        try await s3.abortMultipartUpload(bucket: "mediagen-multipart", key: "aborted.bin", uploadId: uploadId)
        await #expect(throws: AWSServiceError.self) {
            _ = try await s3.uploadPart(bucket: "mediagen-multipart", key: "aborted.bin", uploadId: uploadId, partNumber: 1, body: Data("x".utf8))
        }
    }

    @Test("a presigned PUT then a presigned GET round-trip an object over plain unsigned HTTP")
    func presignedRoundTrip() async throws {
        let s3 = try Self.s3()
        try await Self.createBucket(s3, "mediagen-presigned")
        let key = "uploads/user 1/clip ሴ.mp4"
        let putURL = try await s3.presignedPutURL(bucket: "mediagen-presigned", key: key, expires: 300, contentType: "video/mp4")
        let put = try await URLSessionTransport().send(HTTPRequest(
            method: "PUT", url: putURL, headers: ["Content-Type": "video/mp4"], body: Data("movie bytes".utf8)))
        #expect(put.status == 200)

        let getURL = try await s3.presignedGetURL(bucket: "mediagen-presigned", key: key, expires: 300)
        let get = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: getURL))
        #expect(get.status == 200)
        #expect(get.body == Data("movie bytes".utf8))
        #expect(get.headers["Content-Type"] == "video/mp4")

        let wrongType = try await URLSessionTransport().send(HTTPRequest(
            method: "PUT", url: putURL, headers: ["Content-Type": "text/html"], body: Data("<script>".utf8)))
        #expect(wrongType.status == 403)
    }
}
