import Foundation

extension MediaConvert {
    /// The body of CreateJob and GetJob answers: `{"job": {...}}`.
    struct JobResponse: Decodable, Sendable {
        var job: Job
    }

    /// A MediaConvert job as CreateJob and GetJob report it (the settings are not decoded).
    public struct Job: Decodable, Sendable, Equatable {
        public var id: String?
        public var arn: String?
        public var status: JobStatus?
        public var currentPhase: JobPhase?
        /// 0...100 while the job is PROGRESSING; absent before and after.
        public var jobPercentComplete: Int?
        /// MediaConvert's numeric error code when the status is ERROR (e.g. 1010 for an unreadable input).
        public var errorCode: Int?
        public var errorMessage: String?
        public var timing: Timing?
        public var outputGroupDetails: [OutputGroupDetail]?
        public var createdAt: Date?
        public var queue: String?
        public var role: String?
        public var clientRequestToken: String?
        public var userMetadata: [String: String]?
        public var retryCount: Int?

        enum CodingKeys: String, CodingKey {
            case id, arn, status, currentPhase, jobPercentComplete, errorCode, errorMessage, timing, outputGroupDetails
            case createdAt, queue, role, clientRequestToken, userMetadata, retryCount
        }
    }

    /// A job's lifecycle state.
    public enum JobStatus: String, Codable, Sendable {
        case submitted = "SUBMITTED", progressing = "PROGRESSING", complete = "COMPLETE", canceled = "CANCELED"
        case error = "ERROR"

        /// True once the job can change no more (COMPLETE, CANCELED or ERROR).
        public var isFinished: Bool { self == .complete || self == .canceled || self == .error }
    }

    /// What a PROGRESSING job is doing.
    public enum JobPhase: String, Codable, Sendable {
        case probing = "PROBING", transcoding = "TRANSCODING", uploading = "UPLOADING"
    }

    /// When the job was submitted, started and finished.
    public struct Timing: Decodable, Sendable, Equatable {
        public var submitTime: Date?
        public var startTime: Date?
        public var finishTime: Date?
        enum CodingKeys: String, CodingKey { case submitTime, startTime, finishTime }
    }

    /// The outputs one output group produced, in the order of the job's outputs.
    public struct OutputGroupDetail: Decodable, Sendable, Equatable {
        public var outputDetails: [OutputDetail]?
        enum CodingKeys: String, CodingKey { case outputDetails }
    }

    /// One output's duration and frame size.
    public struct OutputDetail: Decodable, Sendable, Equatable {
        public struct VideoDetails: Decodable, Sendable, Equatable {
            public var widthInPx: Int?
            public var heightInPx: Int?
            enum CodingKeys: String, CodingKey { case widthInPx, heightInPx }
        }

        public var durationInMs: Int?
        public var videoDetails: VideoDetails?
        enum CodingKeys: String, CodingKey { case durationInMs, videoDetails }
    }
}
