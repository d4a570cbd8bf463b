/// A box as ratios (0–1) of the image's width and height, from the top-left corner.
public struct BoundingBox: Codable, Sendable, Equatable {
    public var width: Double?
    public var height: Double?
    public var left: Double?
    public var top: Double?

    public init(width: Double? = nil, height: Double? = nil, left: Double? = nil, top: Double? = nil) {
        self.width = width
        self.height = height
        self.left = left
        self.top = top
    }

    enum CodingKeys: String, CodingKey { case width = "Width", height = "Height", left = "Left", top = "Top" }
}

/// A point as ratios of the image's width and height.
public struct RekognitionPoint: Codable, Sendable, Equatable {
    public var x: Double?
    public var y: Double?
    enum CodingKeys: String, CodingKey { case x = "X", y = "Y" }
}

/// Where detected text is: a box and a finer polygon.
public struct RekognitionGeometry: Codable, Sendable, Equatable {
    public var boundingBox: BoundingBox?
    public var polygon: [RekognitionPoint]?
    enum CodingKeys: String, CodingKey { case boundingBox = "BoundingBox", polygon = "Polygon" }
}

/// A facial landmark (`eyeLeft`, `nose`, …) and its position.
public struct Landmark: Codable, Sendable, Equatable {
    public var type: String?
    public var x: Double?
    public var y: Double?
    enum CodingKeys: String, CodingKey { case type = "Type", x = "X", y = "Y" }
}

/// Head orientation in degrees.
public struct Pose: Codable, Sendable, Equatable {
    public var roll: Double?
    public var yaw: Double?
    public var pitch: Double?
    enum CodingKeys: String, CodingKey { case roll = "Roll", yaw = "Yaw", pitch = "Pitch" }
}

/// Brightness and sharpness of a face (0–100).
public struct ImageQuality: Codable, Sendable, Equatable {
    public var brightness: Double?
    public var sharpness: Double?
    enum CodingKeys: String, CodingKey { case brightness = "Brightness", sharpness = "Sharpness" }
}

/// An emotion (`HAPPY`, `CALM`, …) and its confidence.
public struct Emotion: Codable, Sendable, Equatable {
    public var type: String?
    public var confidence: Double?
    enum CodingKeys: String, CodingKey { case type = "Type", confidence = "Confidence" }
}

/// A face attribute (smile, eyeglasses, gender, …): its value and confidence (0–100).
public struct FaceAttribute<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var value: Value?
    public var confidence: Double?
    enum CodingKeys: String, CodingKey { case value = "Value", confidence = "Confidence" }
}

/// An estimated age range in years.
public struct AgeRange: Codable, Sendable, Equatable {
    public var low: Int?
    public var high: Int?
    enum CodingKeys: String, CodingKey { case low = "Low", high = "High" }
}

/// Where the eyes look, in degrees.
public struct EyeDirection: Codable, Sendable, Equatable {
    public var yaw: Double?
    public var pitch: Double?
    public var confidence: Double?
    enum CodingKeys: String, CodingKey { case yaw = "Yaw", pitch = "Pitch", confidence = "Confidence" }
}

/// A detected face with all the attributes Rekognition returns.
public struct FaceDetail: Codable, Sendable, Equatable {
    public var boundingBox: BoundingBox?
    public var ageRange: AgeRange?
    public var smile: FaceAttribute<Bool>?
    public var eyeglasses: FaceAttribute<Bool>?
    public var sunglasses: FaceAttribute<Bool>?
    public var gender: FaceAttribute<String>?
    public var beard: FaceAttribute<Bool>?
    public var mustache: FaceAttribute<Bool>?
    public var eyesOpen: FaceAttribute<Bool>?
    public var mouthOpen: FaceAttribute<Bool>?
    public var faceOccluded: FaceAttribute<Bool>?
    public var emotions: [Emotion]?
    public var landmarks: [Landmark]?
    public var pose: Pose?
    public var quality: ImageQuality?
    public var confidence: Double?
    public var eyeDirection: EyeDirection?

    enum CodingKeys: String, CodingKey {
        case boundingBox = "BoundingBox", ageRange = "AgeRange", smile = "Smile", eyeglasses = "Eyeglasses"
        case sunglasses = "Sunglasses", gender = "Gender", beard = "Beard", mustache = "Mustache", eyesOpen = "EyesOpen"
        case mouthOpen = "MouthOpen", faceOccluded = "FaceOccluded", emotions = "Emotions", landmarks = "Landmarks"
        case pose = "Pose", quality = "Quality", confidence = "Confidence", eyeDirection = "EyeDirection"
    }
}

/// A face compared or recognised in an image (fewer attributes than ``FaceDetail``).
public struct ComparedFace: Codable, Sendable, Equatable {
    public var boundingBox: BoundingBox?
    public var confidence: Double?
    public var landmarks: [Landmark]?
    public var pose: Pose?
    public var quality: ImageQuality?
    public var emotions: [Emotion]?
    public var smile: FaceAttribute<Bool>?

    enum CodingKeys: String, CodingKey {
        case boundingBox = "BoundingBox", confidence = "Confidence", landmarks = "Landmarks", pose = "Pose"
        case quality = "Quality", emotions = "Emotions", smile = "Smile"
    }
}
