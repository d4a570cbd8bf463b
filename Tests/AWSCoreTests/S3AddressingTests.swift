import Testing
@testable import AWSCore

@Suite("S3Addressing")
struct S3AddressingTests {
    private let regional = ResolvedEndpoint(
        url: "https://s3.eu-west-1.amazonaws.com", signingName: "s3", signingRegion: "eu-west-1")
    private let moto = ResolvedEndpoint(
        url: "http://localhost:5000", signingName: "s3", signingRegion: "us-east-1",
        isCustomEndpoint: true, s3AddressingStyle: .path)

    @Test("DNS-compatible buckets on AWS endpoints are virtual-hosted")
    func virtualHosted() throws {
        #expect(try S3Addressing.url(endpoint: regional, bucket: "media-uploads", key: "in/video.mp4")
            == "https://media-uploads.s3.eu-west-1.amazonaws.com/in/video.mp4")
        #expect(try S3Addressing.url(endpoint: regional, bucket: "media-uploads", key: "")
            == "https://media-uploads.s3.eu-west-1.amazonaws.com/")
        let china = try EndpointResolver(environment: [:]).resolve(.s3, region: "cn-north-1")
        #expect(try S3Addressing.url(endpoint: china, bucket: "b123", key: "k")
            == "https://b123.s3.cn-north-1.amazonaws.com.cn/k")
    }

    @Test("custom endpoints use path style")
    func pathStyleForCustomEndpoints() throws {
        #expect(try S3Addressing.url(endpoint: moto, bucket: "media-uploads", key: "in/video.mp4")
            == "http://localhost:5000/media-uploads/in/video.mp4")
        #expect(try S3Addressing.url(endpoint: moto, bucket: "media-uploads", key: "")
            == "http://localhost:5000/media-uploads")
        let based = ResolvedEndpoint(
            url: "http://twin:4566/s3", signingName: "s3", signingRegion: "us-east-1",
            isCustomEndpoint: true, s3AddressingStyle: .path)
        #expect(try S3Addressing.url(endpoint: based, bucket: "b", key: "k") == "http://twin:4566/s3/b/k")
    }

    @Test("buckets with dots, upper case or outside 3–63 characters fall back to path style")
    func pathStyleForNonDNSBuckets() throws {
        #expect(try S3Addressing.url(endpoint: regional, bucket: "my.bucket", key: "a")
            == "https://s3.eu-west-1.amazonaws.com/my.bucket/a")
        #expect(try S3Addressing.url(endpoint: regional, bucket: "MyBucket", key: "a")
            == "https://s3.eu-west-1.amazonaws.com/MyBucket/a")
        for name in ["ab", String(repeating: "a", count: 64), "-abc", "abc-", "a_b"] {
            #expect(!S3Addressing.isVirtualHostable(bucket: name), "\(name)")
        }
        for name in ["abc", String(repeating: "a", count: 63), "a-b-1", "123"] {
            #expect(S3Addressing.isVirtualHostable(bucket: name), "\(name)")
        }
    }

    @Test("keys are percent-encoded per UTF-8 byte except unreserved characters and slashes")
    func keyEncoding() throws {
        #expect(S3Addressing.encodeKey("a b+c/d~e_f.g-h") == "a%20b%2Bc/d~e_f.g-h")
        #expect(S3Addressing.encodeKey("café/日本.mp4") == "caf%C3%A9/%E6%97%A5%E6%9C%AC.mp4")
        #expect(S3Addressing.encodeKey("100%=?&#:@!*'()") == "100%25%3D%3F%26%23%3A%40%21%2A%27%28%29")
        #expect(try S3Addressing.url(endpoint: moto, bucket: "b", key: "my file+1.txt")
            == "http://localhost:5000/b/my%20file%2B1.txt")
    }

    @Test("an empty bucket is an error")
    func emptyBucket() {
        #expect(throws: EndpointError.emptyBucket) { try S3Addressing.url(endpoint: regional, bucket: "", key: "k") }
    }
}
