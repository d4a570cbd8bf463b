import AWSCore
import Foundation

/// Input of PutObject: the object's bytes and the headers S3 stores with it.
public struct S3PutObjectInput: Sendable, Equatable {
    public var bucket: String
    public var key: String
    public var body: Data
    public var contentType: String?
    /// User metadata, sent as `x-amz-meta-<name>` headers.
    public var metadata: [String: String]
    public var cacheControl: String?
    public var contentDisposition: String?
    public var contentEncoding: String?
    public var contentLanguage: String?
    /// `AES256`, `aws:kms` or `aws:kms:dsse`.
    public var serverSideEncryption: String?
    public var sseKMSKeyId: String?
    public var storageClass: String?
    /// A canned ACL such as `private` or `public-read`.
    public var acl: String?
    /// URL-encoded `key=value&…` tags.
    public var tagging: String?

    public init(
        bucket: String, key: String, body: Data, contentType: String? = nil, metadata: [String: String] = [:],
        cacheControl: String? = nil, contentDisposition: String? = nil, contentEncoding: String? = nil,
        contentLanguage: String? = nil, serverSideEncryption: String? = nil, sseKMSKeyId: String? = nil,
        storageClass: String? = nil, acl: String? = nil, tagging: String? = nil
    ) {
        self.bucket = bucket
        self.key = key
        self.body = body
        self.contentType = contentType
        self.metadata = metadata
        self.cacheControl = cacheControl
        self.contentDisposition = contentDisposition
        self.contentEncoding = contentEncoding
        self.contentLanguage = contentLanguage
        self.serverSideEncryption = serverSideEncryption
        self.sseKMSKeyId = sseKMSKeyId
        self.storageClass = storageClass
        self.acl = acl
        self.tagging = tagging
    }

    /// The request headers for these object attributes (shared with CreateMultipartUpload).
    var headers: HTTPHeaders {
        var headers = HTTPHeaders()
        let bound: [(String, String?)] = [
            ("x-amz-acl", acl), ("Cache-Control", cacheControl), ("Content-Disposition", contentDisposition),
            ("Content-Encoding", contentEncoding), ("Content-Language", contentLanguage), ("Content-Type", contentType),
            ("x-amz-server-side-encryption", serverSideEncryption), ("x-amz-storage-class", storageClass),
            ("x-amz-server-side-encryption-aws-kms-key-id", sseKMSKeyId), ("x-amz-tagging", tagging),
        ]
        for case let (name, value?) in bound { headers.add(name: name, value: value) }
        for (name, value) in metadata.sorted(by: { $0.key < $1.key }) { headers.add(name: "x-amz-meta-" + name, value: value) }
        return headers
    }
}

/// Output of PutObject.
public struct S3PutObjectOutput: Sendable, Equatable {
    public var eTag: String?
    public var versionId: String?
    public var serverSideEncryption: String?

    public init(eTag: String? = nil, versionId: String? = nil, serverSideEncryption: String? = nil) {
        self.eTag = eTag
        self.versionId = versionId
        self.serverSideEncryption = serverSideEncryption
    }
}

extension S3Client {
    /// Stores `input.body` under `input.key`; refuses an empty bucket or key.
    public func putObject(_ input: S3PutObjectInput) async throws -> S3PutObjectOutput {
        try Self.check("PutObject", bucket: input.bucket, key: input.key)
        let response = try await client.s3("PUT", bucket: input.bucket, key: input.key, headers: input.headers, body: input.body)
        return S3PutObjectOutput(
            eTag: response.headers["ETag"], versionId: response.headers["x-amz-version-id"],
            serverSideEncryption: response.headers["x-amz-server-side-encryption"])
    }

    /// Deletes an object (S3 answers success whether or not it existed).
    public func deleteObject(bucket: String, key: String, versionId: String? = nil) async throws {
        try Self.check("DeleteObject", bucket: bucket, key: key)
        let query = versionId.map { [("versionId", $0)] } ?? []
        _ = try await client.s3("DELETE", bucket: bucket, key: key, query: query)
    }
}
