/// Input of StartDocumentTextDetection.
public struct StartDocumentTextDetectionInput: Encodable, Sendable, Equatable {
    /// The document in S3.
    public var documentLocation: TextractS3Object
    /// The same token always returns the same job id, so a retry never starts a second job.
    public var clientRequestToken: String?
    /// Included in the completion notification, e.g. the kind of document.
    public var jobTag: String?
    public var notificationChannel: NotificationChannel?
    public var outputConfig: OutputConfig?
    public var kmsKeyId: String?

    public init(
        documentLocation: TextractS3Object, clientRequestToken: String? = nil, jobTag: String? = nil,
        notificationChannel: NotificationChannel? = nil, outputConfig: OutputConfig? = nil, kmsKeyId: String? = nil
    ) {
        self.documentLocation = documentLocation
        self.clientRequestToken = clientRequestToken
        self.jobTag = jobTag
        self.notificationChannel = notificationChannel
        self.outputConfig = outputConfig
        self.kmsKeyId = kmsKeyId
    }

    enum CodingKeys: String, CodingKey {
        case documentLocation = "DocumentLocation", clientRequestToken = "ClientRequestToken", jobTag = "JobTag"
        case notificationChannel = "NotificationChannel", outputConfig = "OutputConfig", kmsKeyId = "KMSKeyId"
    }

    enum LocationKeys: String, CodingKey { case s3Object = "S3Object" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var location = container.nestedContainer(keyedBy: LocationKeys.self, forKey: .documentLocation)
        try location.encode(documentLocation, forKey: .s3Object)
        try container.encodeIfPresent(clientRequestToken, forKey: .clientRequestToken)
        try container.encodeIfPresent(jobTag, forKey: .jobTag)
        try container.encodeIfPresent(notificationChannel, forKey: .notificationChannel)
        try container.encodeIfPresent(outputConfig, forKey: .outputConfig)
        try container.encodeIfPresent(kmsKeyId, forKey: .kmsKeyId)
    }

    func validate() throws(ClientInputError) {
        try documentLocation.validate("StartDocumentTextDetection", field: "DocumentLocation.S3Object")
        if clientRequestToken?.isEmpty == true { throw .missingField("StartDocumentTextDetection", "ClientRequestToken") }
        if let notificationChannel {
            if notificationChannel.snsTopicArn.isEmpty { throw .missingField("StartDocumentTextDetection", "NotificationChannel.SNSTopicArn") }
            if notificationChannel.roleArn.isEmpty { throw .missingField("StartDocumentTextDetection", "NotificationChannel.RoleArn") }
        }
        if outputConfig?.s3Bucket.isEmpty == true { throw .missingField("StartDocumentTextDetection", "OutputConfig.S3Bucket") }
    }

    /// The SNS topic Textract posts the completion status to, and the role that lets it publish there.
    public struct NotificationChannel: Codable, Sendable, Equatable {
        public var snsTopicArn: String
        public var roleArn: String
        public init(snsTopicArn: String, roleArn: String) {
            self.snsTopicArn = snsTopicArn
            self.roleArn = roleArn
        }
        enum CodingKeys: String, CodingKey { case snsTopicArn = "SNSTopicArn", roleArn = "RoleArn" }
    }

    /// Where Textract also writes the results: a bucket and a key prefix (default `textract_output`).
    public struct OutputConfig: Codable, Sendable, Equatable {
        public var s3Bucket: String
        public var s3Prefix: String?
        public init(s3Bucket: String, s3Prefix: String? = nil) {
            self.s3Bucket = s3Bucket
            self.s3Prefix = s3Prefix
        }
        enum CodingKeys: String, CodingKey { case s3Bucket = "S3Bucket", s3Prefix = "S3Prefix" }
    }
}

struct StartDocumentTextDetectionOutput: Decodable, Sendable {
    var jobId: String
    enum CodingKeys: String, CodingKey { case jobId = "JobId" }
}

struct GetDocumentTextDetectionInput: Encodable, Sendable {
    var jobId: String
    var maxResults: Int?
    var nextToken: String?
    enum CodingKeys: String, CodingKey { case jobId = "JobId", maxResults = "MaxResults", nextToken = "NextToken" }

    func validate() throws(ClientInputError) {
        if jobId.isEmpty { throw .missingField("GetDocumentTextDetection", "JobId") }
        // botocore: MaxResults has `min` 1; the documentation gives 1,000 as the largest value.
        if let maxResults, !(1...1_000).contains(maxResults) {
            throw .invalidValue("GetDocumentTextDetection", "MaxResults", "must be between 1 and 1,000, got \(maxResults)")
        }
    }
}

/// Output of GetDocumentTextDetection: the job's status and one page of its blocks.
public struct GetDocumentTextDetectionOutput: Decodable, Sendable, Equatable {
    public var jobStatus: JobStatus?
    /// Why the job failed, when it did.
    public var statusMessage: String?
    public var documentMetadata: TextractDocumentMetadata?
    public var blocks: [TextractBlock]
    public var warnings: [Warning]?
    /// Present when more blocks remain.
    public var nextToken: String?
    public var detectDocumentTextModelVersion: String?

    enum CodingKeys: String, CodingKey {
        case jobStatus = "JobStatus", statusMessage = "StatusMessage", documentMetadata = "DocumentMetadata", blocks = "Blocks"
        case warnings = "Warnings", nextToken = "NextToken", detectDocumentTextModelVersion = "DetectDocumentTextModelVersion"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        jobStatus = try container.decodeIfPresent(JobStatus.self, forKey: .jobStatus)
        statusMessage = try container.decodeIfPresent(String.self, forKey: .statusMessage)
        documentMetadata = try container.decodeIfPresent(TextractDocumentMetadata.self, forKey: .documentMetadata)
        blocks = try container.decodeIfPresent([TextractBlock].self, forKey: .blocks) ?? []
        warnings = try container.decodeIfPresent([Warning].self, forKey: .warnings)
        nextToken = try container.decodeIfPresent(String.self, forKey: .nextToken)
        detectDocumentTextModelVersion = try container.decodeIfPresent(String.self, forKey: .detectDocumentTextModelVersion)
    }

    /// `IN_PROGRESS`, `SUCCEEDED`, `FAILED` or `PARTIAL_SUCCESS`.
    public struct JobStatus: RawRepresentable, Codable, Hashable, Sendable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let inProgress = Self(rawValue: "IN_PROGRESS")
        public static let succeeded = Self(rawValue: "SUCCEEDED")
        public static let failed = Self(rawValue: "FAILED")
        public static let partialSuccess = Self(rawValue: "PARTIAL_SUCCESS")
    }

    /// A problem on some pages that did not stop the job.
    public struct Warning: Decodable, Sendable, Equatable {
        public var errorCode: String?
        public var pages: [Int]?
        enum CodingKeys: String, CodingKey { case errorCode = "ErrorCode", pages = "Pages" }
    }
}
