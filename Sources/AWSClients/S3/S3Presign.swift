import AWSCore
import Foundation

extension S3Client {
    /// A URL anyone can GET the object with for `expires` seconds (1 s to 7 days), no credentials needed.
    public func presignedGetURL(bucket: String, key: String, expires: Int) async throws -> String {
        try await presignedURL("GET", operation: "PresignedGetURL", bucket: bucket, key: key, expires: expires, headers: [:])
    }

    /// A URL anyone can PUT the object's bytes to for `expires` seconds (1 s to 7 days). With `contentType`,
    /// the upload must send that same `Content-Type` (it is signed).
    public func presignedPutURL(bucket: String, key: String, expires: Int, contentType: String? = nil) async throws -> String {
        var headers = HTTPHeaders()
        if let contentType { headers.add(name: "Content-Type", value: contentType) }
        return try await presignedURL("PUT", operation: "PresignedPutURL", bucket: bucket, key: key, expires: expires, headers: headers)
    }

    private func presignedURL(
        _ method: String, operation: String, bucket: String, key: String, expires: Int, headers: HTTPHeaders
    ) async throws -> String {
        try Self.check(operation, bucket: bucket, key: key)
        guard (1...Self.maximumPresignSeconds).contains(expires) else {
            throw ClientInputError.invalidValue(operation, "expires", "is \(expires) seconds; it must be from 1 to \(Self.maximumPresignSeconds) (7 days)")
        }
        return try await client.presign(method: method, url: try client.s3URL(bucket: bucket, key: key), headers: headers, expires: expires)
    }
}
