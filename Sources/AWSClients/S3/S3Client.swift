import AWSCore
import Foundation

/// Amazon S3 (restXml): objects, listings, multipart uploads and presigned URLs.
/// Addressing (virtual-hosted or path style) and S3 signing come from `AWSClient.s3(...)`.
public struct S3Client: Sendable {
    public static let wireProtocol = WireProtocol.restXml
    /// Every part but the last must be at least 5 MiB.
    public static let minimumPartSize = 5 * 1024 * 1024
    /// Parts are numbered 1 to 10,000.
    public static let maximumParts = 10_000
    /// Presigned URLs live from 1 second to 7 days.
    public static let maximumPresignSeconds = 7 * 24 * 3600
    /// The XML namespace of S3 request bodies.
    static let namespace = "http://s3.amazonaws.com/doc/2006-03-01/"

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .s3, wireProtocol: Self.wireProtocol)
    }

    /// An object key is at most 1,024 bytes of UTF-8.
    public static let maximumKeyBytes = 1024

    /// Refuses an empty bucket, or an empty or over-long key, before anything is sent.
    static func check(_ operation: String, bucket: String, key: String? = nil) throws(ClientInputError) {
        if bucket.isEmpty { throw .missingField(operation, "Bucket") }
        guard let key else { return }
        if key.isEmpty { throw .missingField(operation, "Key") }
        if key.utf8.count > maximumKeyBytes {
            throw .tooLarge(operation, "Key", size: key.utf8.count, limit: maximumKeyBytes, unit: "bytes")
        }
    }

    /// Parses an XML answer, naming the operation when the body is not XML.
    static func parseXML(_ response: HTTPResponse, operation: String) throws -> XMLElement {
        do {
            return try XMLReader.parse(response.body)
        } catch {
            throw AWSClientError.invalidResponse(operation: operation, detail: "\(error)")
        }
    }

    /// CopyObject and CompleteMultipartUpload may answer 200 with an `<Error>` document: that is a failure.
    static func throwIfErrorDocument(_ response: HTTPResponse) throws {
        guard response.body.count < 4096, let root = try? XMLReader.parse(response.body), root.name == "Error" else { return }
        var failed = response
        failed.status = 500
        throw AWSErrorDecoder.decode(failed, protocol: .restXml)
    }
}
