extension MediaConvert {
    /// Input of CreateJob: the IAM role MediaConvert assumes, the job settings and the job-level options.
    public struct CreateJobInput: Encodable, Sendable, Equatable {
        /// The ARN of the IAM role that lets MediaConvert read the inputs and write the outputs.
        public var role: String
        public var settings: JobSettings
        /// A queue name or ARN; the account's Default queue when `nil`.
        public var queue: String?
        /// Key-value pairs echoed back on the job and its events (job id, use case, owner).
        public var userMetadata: [String: String]?
        /// Idempotency token (at most 64 ASCII characters): a retry with the same token within a minute
        /// returns the first job instead of starting a second one.
        public var clientRequestToken: String?
        /// How often MediaConvert sends STATUS_UPDATE events to EventBridge.
        public var statusUpdateInterval: StatusUpdateInterval?
        public var tags: [String: String]?
        public var accelerationSettings: AccelerationSettings?
        /// -50...50; higher runs first within the queue.
        public var priority: Int?

        public init(
            role: String, settings: JobSettings, queue: String? = nil, userMetadata: [String: String]? = nil,
            clientRequestToken: String? = nil, statusUpdateInterval: StatusUpdateInterval? = nil,
            tags: [String: String]? = nil, accelerationSettings: AccelerationSettings? = nil, priority: Int? = nil
        ) {
            self.role = role
            self.settings = settings
            self.queue = queue
            self.userMetadata = userMetadata
            self.clientRequestToken = clientRequestToken
            self.statusUpdateInterval = statusUpdateInterval
            self.tags = tags
            self.accelerationSettings = accelerationSettings
            self.priority = priority
        }

        enum CodingKeys: String, CodingKey {
            case role, settings, queue, userMetadata, clientRequestToken, statusUpdateInterval, tags
            case accelerationSettings, priority
        }

        /// The longest client request token the service accepts (the model's documentation: 64 ASCII characters).
        public static let maximumClientRequestTokenLength = 64

        func validate() throws(ClientInputError) {
            let operation = "CreateJob"
            if role.isEmpty { throw .missingField(operation, "Role") }
            if let token = clientRequestToken, token.utf8.count > Self.maximumClientRequestTokenLength {
                throw .tooLarge(operation, "ClientRequestToken", size: token.utf8.count,
                                limit: Self.maximumClientRequestTokenLength, unit: "characters")
            }
            if let priority, !(-50...50).contains(priority) {
                throw .invalidValue(operation, "Priority", "is \(priority); the service accepts -50...50")
            }
            try settings.validate(operation)
        }
    }

    /// Accelerated transcoding: ENABLED fails jobs that cannot be accelerated, PREFERRED falls back.
    public struct AccelerationSettings: Codable, Sendable, Equatable {
        public enum Mode: String, Codable, Sendable { case disabled = "DISABLED", enabled = "ENABLED", preferred = "PREFERRED" }
        public var mode: Mode
        public init(mode: Mode) { self.mode = mode }
        enum CodingKeys: String, CodingKey { case mode }
    }

    /// How often MediaConvert reports progress while a job runs.
    public enum StatusUpdateInterval: String, Codable, Sendable {
        case seconds10 = "SECONDS_10", seconds12 = "SECONDS_12", seconds15 = "SECONDS_15", seconds20 = "SECONDS_20"
        case seconds30 = "SECONDS_30", seconds60 = "SECONDS_60", seconds120 = "SECONDS_120", seconds180 = "SECONDS_180"
        case seconds240 = "SECONDS_240", seconds300 = "SECONDS_300", seconds360 = "SECONDS_360"
        case seconds420 = "SECONDS_420", seconds480 = "SECONDS_480", seconds540 = "SECONDS_540", seconds600 = "SECONDS_600"
    }
}

extension MediaConvert.JobSettings {
    /// Refuses settings the service would reject for want of an input or an output, naming the field.
    func validate(_ operation: String) throws(ClientInputError) {
        if inputs.isEmpty { throw .missingField(operation, "Settings.Inputs") }
        for (index, input) in inputs.enumerated() {
            let field = "Settings.Inputs[\(index)]"
            if input.fileInput.isEmpty { throw .missingField(operation, "\(field).FileInput") }
            if input.fileInput.utf8.count > 2048 {
                throw .tooLarge(operation, "\(field).FileInput", size: input.fileInput.utf8.count, limit: 2048, unit: "characters")
            }
            for (clipIndex, clip) in (input.inputClippings ?? []).enumerated()
            where (clip.startTimecode ?? "").isEmpty && (clip.endTimecode ?? "").isEmpty {
                throw .invalidValue(operation, "\(field).InputClippings[\(clipIndex)]",
                                    "needs a StartTimecode or an EndTimecode (HH:MM:SS:FF)")
            }
        }
        if outputGroups.isEmpty { throw .missingField(operation, "Settings.OutputGroups") }
        for (index, group) in outputGroups.enumerated() where group.outputs.isEmpty {
            throw .missingField(operation, "Settings.OutputGroups[\(index)].Outputs")
        }
    }
}
