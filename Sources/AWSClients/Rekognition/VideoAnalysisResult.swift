/// A detection a `Get…` video operation lists, and the response member that holds the list.
public protocol VideoDetection: Codable, Sendable, Equatable {
    /// `ModerationLabels`, `Segments`, `Labels`, `Faces` or `Celebrities`.
    static var listKey: String { get }
}

extension ContentModerationDetection: VideoDetection { public static var listKey: String { "ModerationLabels" } }
extension SegmentDetection: VideoDetection { public static var listKey: String { "Segments" } }
extension LabelDetection: VideoDetection { public static var listKey: String { "Labels" } }
extension FaceDetection: VideoDetection { public static var listKey: String { "Faces" } }
extension CelebrityRecognition: VideoDetection { public static var listKey: String { "Celebrities" } }

/// A page (or, from the collecting helpers, all pages) of a video analysis job's results.
public struct VideoAnalysisResult<Detection: VideoDetection>: Decodable, Sendable, Equatable {
    public var jobId: String?
    public var jobStatus: VideoJobStatus?
    /// Why the job failed.
    public var statusMessage: String?
    /// The video's properties (GetSegmentDetection lists one per stream; the others give one).
    public var videoMetadata: [VideoMetadata]
    public var audioMetadata: [AudioMetadata]?
    public var detections: [Detection]
    /// Set while more pages remain; `nil` once collected.
    public var nextToken: String?
    /// `ModerationModelVersion` or `LabelModelVersion`, when the operation reports one.
    public var modelVersion: String?
    public var jobTag: String?
    public var video: RekognitionVideo?

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        jobId = try container.decodeIfPresent(String.self, forKey: Key("JobId"))
        jobStatus = try container.decodeIfPresent(VideoJobStatus.self, forKey: Key("JobStatus"))
        statusMessage = try container.decodeIfPresent(String.self, forKey: Key("StatusMessage"))
        if let list = try? container.decodeIfPresent([VideoMetadata].self, forKey: Key("VideoMetadata")) {
            videoMetadata = list
        } else {
            videoMetadata = try container.decodeIfPresent(VideoMetadata.self, forKey: Key("VideoMetadata")).map { [$0] } ?? []
        }
        audioMetadata = try container.decodeIfPresent([AudioMetadata].self, forKey: Key("AudioMetadata"))
        detections = try container.decodeIfPresent([Detection].self, forKey: Key(Detection.listKey)) ?? []
        nextToken = try container.decodeIfPresent(String.self, forKey: Key("NextToken"))
        modelVersion = try container.decodeIfPresent(String.self, forKey: Key("ModerationModelVersion"))
            ?? container.decodeIfPresent(String.self, forKey: Key("LabelModelVersion"))
        jobTag = try container.decodeIfPresent(String.self, forKey: Key("JobTag"))
        video = try container.decodeIfPresent(RekognitionVideo.self, forKey: Key("Video"))
    }
}

/// How `Get…` orders results: `TIMESTAMP`, `NAME` (moderation, labels) or `ID` (celebrities).
public struct VideoResultsSortBy: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let timestamp = Self(rawValue: "TIMESTAMP"), name = Self(rawValue: "NAME"), id = Self(rawValue: "ID")
}

/// How moderation and label results are grouped: per `TIMESTAMPS` or over `SEGMENTS`.
public struct VideoResultsAggregateBy: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let timestamps = Self(rawValue: "TIMESTAMPS"), segments = Self(rawValue: "SEGMENTS")
}

/// `Get…` paging and ordering.
public struct VideoResultsQuery: Sendable, Equatable {
    /// Results per page (Rekognition's default and maximum is 1,000).
    public var maxResults: Int?
    public var nextToken: String?
    public var sortBy: VideoResultsSortBy?
    public var aggregateBy: VideoResultsAggregateBy?

    public init(
        maxResults: Int? = nil, nextToken: String? = nil, sortBy: VideoResultsSortBy? = nil,
        aggregateBy: VideoResultsAggregateBy? = nil
    ) {
        self.maxResults = maxResults
        self.nextToken = nextToken
        self.sortBy = sortBy
        self.aggregateBy = aggregateBy
    }
}

struct GetVideoJobInput: Encodable, Sendable {
    var jobId: String
    var maxResults: Int?
    var nextToken: String?
    var sortBy: VideoResultsSortBy?
    var aggregateBy: VideoResultsAggregateBy?
    enum CodingKeys: String, CodingKey {
        case jobId = "JobId", maxResults = "MaxResults", nextToken = "NextToken", sortBy = "SortBy"
        case aggregateBy = "AggregateBy"
    }
}
