/// Where Rekognition announces that a video job finished.
public struct NotificationChannel: Codable, Sendable, Equatable {
    public var snsTopicArn: String
    /// A role that lets Rekognition publish to the topic.
    public var roleArn: String

    public init(snsTopicArn: String, roleArn: String) {
        self.snsTopicArn = snsTopicArn
        self.roleArn = roleArn
    }

    enum CodingKeys: String, CodingKey { case snsTopicArn = "SNSTopicArn", roleArn = "RoleArn" }
}

/// What every `Start…` video operation takes besides its own options.
public struct VideoJobOptions: Sendable, Equatable {
    /// Idempotency token (1–64 of `a-zA-Z0-9-_`): the same token returns the same job.
    public var clientRequestToken: String?
    public var notificationChannel: NotificationChannel?
    /// Your tag for the job, echoed in the completion notification.
    public var jobTag: String?

    public init(clientRequestToken: String? = nil, notificationChannel: NotificationChannel? = nil, jobTag: String? = nil) {
        self.clientRequestToken = clientRequestToken
        self.notificationChannel = notificationChannel
        self.jobTag = jobTag
    }
}

/// Which face attributes face detection returns: `DEFAULT` (box, confidence, pose, quality, landmarks) or `ALL`.
public struct FaceAttributesLevel: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let `default` = Self(rawValue: "DEFAULT"), all = Self(rawValue: "ALL")
}

/// A segment kind: `SHOT` or `TECHNICAL_CUE`.
public struct SegmentType: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let shot = Self(rawValue: "SHOT"), technicalCue = Self(rawValue: "TECHNICAL_CUE")
}

/// Filters of StartSegmentDetection.
public struct SegmentDetectionFilters: Codable, Sendable, Equatable {
    /// Black-frame detection thresholds.
    public struct BlackFrame: Codable, Sendable, Equatable {
        public var maxPixelThreshold: Double?
        public var minCoveragePercentage: Double?
        public init(maxPixelThreshold: Double? = nil, minCoveragePercentage: Double? = nil) {
            self.maxPixelThreshold = maxPixelThreshold
            self.minCoveragePercentage = minCoveragePercentage
        }
        enum CodingKeys: String, CodingKey {
            case maxPixelThreshold = "MaxPixelThreshold", minCoveragePercentage = "MinCoveragePercentage"
        }
    }

    /// Technical cue filter: minimum confidence (50–100) and black-frame thresholds.
    public struct TechnicalCueFilter: Codable, Sendable, Equatable {
        public var minSegmentConfidence: Double?
        public var blackFrame: BlackFrame?
        public init(minSegmentConfidence: Double? = nil, blackFrame: BlackFrame? = nil) {
            self.minSegmentConfidence = minSegmentConfidence
            self.blackFrame = blackFrame
        }
        enum CodingKeys: String, CodingKey { case minSegmentConfidence = "MinSegmentConfidence", blackFrame = "BlackFrame" }
    }

    /// Shot filter: minimum confidence (50–100).
    public struct ShotFilter: Codable, Sendable, Equatable {
        public var minSegmentConfidence: Double?
        public init(minSegmentConfidence: Double? = nil) { self.minSegmentConfidence = minSegmentConfidence }
        enum CodingKeys: String, CodingKey { case minSegmentConfidence = "MinSegmentConfidence" }
    }

    public var technicalCueFilter: TechnicalCueFilter?
    public var shotFilter: ShotFilter?

    public init(technicalCueFilter: TechnicalCueFilter? = nil, shotFilter: ShotFilter? = nil) {
        self.technicalCueFilter = technicalCueFilter
        self.shotFilter = shotFilter
    }

    enum CodingKeys: String, CodingKey { case technicalCueFilter = "TechnicalCueFilter", shotFilter = "ShotFilter" }
}

/// The request body shared by the `Start…` video operations; each sets only its own members.
struct StartVideoJobInput: Encodable, Sendable {
    var video: RekognitionVideo
    var clientRequestToken: String?
    var notificationChannel: NotificationChannel?
    var jobTag: String?
    var minConfidence: Double?
    var segmentTypes: [SegmentType]?
    var filters: SegmentDetectionFilters?
    var faceAttributes: FaceAttributesLevel?
    var features: [DetectLabelsFeature]?

    init(_ video: RekognitionVideo, _ options: VideoJobOptions) {
        self.video = video
        clientRequestToken = options.clientRequestToken
        notificationChannel = options.notificationChannel
        jobTag = options.jobTag
    }

    enum CodingKeys: String, CodingKey {
        case video = "Video", clientRequestToken = "ClientRequestToken", notificationChannel = "NotificationChannel"
        case jobTag = "JobTag", minConfidence = "MinConfidence", segmentTypes = "SegmentTypes", filters = "Filters"
        case faceAttributes = "FaceAttributes", features = "Features"
    }

    func validate(_ operation: String) throws(ClientInputError) {
        try video.s3Object.validate(operation, "Video.S3Object")
        if let token = clientRequestToken {
            if token.isEmpty || token.count > 64 || !token.unicodeScalars.allSatisfy(Self.isTokenCharacter) {
                throw .invalidValue(operation, "ClientRequestToken", "must be 1-64 characters from a-z, A-Z, 0-9, '-' and '_'")
            }
        }
        if let channel = notificationChannel {
            if channel.snsTopicArn.isEmpty { throw .missingField(operation, "NotificationChannel.SNSTopicArn") }
            if channel.roleArn.isEmpty { throw .missingField(operation, "NotificationChannel.RoleArn") }
        }
    }

    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": true
        default: false
        }
    }
}

struct StartVideoJobOutput: Decodable, Sendable {
    var jobId: String
    enum CodingKeys: String, CodingKey { case jobId = "JobId" }
}
