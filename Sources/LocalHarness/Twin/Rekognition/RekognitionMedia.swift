import Foundation

/// Reading what a Rekognition request points at: an `Image` (inline `Bytes` or an `S3Object`) or a `Video`,
/// and the scenario sidecar `<key>.rekognition.json` beside an S3 object.
struct RekognitionMedia {
    /// Image bytes (base64 in JSON): at most 5 MB; an S3 image at most 15 MB.
    static let maximumInlineBytes = 5_242_880
    static let maximumS3Bytes = 15_728_640

    struct Image {
        var bytes: Data
        var location: S3Location?
    }

    let storage: any TwinStorage

    /// The image of `input["Image"]`, or the service's error for a missing, unreadable, oversized or non-JPEG/PNG image.
    func image(_ input: JSONValue) async -> Result<Image, RekognitionError> {
        guard let image = input["Image"], image.objectValue != nil else { return .failure(.invalidParameter) }
        if let encoded = image["Bytes"]?.stringValue {
            guard image["S3Object"] == nil else { return .failure(.invalidParameter) }
            guard let bytes = Data(base64Encoded: encoded), !bytes.isEmpty else { return .failure(.invalidImageFormat) }
            guard bytes.count <= Self.maximumInlineBytes else { return .failure(.imageTooLarge(bytes.count, Self.maximumInlineBytes)) }
            guard Self.isSupportedImage(bytes) else { return .failure(.invalidImageFormat) }
            return .success(Image(bytes: bytes, location: nil))
        }
        guard let object = image["S3Object"] else { return .failure(.invalidParameter) }
        switch await read(object) {
        case .failure(let error): return .failure(error)
        case .success(let (bytes, location)):
            guard bytes.count <= Self.maximumS3Bytes else { return .failure(.imageTooLarge(bytes.count, Self.maximumS3Bytes)) }
            guard Self.isSupportedImage(bytes) else { return .failure(.invalidImageFormat) }
            return .success(Image(bytes: bytes, location: location))
        }
    }

    /// An `S3Object {Bucket, Name}` read from storage; a missing object is InvalidS3ObjectException.
    func read(_ object: JSONValue) async -> Result<(Data, S3Location), RekognitionError> {
        guard let bucket = object["Bucket"]?.stringValue, !bucket.isEmpty, let name = object["Name"]?.stringValue, !name.isEmpty else {
            return .failure(.invalidParameter)
        }
        let location = S3Location(bucket: bucket, key: name)
        guard let bytes = try? await storage.get(bucket: bucket, key: name) else { return .failure(.invalidS3Object) }
        return .success((bytes, location))
    }

    /// The sidecar beside `location` (nil when there is none); one that is not a JSON object is a scenario mistake,
    /// reported rather than ignored.
    func sidecar(_ location: S3Location?) async -> Result<JSONValue?, RekognitionError> {
        let key = (location?.key ?? "") + ".rekognition.json"
        guard let location, let data = try? await storage.get(bucket: location.bucket, key: key) else { return .success(nil) }
        guard let value = try? JSONValue(parsing: data), value.objectValue != nil else {
            return .failure(RekognitionError(code: "InvalidParameterException", message: "The scenario sidecar s3://\(location.bucket)/\(key) is not a JSON object"))
        }
        return .success(value)
    }

    /// JPEG (`FF D8 FF`) or PNG (`89 50 4E 47 0D 0A 1A 0A`): the only image formats Rekognition Image takes.
    static func isSupportedImage(_ bytes: Data) -> Bool {
        let head = [UInt8](bytes.prefix(8))
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return true }
        return head == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    }
}

/// Rekognition's client errors, with the service's codes and messages (HTTP 400, awsJson 1.1 shape).
struct RekognitionError: Error, Equatable {
    var code: String
    var message: String

    static let invalidParameter = RekognitionError(code: "InvalidParameterException", message: "Request has invalid parameters")
    static let invalidImageFormat = RekognitionError(code: "InvalidImageFormatException", message: "Request has invalid image format")
    static let invalidS3Object = RekognitionError(
        code: "InvalidS3ObjectException", message: "Unable to get object metadata from S3. Check object key, region and/or access permissions.")
    static let notFound = RekognitionError(code: "ResourceNotFoundException", message: "The specified resource does not exist")
    static let invalidToken = RekognitionError(code: "InvalidPaginationTokenException", message: "Invalid Token")
    static let idempotencyMismatch = RekognitionError(
        code: "IdempotentParameterMismatchException", message: "ClientRequestToken was reused with different parameters")

    static func imageTooLarge(_ size: Int, _ limit: Int) -> RekognitionError {
        RekognitionError(code: "ImageTooLargeException", message: "Image size is too large: \(size) bytes, the limit is \(limit) bytes")
    }

    static func invalid(_ detail: String) -> RekognitionError {
        RekognitionError(code: "InvalidParameterException", message: "Request has invalid parameters: \(detail)")
    }

    var response: TwinResponse { .jsonError(code, message) }
}
