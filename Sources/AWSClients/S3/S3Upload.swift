import AWSCore
import Foundation

extension S3Client {
    /// Stores `data` under `key`: with one PutObject when it fits in one part, otherwise as a multipart upload
    /// of `partSize`-byte parts (at least 5 MiB, at most 10,000 parts) that is aborted if any step fails.
    /// `attributes` supplies content type, metadata and the other object headers (its bucket, key and body are ignored).
    @discardableResult
    public func upload(
        bucket: String, key: String, data: Data, partSize: Int = S3Client.minimumPartSize,
        attributes: S3PutObjectInput? = nil
    ) async throws -> String? {
        try Self.check("Upload", bucket: bucket, key: key)
        if partSize < Self.minimumPartSize {
            throw ClientInputError.invalidValue("Upload", "partSize", "is \(partSize) bytes; every part but the last must be at least \(Self.minimumPartSize) bytes (5 MiB)")
        }
        let partCount = max(1, (data.count + partSize - 1) / partSize)
        if partCount > Self.maximumParts {
            throw ClientInputError.tooLarge("Upload", "parts", size: partCount, limit: Self.maximumParts, unit: "parts")
        }
        var input = attributes ?? S3PutObjectInput(bucket: bucket, key: key, body: Data())
        input.bucket = bucket
        input.key = key
        if partCount == 1 {
            input.body = data
            return try await putObject(input).eTag
        }
        input.body = Data()
        let uploadId = try await createMultipartUpload(input)
        do {
            var parts: [S3CompletedPart] = []
            for index in 0..<partCount {
                let start = data.startIndex + index * partSize
                let end = min(start + partSize, data.endIndex)
                parts.append(try await uploadPart(
                    bucket: bucket, key: key, uploadId: uploadId, partNumber: index + 1, body: Data(data[start..<end])))
            }
            return try await completeMultipartUpload(bucket: bucket, key: key, uploadId: uploadId, parts: parts).eTag
        } catch {
            try? await abortMultipartUpload(bucket: bucket, key: key, uploadId: uploadId)
            throw error
        }
    }
}
