/// `IN_PROGRESS`, `SUCCEEDED` or `FAILED`; other values decode as-is.
public struct VideoJobStatus: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let inProgress = Self(rawValue: "IN_PROGRESS"), succeeded = Self(rawValue: "SUCCEEDED")
    public static let failed = Self(rawValue: "FAILED")
}

/// The analysed video's properties.
public struct VideoMetadata: Codable, Sendable, Equatable {
    public var codec: String?
    public var durationMillis: Int64?
    public var format: String?
    public var frameRate: Double?
    public var frameHeight: Int64?
    public var frameWidth: Int64?
    public var colorRange: String?
    enum CodingKeys: String, CodingKey {
        case codec = "Codec", durationMillis = "DurationMillis", format = "Format", frameRate = "FrameRate"
        case frameHeight = "FrameHeight", frameWidth = "FrameWidth", colorRange = "ColorRange"
    }
}

/// The analysed video's audio properties (segment detection).
public struct AudioMetadata: Codable, Sendable, Equatable {
    public var codec: String?
    public var durationMillis: Int64?
    public var sampleRate: Int64?
    public var numberOfChannels: Int64?
    enum CodingKeys: String, CodingKey {
        case codec = "Codec", durationMillis = "DurationMillis", sampleRate = "SampleRate", numberOfChannels = "NumberOfChannels"
    }
}

/// A moderation label found at a time (ms from the start of the video).
public struct ContentModerationDetection: Codable, Sendable, Equatable {
    public var timestamp: Int64?
    public var moderationLabel: ModerationLabel?
    public var startTimestampMillis: Int64?
    public var endTimestampMillis: Int64?
    public var durationMillis: Int64?
    public var contentTypes: [ModerationContentType]?
    enum CodingKeys: String, CodingKey {
        case timestamp = "Timestamp", moderationLabel = "ModerationLabel", startTimestampMillis = "StartTimestampMillis"
        case endTimestampMillis = "EndTimestampMillis", durationMillis = "DurationMillis", contentTypes = "ContentTypes"
    }
}

/// A shot or technical cue, with its time span in ms, SMPTE timecodes and frames.
public struct SegmentDetection: Codable, Sendable, Equatable {
    /// A technical cue: `ColorBars`, `EndCredits`, `BlackFrames`, `OpeningCredits`, `StudioLogo`, `Slate`, `Content`.
    public struct TechnicalCue: Codable, Sendable, Equatable {
        public var type: String?
        public var confidence: Double?
        enum CodingKeys: String, CodingKey { case type = "Type", confidence = "Confidence" }
    }

    /// A shot: its index in the video and confidence.
    public struct Shot: Codable, Sendable, Equatable {
        public var index: Int64?
        public var confidence: Double?
        enum CodingKeys: String, CodingKey { case index = "Index", confidence = "Confidence" }
    }

    public var type: SegmentType?
    public var startTimestampMillis: Int64?
    public var endTimestampMillis: Int64?
    public var durationMillis: Int64?
    public var startTimecodeSMPTE: String?
    public var endTimecodeSMPTE: String?
    public var durationSMPTE: String?
    public var technicalCueSegment: TechnicalCue?
    public var shotSegment: Shot?
    public var startFrameNumber: Int64?
    public var endFrameNumber: Int64?
    public var durationFrames: Int64?

    enum CodingKeys: String, CodingKey {
        case type = "Type", startTimestampMillis = "StartTimestampMillis", endTimestampMillis = "EndTimestampMillis"
        case durationMillis = "DurationMillis", startTimecodeSMPTE = "StartTimecodeSMPTE"
        case endTimecodeSMPTE = "EndTimecodeSMPTE", durationSMPTE = "DurationSMPTE"
        case technicalCueSegment = "TechnicalCueSegment", shotSegment = "ShotSegment"
        case startFrameNumber = "StartFrameNumber", endFrameNumber = "EndFrameNumber", durationFrames = "DurationFrames"
    }
}

/// A label found at a time (ms), or over a span when aggregated by segments.
public struct LabelDetection: Codable, Sendable, Equatable {
    public var timestamp: Int64?
    public var label: RekognitionLabel?
    public var startTimestampMillis: Int64?
    public var endTimestampMillis: Int64?
    public var durationMillis: Int64?
    enum CodingKeys: String, CodingKey {
        case timestamp = "Timestamp", label = "Label", startTimestampMillis = "StartTimestampMillis"
        case endTimestampMillis = "EndTimestampMillis", durationMillis = "DurationMillis"
    }
}

/// A face found at a time (ms).
public struct FaceDetection: Codable, Sendable, Equatable {
    public var timestamp: Int64?
    public var face: FaceDetail?
    enum CodingKeys: String, CodingKey { case timestamp = "Timestamp", face = "Face" }
}

/// A celebrity recognised at a time (ms).
public struct CelebrityRecognition: Codable, Sendable, Equatable {
    /// The celebrity and the face Rekognition matched.
    public struct Detail: Codable, Sendable, Equatable {
        public var urls: [String]?
        public var name: String?
        public var id: String?
        public var confidence: Double?
        public var boundingBox: BoundingBox?
        public var face: FaceDetail?
        public var knownGender: KnownGender?
        enum CodingKeys: String, CodingKey {
            case urls = "Urls", name = "Name", id = "Id", confidence = "Confidence", boundingBox = "BoundingBox"
            case face = "Face", knownGender = "KnownGender"
        }
    }

    public var timestamp: Int64?
    public var celebrity: Detail?
    enum CodingKeys: String, CodingKey { case timestamp = "Timestamp", celebrity = "Celebrity" }
}
