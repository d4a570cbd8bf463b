import Foundation

/// The document Textract reads: its bytes, or an object in S3 (same Region as the call).
public enum TextractDocument: Encodable, Sendable, Equatable {
    case bytes(Data)
    case s3Object(TextractS3Object)

    enum CodingKeys: String, CodingKey { case bytes = "Bytes", s3Object = "S3Object" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .bytes(let data): try container.encode(data, forKey: .bytes)
        case .s3Object(let object): try container.encode(object, forKey: .s3Object)
        }
    }

    func validate(_ operation: String) throws(ClientInputError) {
        switch self {
        case .bytes(let data):
            if data.isEmpty { throw .missingField(operation, "Document.Bytes") }
            if data.count > TextractClient.maximumDocumentBytes {
                throw .tooLarge(operation, "Document.Bytes", size: data.count, limit: TextractClient.maximumDocumentBytes, unit: "bytes")
            }
        case .s3Object(let object):
            try object.validate(operation, field: "Document.S3Object")
        }
    }
}

/// An S3 object: bucket, key (`Name`) and, for versioned buckets, a version.
public struct TextractS3Object: Codable, Sendable, Equatable {
    public var bucket: String
    public var name: String
    public var version: String?

    public init(bucket: String, name: String, version: String? = nil) {
        self.bucket = bucket
        self.name = name
        self.version = version
    }

    enum CodingKeys: String, CodingKey { case bucket = "Bucket", name = "Name", version = "Version" }

    func validate(_ operation: String, field: String) throws(ClientInputError) {
        if bucket.isEmpty { throw .missingField(operation, "\(field).Bucket") }
        if name.isEmpty { throw .missingField(operation, "\(field).Name") }
    }
}

struct DetectDocumentTextInput: Encodable, Sendable {
    var document: TextractDocument
    enum CodingKeys: String, CodingKey { case document = "Document" }
}
