/// Which face attributes DetectFaces returns: `DEFAULT` (box, confidence, pose, quality, landmarks), `ALL`, or
/// single attributes (`AGE_RANGE`, `EMOTIONS`, `SMILE`, …).
public struct FaceAttributeName: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let `default` = Self(rawValue: "DEFAULT"), all = Self(rawValue: "ALL")
}

struct DetectFacesInput: Encodable, Sendable {
    var image: RekognitionImage
    var attributes: [FaceAttributeName]?
    enum CodingKeys: String, CodingKey { case image = "Image", attributes = "Attributes" }
}

/// Output of DetectFaces.
public struct DetectFacesOutput: Decodable, Sendable, Equatable {
    public var faceDetails: [FaceDetail]?
    public var orientationCorrection: String?
    enum CodingKeys: String, CodingKey { case faceDetails = "FaceDetails", orientationCorrection = "OrientationCorrection" }
}

extension RekognitionClient {
    /// Faces in `image` (up to 100, the largest), with the default attributes or those asked for.
    public func detectFaces(_ image: RekognitionImage, attributes: [FaceAttributeName]? = nil) async throws -> DetectFacesOutput {
        try image.validate("DetectFaces")
        return try await client.json("DetectFaces", input: DetectFacesInput(image: image, attributes: attributes))
    }
}
