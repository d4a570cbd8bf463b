import AWSCore
import Foundation

/// Whether CopyObject keeps the source's metadata or replaces it with the request's.
public enum S3MetadataDirective: String, Sendable {
    case copy = "COPY", replace = "REPLACE"
}

/// Output of CopyObject.
public struct S3CopyObjectOutput: Sendable, Equatable {
    public var eTag: String?
    public var lastModified: Date?
    public var versionId: String?
}

extension S3Client {
    /// Copies `sourceBucket/sourceKey` to `bucket/key` on the server side. With `.replace`, the new object
    /// takes `contentType` and `metadata`; with `.copy` (S3's default) it keeps the source's.
    public func copyObject(
        sourceBucket: String, sourceKey: String, bucket: String, key: String,
        metadataDirective: S3MetadataDirective? = nil, contentType: String? = nil, metadata: [String: String] = [:]
    ) async throws -> S3CopyObjectOutput {
        try Self.check("CopyObject", bucket: sourceBucket, key: sourceKey)
        try Self.check("CopyObject", bucket: bucket, key: key)
        var headers = S3PutObjectInput(bucket: bucket, key: key, body: Data(), contentType: contentType, metadata: metadata).headers
        headers.add(name: "x-amz-copy-source", value: Self.copySource(bucket: sourceBucket, key: sourceKey))
        if let metadataDirective { headers.add(name: "x-amz-metadata-directive", value: metadataDirective.rawValue) }
        let response = try await client.s3("PUT", bucket: bucket, key: key, headers: headers)
        try Self.throwIfErrorDocument(response)
        let result = try Self.parseXML(response, operation: "CopyObject")
        return S3CopyObjectOutput(
            eTag: result.childText("ETag"),
            lastModified: result.childText("LastModified").flatMap { AWSTimestamp.parse($0, as: .iso8601) },
            versionId: response.headers["x-amz-version-id"])
    }

    /// `bucket/key` with the key percent-encoded except `/` (botocore's `quote(key, safe="/~")`).
    static func copySource(bucket: String, key: String) -> String {
        bucket + "/" + AWSURIEncoding.encode(key, keepSlash: true)
    }
}
