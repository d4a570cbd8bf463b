import AWSCore
import Foundation

/// A part already uploaded: its number (1–10,000) and the ETag S3 returned for it.
public struct S3CompletedPart: Sendable, Equatable {
    public var partNumber: Int
    public var eTag: String

    public init(partNumber: Int, eTag: String) {
        self.partNumber = partNumber
        self.eTag = eTag
    }
}

/// Output of CompleteMultipartUpload.
public struct S3CompleteMultipartUploadOutput: Sendable, Equatable {
    public var location: String?
    public var bucket: String?
    public var key: String?
    public var eTag: String?
    public var versionId: String?
}

extension S3Client {
    /// Starts a multipart upload (`POST ?uploads`) with the object attributes of `input` (its body is ignored);
    /// returns the upload id.
    public func createMultipartUpload(_ input: S3PutObjectInput) async throws -> String {
        try Self.check("CreateMultipartUpload", bucket: input.bucket, key: input.key)
        let response = try await client.s3("POST", bucket: input.bucket, key: input.key, query: [("uploads", "")], headers: input.headers)
        let result = try Self.parseXML(response, operation: "CreateMultipartUpload")
        guard let uploadId = result.childText("UploadId"), !uploadId.isEmpty else {
            throw AWSClientError.invalidResponse(operation: "CreateMultipartUpload", detail: "no UploadId in the answer")
        }
        return uploadId
    }

    /// Uploads part `partNumber` (1–10,000) and returns its ETag. Only the size of the last part may be under
    /// 5 MiB; S3 checks that when the upload completes, `upload(bucket:key:data:partSize:)` before it starts.
    public func uploadPart(bucket: String, key: String, uploadId: String, partNumber: Int, body: Data) async throws -> S3CompletedPart {
        try Self.check("UploadPart", bucket: bucket, key: key)
        if uploadId.isEmpty { throw ClientInputError.missingField("UploadPart", "UploadId") }
        guard (1...Self.maximumParts).contains(partNumber) else {
            throw ClientInputError.invalidValue("UploadPart", "PartNumber", "must be from 1 to \(Self.maximumParts)")
        }
        let response = try await client.s3(
            "PUT", bucket: bucket, key: key, query: [("partNumber", String(partNumber)), ("uploadId", uploadId)], body: body)
        guard let eTag = response.headers["ETag"] else {
            throw AWSClientError.invalidResponse(operation: "UploadPart", detail: "no ETag header in the answer")
        }
        return S3CompletedPart(partNumber: partNumber, eTag: eTag)
    }

    /// Assembles the uploaded parts into the object; refuses an empty part list or more than 10,000 parts.
    public func completeMultipartUpload(
        bucket: String, key: String, uploadId: String, parts: [S3CompletedPart]
    ) async throws -> S3CompleteMultipartUploadOutput {
        try Self.check("CompleteMultipartUpload", bucket: bucket, key: key)
        if uploadId.isEmpty { throw ClientInputError.missingField("CompleteMultipartUpload", "UploadId") }
        if parts.isEmpty { throw ClientInputError.missingField("CompleteMultipartUpload", "MultipartUpload.Parts") }
        if parts.count > Self.maximumParts {
            throw ClientInputError.tooLarge("CompleteMultipartUpload", "MultipartUpload.Parts", size: parts.count, limit: Self.maximumParts, unit: "parts")
        }
        let response = try await client.s3(
            "POST", bucket: bucket, key: key, query: [("uploadId", uploadId)], body: Data(Self.completeBody(parts).utf8))
        try Self.throwIfErrorDocument(response)
        let result = try Self.parseXML(response, operation: "CompleteMultipartUpload")
        return S3CompleteMultipartUploadOutput(
            location: result.childText("Location"), bucket: result.childText("Bucket"), key: result.childText("Key"),
            eTag: result.childText("ETag"), versionId: response.headers["x-amz-version-id"])
    }

    /// Abandons a multipart upload and frees its parts.
    public func abortMultipartUpload(bucket: String, key: String, uploadId: String) async throws {
        try Self.check("AbortMultipartUpload", bucket: bucket, key: key)
        if uploadId.isEmpty { throw ClientInputError.missingField("AbortMultipartUpload", "UploadId") }
        _ = try await client.s3("DELETE", bucket: bucket, key: key, query: [("uploadId", uploadId)])
    }

    /// The `CompleteMultipartUpload` document, byte for byte as botocore writes it for parts given as
    /// `{"ETag": e, "PartNumber": n}`, the model's member order (botocore follows the caller's key order).
    static func completeBody(_ parts: [S3CompletedPart]) -> String {
        XMLElement(
            "CompleteMultipartUpload", attributes: [XMLAttribute("xmlns", namespace)],
            children: parts.map { part in
                XMLElement("Part", children: [XMLElement("ETag", text: part.eTag), XMLElement("PartNumber", text: String(part.partNumber))])
            }
        ).xmlString()
    }
}
