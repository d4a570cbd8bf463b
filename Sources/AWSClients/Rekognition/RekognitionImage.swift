import Foundation

/// An S3 object Rekognition reads (same region as the Rekognition endpoint).
public struct RekognitionS3Object: Codable, Sendable, Equatable {
    public var bucket: String
    public var name: String
    public var version: String?

    public init(bucket: String, name: String, version: String? = nil) {
        self.bucket = bucket
        self.name = name
        self.version = version
    }

    enum CodingKeys: String, CodingKey { case bucket = "Bucket", name = "Name", version = "Version" }

    func validate(_ operation: String, _ field: String) throws(ClientInputError) {
        if bucket.isEmpty { throw .missingField(operation, "\(field).Bucket") }
        if name.isEmpty { throw .missingField(operation, "\(field).Name") }
    }
}

/// An image given as bytes (at most 5 MB) or as an S3 object.
public struct RekognitionImage: Encodable, Sendable, Equatable {
    /// The API's limit for `Image.Bytes`: 5 MB (5,242,880 bytes).
    public static let maximumBytes = 5_242_880

    public var bytes: Data?
    public var s3Object: RekognitionS3Object?

    /// An image sent inline (base64 on the wire).
    public static func bytes(_ data: Data) -> RekognitionImage { RekognitionImage(bytes: data, s3Object: nil) }
    /// An image Rekognition reads from S3.
    public static func s3(bucket: String, name: String, version: String? = nil) -> RekognitionImage {
        RekognitionImage(bytes: nil, s3Object: RekognitionS3Object(bucket: bucket, name: name, version: version))
    }

    enum CodingKeys: String, CodingKey { case bytes = "Bytes", s3Object = "S3Object" }

    func validate(_ operation: String) throws(ClientInputError) {
        if let bytes {
            if bytes.isEmpty { throw .missingField(operation, "Image.Bytes") }
            if bytes.count > Self.maximumBytes {
                throw .tooLarge(operation, "Image.Bytes", size: bytes.count, limit: Self.maximumBytes, unit: "bytes")
            }
        } else if let s3Object {
            try s3Object.validate(operation, "Image.S3Object")
        } else {
            throw .missingField(operation, "Image")
        }
    }
}

/// A stored video Rekognition analyses.
public struct RekognitionVideo: Codable, Sendable, Equatable {
    public var s3Object: RekognitionS3Object

    public init(s3Object: RekognitionS3Object) { self.s3Object = s3Object }
    /// The video at `s3://bucket/name`.
    public static func s3(bucket: String, name: String, version: String? = nil) -> RekognitionVideo {
        RekognitionVideo(s3Object: RekognitionS3Object(bucket: bucket, name: name, version: version))
    }

    enum CodingKeys: String, CodingKey { case s3Object = "S3Object" }
}
