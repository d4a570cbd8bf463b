import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("S3 client")
struct S3ClientTests {
    @Test("GetObject returns the body, content type, ETag, user metadata and content range from the headers")
    func getObjectDecodes() async throws {
        let transport = FakeTransport([HTTPResponse(
            status: 206,
            headers: ["Content-Type": "video/mp4", "Content-Length": "10", "Content-Range": "bytes 0-9/1234",
                      "ETag": "\"9b2cf535f27731c974343645a3985328\"", "Last-Modified": "Wed, 12 Oct 2009 17:50:00 GMT",
                      "x-amz-meta-owner": "user-1", "X-Amz-Meta-Job-Id": "j-1", "Cache-Control": "max-age=60",
                      "x-amz-server-side-encryption": "AES256", "x-amz-version-id": "v1"],
            body: Data("0123456789".utf8))], afterLast: .answerEmpty200)
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(transport))
        let output = try await s3.getObject(bucket: "media-bucket", key: "v.mp4", range: "bytes=0-9")
        #expect(output.body == Data("0123456789".utf8))
        #expect(output.attributes.contentType == "video/mp4")
        #expect(output.attributes.contentRange == "bytes 0-9/1234")
        #expect(output.attributes.contentLength == 10)
        #expect(output.attributes.eTag == "\"9b2cf535f27731c974343645a3985328\"")
        #expect(output.attributes.metadata == ["owner": "user-1", "job-id": "j-1"])
        #expect(output.attributes.lastModified == Date(timeIntervalSince1970: 1_255_369_800))
        #expect(output.attributes.serverSideEncryption == "AES256")
        #expect(output.attributes.versionId == "v1")
        #expect(transport.requests.first?.headers["Range"] == "bytes=0-9")
    }

    @Test("HeadObject on a missing key surfaces as AWSServiceError NotFound with status 404")
    func headObjectNotFound() async throws {
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(FakeTransport([HTTPResponse(status: 404)], afterLast: .answerEmpty200)))
        do {
            _ = try await s3.headObject(bucket: "media-bucket", key: "missing.txt")
            Issue.record("HeadObject of a missing key succeeded")
        } catch let error as AWSServiceError {
            #expect(error.code == "NotFound")
            #expect(error.statusCode == 404)
        }
    }

    @Test("GetObject of a missing key surfaces S3's NoSuchKey error document")
    func getObjectNoSuchKey() async throws {
        let body = #"<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>missing.txt</Key><RequestId>4442587FB7D0A2F9</RequestId></Error>"#
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(FakeTransport([FakeTransport.xml(body, status: 404)], afterLast: .answerEmpty200)))
        await #expect(throws: AWSServiceError(code: "NoSuchKey", message: "The specified key does not exist.", statusCode: 404, requestId: "4442587FB7D0A2F9")) {
            _ = try await s3.getObject(bucket: "media-bucket", key: "missing.txt")
        }
    }

    @Test("PutObject returns the ETag and version id headers")
    func putObjectDecodes() async throws {
        let transport = FakeTransport([HTTPResponse(status: 200, headers: ["ETag": "\"abc\"", "x-amz-version-id": "3HL4kqtJ"])], afterLast: .answerEmpty200)
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(transport))
        let output = try await s3.putObject(S3PutObjectInput(bucket: "media-bucket", key: "a.txt", body: Data("x".utf8)))
        #expect(output == S3PutObjectOutput(eTag: "\"abc\"", versionId: "3HL4kqtJ"))
    }

    @Test("CopyObject decodes CopyObjectResult, and a 200 answer holding an Error document throws")
    func copyObject() async throws {
        let result = #"<?xml version="1.0" encoding="UTF-8"?><CopyObjectResult><LastModified>2009-10-28T22:32:00.000Z</LastModified><ETag>"9b2cf535f27731c974343645a3985328"</ETag></CopyObjectResult>"#
        let failure = #"<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>"#
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(FakeTransport([FakeTransport.xml(result), FakeTransport.xml(failure)], afterLast: .answerEmpty200)))
        let output = try await s3.copyObject(sourceBucket: "src-bucket", sourceKey: "a.txt", bucket: "media-bucket", key: "b.txt")
        #expect(output.eTag == "\"9b2cf535f27731c974343645a3985328\"")
        #expect(output.lastModified == Date(timeIntervalSince1970: 1_256_769_120))
        await #expect(throws: AWSServiceError.self) {
            _ = try await s3.copyObject(sourceBucket: "src-bucket", sourceKey: "a.txt", bucket: "media-bucket", key: "b.txt")
        }
    }

    @Test("the copy source keeps slashes and percent-encodes everything else in the key")
    func copySourceEncoding() {
        #expect(S3Client.copySource(bucket: "src", key: "a b/ሴ+x&(1).txt") == "src/a%20b/%E1%88%B4%2Bx%26%281%29.txt")
    }

    @Test("ListObjectsV2 decodes contents, common prefixes and the continuation token, URL-decoding keys")
    func listDecodes() throws {
        let body = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>media-bucket</Name><Prefix>jobs%2F</Prefix>
        <KeyCount>2</KeyCount><MaxKeys>2</MaxKeys><Delimiter>%2F</Delimiter><IsTruncated>true</IsTruncated>
        <NextContinuationToken>1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI/EyIJg==</NextContinuationToken><EncodingType>url</EncodingType>
        <Contents><Key>jobs%2Fmy+clip%2B1.mp4</Key><LastModified>2009-10-12T17:50:30.000Z</LastModified><ETag>"fba9dede5f27731c9771645a39863328"</ETag><Size>434234</Size><StorageClass>STANDARD</StorageClass></Contents>
        <Contents><Key>jobs%2F%E1%88%B4.txt</Key><Size>5</Size></Contents>
        <CommonPrefixes><Prefix>jobs%2Fsub+dir%2F</Prefix></CommonPrefixes>
        </ListBucketResult>
        """#
        let page = S3ListObjectsOutput(xml: try XMLReader.parse(body))
        #expect(page.contents.map(\.key) == ["jobs/my clip+1.mp4", "jobs/ሴ.txt"])
        #expect(page.contents.first?.size == 434_234)
        #expect(page.contents.first?.storageClass == "STANDARD")
        #expect(page.contents.first?.lastModified == Date(timeIntervalSince1970: 1_255_369_830))
        #expect(page.commonPrefixes == ["jobs/sub dir/"])
        #expect(page.isTruncated)
        #expect(page.nextContinuationToken == "1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI/EyIJg==")
        #expect(page.keyCount == 2)
    }

    @Test("listAllKeys follows NextContinuationToken until a page is not truncated")
    func listPaging() async throws {
        func page(_ keys: [String], next: String?) -> HTTPResponse {
            let contents = keys.map { "<Contents><Key>\($0)</Key><Size>1</Size></Contents>" }.joined()
            let token = next.map { "<NextContinuationToken>\($0)</NextContinuationToken>" } ?? ""
            return FakeTransport.xml("<ListBucketResult><IsTruncated>\(next != nil)</IsTruncated>\(token)\(contents)</ListBucketResult>")
        }
        let transport = FakeTransport([page(["a", "b"], next: "t+1/="), page(["c"], next: nil)], afterLast: .answerEmpty200)
        let keys = try await S3Client(FakeTransport.singleAttemptConfiguration(transport)).listAllKeys(bucket: "media-bucket", prefix: "p/", pageSize: 2)
        #expect(keys == ["a", "b", "c"])
        #expect(transport.requests.count == 2)
        #expect(transport.requests.last?.url.contains("continuation-token=t%2B1%2F%3D") == true)
    }

    @Test("an empty bucket or key, or a key over 1,024 bytes, is refused before anything is sent")
    func emptyNames() async throws {
        let transport = FakeTransport([], afterLast: .answerEmpty200)
        let s3 = try S3Client(FakeTransport.singleAttemptConfiguration(transport))
        await #expect(throws: ClientInputError.missingField) { _ = try await s3.getObject(bucket: "", key: "a") }
        await #expect(throws: ClientInputError.missingField) { _ = try await s3.putObject(S3PutObjectInput(bucket: "b", key: "", body: Data())) }
        await #expect(throws: ClientInputError.missingField) { try await s3.deleteObject(bucket: "b", key: "") }
        await #expect(throws: ClientInputError.missingField) { _ = try await s3.listObjects(S3ListObjectsInput(bucket: "")) }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await s3.copyObject(sourceBucket: "s", sourceKey: "", bucket: "b", key: "k")
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await s3.headObject(bucket: "b", key: String(repeating: "é", count: 513))
        }
        #expect(transport.requests.isEmpty)
    }
}
