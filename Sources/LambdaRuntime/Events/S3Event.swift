/// An S3 event notification delivered to Lambda: one record per object event.
public struct S3Event: Codable, Sendable, Equatable {
    /// The notification's records.
    public var records: [Record]

    /// Creates an event.
    public init(records: [Record]) { self.records = records }

    private enum CodingKeys: String, CodingKey { case records = "Records" }

    /// One object event.
    public struct Record: Codable, Sendable, Equatable {
        /// The record format version, such as `2.1`.
        public var eventVersion: String
        /// `aws:s3`.
        public var eventSource: String
        /// The bucket's region.
        public var awsRegion: String
        /// When the event happened, ISO 8601 with milliseconds.
        public var eventTime: String
        /// The event, such as `ObjectCreated:Put` (without the `s3:` prefix).
        public var eventName: String
        /// Who caused the event.
        public var userIdentity: UserIdentity?
        /// The request's source address.
        public var requestParameters: RequestParameters?
        /// S3's request ids (`x-amz-request-id`, `x-amz-id-2`).
        public var responseElements: [String: String]?
        /// The bucket and object.
        public var s3: Entity

        /// Creates a record.
        public init(
            eventVersion: String = "2.1", eventSource: String = "aws:s3", awsRegion: String, eventTime: String,
            eventName: String, userIdentity: UserIdentity? = nil, requestParameters: RequestParameters? = nil,
            responseElements: [String: String]? = nil, s3: Entity
        ) {
            self.eventVersion = eventVersion
            self.eventSource = eventSource
            self.awsRegion = awsRegion
            self.eventTime = eventTime
            self.eventName = eventName
            self.userIdentity = userIdentity
            self.requestParameters = requestParameters
            self.responseElements = responseElements
            self.s3 = s3
        }
    }

    /// A principal id as S3 reports it.
    public struct UserIdentity: Codable, Sendable, Equatable {
        /// The principal id.
        public var principalId: String
        /// Creates an identity.
        public init(principalId: String) { self.principalId = principalId }
    }

    /// The request that caused an event.
    public struct RequestParameters: Codable, Sendable, Equatable {
        /// The caller's IP address.
        public var sourceIPAddress: String
        /// Creates request parameters.
        public init(sourceIPAddress: String) { self.sourceIPAddress = sourceIPAddress }
    }

    /// The bucket and object of an event.
    public struct Entity: Codable, Sendable, Equatable {
        /// The notification schema version, `1.0`.
        public var s3SchemaVersion: String?
        /// The notification configuration's id.
        public var configurationId: String?
        /// The bucket.
        public var bucket: Bucket
        /// The object.
        public var object: Object

        /// Creates an entity.
        public init(s3SchemaVersion: String? = "1.0", configurationId: String? = nil, bucket: Bucket, object: Object) {
            self.s3SchemaVersion = s3SchemaVersion
            self.configurationId = configurationId
            self.bucket = bucket
            self.object = object
        }
    }

    /// The bucket of an event.
    public struct Bucket: Codable, Sendable, Equatable {
        /// The bucket's name.
        public var name: String
        /// The bucket owner.
        public var ownerIdentity: UserIdentity?
        /// The bucket's ARN.
        public var arn: String

        /// Creates a bucket.
        public init(name: String, ownerIdentity: UserIdentity? = nil, arn: String) {
            self.name = name
            self.ownerIdentity = ownerIdentity
            self.arn = arn
        }
    }

    /// The object of an event.
    public struct Object: Codable, Sendable, Equatable {
        /// The key as S3 sends it: URL-encoded, with `+` for spaces. Use `decodedKey` to address the object.
        public var key: String
        /// The size in bytes (absent for deletions).
        public var size: Int64?
        /// The ETag (absent for deletions).
        public var eTag: String?
        /// The version id, in versioned buckets.
        public var versionId: String?
        /// Orders the events of one key.
        public var sequencer: String?

        /// Creates an object; `key` is URL-encoded as S3 sends it.
        public init(key: String, size: Int64? = nil, eTag: String? = nil, versionId: String? = nil, sequencer: String? = nil) {
            self.key = key
            self.size = size
            self.eTag = eTag
            self.versionId = versionId
            self.sequencer = sequencer
        }

        /// The object key itself: `+` read as a space, then percent-escapes decoded.
        public var decodedKey: String { PercentDecoding.decode(key, plusAsSpace: true) }
    }
}
