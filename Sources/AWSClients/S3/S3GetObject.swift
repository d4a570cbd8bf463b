import AWSCore
import Foundation

/// An object's attributes as GetObject and HeadObject return them in headers.
public struct S3ObjectAttributes: Sendable, Equatable {
    public var contentType: String?
    public var contentLength: Int?
    /// `bytes 0-9/1234` when a range was asked for.
    public var contentRange: String?
    public var eTag: String?
    public var lastModified: Date?
    /// User metadata from the `x-amz-meta-*` headers, names lowercased as S3 returns them.
    public var metadata: [String: String]
    public var cacheControl: String?
    public var contentDisposition: String?
    public var contentEncoding: String?
    public var serverSideEncryption: String?
    public var versionId: String?
    public var storageClass: String?

    public init(headers: HTTPHeaders) {
        contentType = headers["Content-Type"]
        contentLength = headers["Content-Length"].flatMap { Int($0) }
        contentRange = headers["Content-Range"]
        eTag = headers["ETag"]
        lastModified = headers["Last-Modified"].flatMap { AWSTimestamp.parse($0, as: .httpDate) }
        var metadata: [String: String] = [:]
        for field in headers where field.name.lowercased().hasPrefix("x-amz-meta-") {
            metadata[String(field.name.lowercased().dropFirst("x-amz-meta-".count))] = field.value
        }
        self.metadata = metadata
        cacheControl = headers["Cache-Control"]
        contentDisposition = headers["Content-Disposition"]
        contentEncoding = headers["Content-Encoding"]
        serverSideEncryption = headers["x-amz-server-side-encryption"]
        versionId = headers["x-amz-version-id"]
        storageClass = headers["x-amz-storage-class"]
    }
}

/// Output of GetObject: the bytes and the object's attributes.
public struct S3GetObjectOutput: Sendable, Equatable {
    public var body: Data
    public var attributes: S3ObjectAttributes
}

extension S3Client {
    /// The object's bytes, or only `range` of them (`bytes=0-1023`) with `attributes.contentRange` set.
    public func getObject(bucket: String, key: String, range: String? = nil, versionId: String? = nil) async throws -> S3GetObjectOutput {
        try Self.check("GetObject", bucket: bucket, key: key)
        var headers = HTTPHeaders()
        if let range { headers.add(name: "Range", value: range) }
        let query = versionId.map { [("versionId", $0)] } ?? []
        let response = try await client.s3("GET", bucket: bucket, key: key, query: query, headers: headers)
        return S3GetObjectOutput(body: response.body, attributes: S3ObjectAttributes(headers: response.headers))
    }

    /// The object's attributes without its bytes; a missing object throws `AWSServiceError` with code `NotFound`.
    public func headObject(bucket: String, key: String, versionId: String? = nil) async throws -> S3ObjectAttributes {
        try Self.check("HeadObject", bucket: bucket, key: key)
        let query = versionId.map { [("versionId", $0)] } ?? []
        let response = try await client.s3("HEAD", bucket: bucket, key: key, query: query)
        return S3ObjectAttributes(headers: response.headers)
    }
}
