/// A DetectLabels feature: `GENERAL_LABELS` or `IMAGE_PROPERTIES` (video label detection: general labels only).
public struct DetectLabelsFeature: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let generalLabels = Self(rawValue: "GENERAL_LABELS"), imageProperties = Self(rawValue: "IMAGE_PROPERTIES")
}

/// Options of DetectLabels.
public struct DetectLabelsOptions: Sendable, Equatable {
    public var maxLabels: Int?
    public var minConfidence: Double?
    public var features: [DetectLabelsFeature]?

    public init(maxLabels: Int? = nil, minConfidence: Double? = nil, features: [DetectLabelsFeature]? = nil) {
        self.maxLabels = maxLabels
        self.minConfidence = minConfidence
        self.features = features
    }
}

struct DetectLabelsInput: Encodable, Sendable {
    var image: RekognitionImage
    var maxLabels: Int?
    var minConfidence: Double?
    var features: [DetectLabelsFeature]?
    enum CodingKeys: String, CodingKey {
        case image = "Image", maxLabels = "MaxLabels", minConfidence = "MinConfidence", features = "Features"
    }
}

/// Output of DetectLabels.
public struct DetectLabelsOutput: Decodable, Sendable, Equatable {
    public var labels: [RekognitionLabel]?
    public var orientationCorrection: String?
    public var labelModelVersion: String?
    enum CodingKeys: String, CodingKey {
        case labels = "Labels", orientationCorrection = "OrientationCorrection", labelModelVersion = "LabelModelVersion"
    }
}

struct DetectModerationLabelsInput: Encodable, Sendable {
    var image: RekognitionImage
    var minConfidence: Double?
    enum CodingKeys: String, CodingKey { case image = "Image", minConfidence = "MinConfidence" }
}

/// Output of DetectModerationLabels.
public struct DetectModerationLabelsOutput: Decodable, Sendable, Equatable {
    public var moderationLabels: [ModerationLabel]?
    public var moderationModelVersion: String?
    public var contentTypes: [ModerationContentType]?
    enum CodingKeys: String, CodingKey {
        case moderationLabels = "ModerationLabels", moderationModelVersion = "ModerationModelVersion"
        case contentTypes = "ContentTypes"
    }
}

/// Word filter of DetectText.
public struct DetectTextWordFilter: Codable, Sendable, Equatable {
    public var minConfidence: Double?
    public var minBoundingBoxHeight: Double?
    public var minBoundingBoxWidth: Double?

    public init(minConfidence: Double? = nil, minBoundingBoxHeight: Double? = nil, minBoundingBoxWidth: Double? = nil) {
        self.minConfidence = minConfidence
        self.minBoundingBoxHeight = minBoundingBoxHeight
        self.minBoundingBoxWidth = minBoundingBoxWidth
    }

    enum CodingKeys: String, CodingKey {
        case minConfidence = "MinConfidence", minBoundingBoxHeight = "MinBoundingBoxHeight"
        case minBoundingBoxWidth = "MinBoundingBoxWidth"
    }
}

struct DetectTextInput: Encodable, Sendable {
    struct Filters: Encodable, Sendable {
        var wordFilter: DetectTextWordFilter?
        enum CodingKeys: String, CodingKey { case wordFilter = "WordFilter" }
    }
    var image: RekognitionImage
    var filters: Filters?
    enum CodingKeys: String, CodingKey { case image = "Image", filters = "Filters" }
}

/// Output of DetectText.
public struct DetectTextOutput: Decodable, Sendable, Equatable {
    public var textDetections: [TextDetection]?
    public var textModelVersion: String?
    enum CodingKeys: String, CodingKey { case textDetections = "TextDetections", textModelVersion = "TextModelVersion" }
}

struct RecognizeCelebritiesInput: Encodable, Sendable {
    var image: RekognitionImage
    enum CodingKeys: String, CodingKey { case image = "Image" }
}

/// Output of RecognizeCelebrities.
public struct RecognizeCelebritiesOutput: Decodable, Sendable, Equatable {
    public var celebrityFaces: [Celebrity]?
    public var unrecognizedFaces: [ComparedFace]?
    public var orientationCorrection: String?
    enum CodingKeys: String, CodingKey {
        case celebrityFaces = "CelebrityFaces", unrecognizedFaces = "UnrecognizedFaces"
        case orientationCorrection = "OrientationCorrection"
    }
}
