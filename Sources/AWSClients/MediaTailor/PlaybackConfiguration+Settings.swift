extension MediaTailor {
    /// STITCHED_ONLY: ads stitched into the stream; PLAYER_SELECT: players may choose guided ad insertion.
    public enum InsertionMode: String, Codable, Sendable { case stitchedOnly = "STITCHED_ONLY", playerSelect = "PLAYER_SELECT" }

    /// CDN prefixes MediaTailor writes into manifests for content and ad segments.
    public struct CdnConfiguration: Codable, Sendable, Equatable {
        public var adSegmentUrlPrefix: String?
        public var contentSegmentUrlPrefix: String?
        public init(adSegmentUrlPrefix: String? = nil, contentSegmentUrlPrefix: String? = nil) {
            self.adSegmentUrlPrefix = adSegmentUrlPrefix
            self.contentSegmentUrlPrefix = contentSegmentUrlPrefix
        }
        enum CodingKeys: String, CodingKey { case adSegmentUrlPrefix = "AdSegmentUrlPrefix", contentSegmentUrlPrefix = "ContentSegmentUrlPrefix" }
    }

    /// DASH options sent with PutPlaybackConfiguration.
    public struct DashConfigurationForPut: Codable, Sendable, Equatable {
        public enum OriginManifestType: String, Codable, Sendable { case singlePeriod = "SINGLE_PERIOD", multiPeriod = "MULTI_PERIOD" }
        /// `DISABLED` or `EMT_DEFAULT` (the default), per the model documentation.
        public var mpdLocation: String?
        public var originManifestType: OriginManifestType?
        public init(mpdLocation: String? = nil, originManifestType: OriginManifestType? = nil) {
            self.mpdLocation = mpdLocation
            self.originManifestType = originManifestType
        }
        enum CodingKeys: String, CodingKey { case mpdLocation = "MpdLocation", originManifestType = "OriginManifestType" }
    }

    /// DASH settings as the service reports them, with the manifest endpoint prefix.
    public struct DashConfiguration: Decodable, Sendable, Equatable {
        public var manifestEndpointPrefix: String?
        public var mpdLocation: String?
        public var originManifestType: DashConfigurationForPut.OriginManifestType?
        enum CodingKeys: String, CodingKey {
            case manifestEndpointPrefix = "ManifestEndpointPrefix", mpdLocation = "MpdLocation", originManifestType = "OriginManifestType"
        }
    }

    /// HLS settings as the service reports them.
    public struct HlsConfiguration: Decodable, Sendable, Equatable {
        /// Players request `<prefix><asset id>.m3u8`.
        public var manifestEndpointPrefix: String?
        enum CodingKeys: String, CodingKey { case manifestEndpointPrefix = "ManifestEndpointPrefix" }
    }

    /// Manifest rules: pass the origin's ad markers through to the personalised manifest.
    public struct ManifestProcessingRules: Codable, Sendable, Equatable {
        public struct AdMarkerPassthrough: Codable, Sendable, Equatable {
            public var enabled: Bool?
            public init(enabled: Bool? = nil) { self.enabled = enabled }
            enum CodingKeys: String, CodingKey { case enabled = "Enabled" }
        }

        public var adMarkerPassthrough: AdMarkerPassthrough?
        public init(adMarkerPassthrough: AdMarkerPassthrough? = nil) { self.adMarkerPassthrough = adMarkerPassthrough }
        enum CodingKeys: String, CodingKey { case adMarkerPassthrough = "AdMarkerPassthrough" }
    }

    /// Live ad suppression relative to the live edge.
    public struct AvailSuppression: Codable, Sendable, Equatable {
        public enum Mode: String, Codable, Sendable { case off = "OFF", behindLiveEdge = "BEHIND_LIVE_EDGE", afterLiveEdge = "AFTER_LIVE_EDGE" }
        public enum FillPolicy: String, Codable, Sendable { case fullAvailOnly = "FULL_AVAIL_ONLY", partialAvail = "PARTIAL_AVAIL" }
        public var mode: Mode?
        /// A live-edge offset as `HH:MM:SS`.
        public var value: String?
        public var fillPolicy: FillPolicy?
        public init(mode: Mode? = nil, value: String? = nil, fillPolicy: FillPolicy? = nil) {
            self.mode = mode
            self.value = value
            self.fillPolicy = fillPolicy
        }
        enum CodingKeys: String, CodingKey { case mode = "Mode", value = "Value", fillPolicy = "FillPolicy" }
    }

    /// Short clips played at the start and end of each ad break.
    public struct Bumper: Codable, Sendable, Equatable {
        public var startUrl: String?
        public var endUrl: String?
        public init(startUrl: String? = nil, endUrl: String? = nil) {
            self.startUrl = startUrl
            self.endUrl = endUrl
        }
        enum CodingKeys: String, CodingKey { case startUrl = "StartUrl", endUrl = "EndUrl" }
    }

    /// A pre-roll ad break at the start of live sessions.
    public struct LivePreRollConfiguration: Codable, Sendable, Equatable {
        public var adDecisionServerUrl: String?
        public var maxDurationSeconds: Int?
        public init(adDecisionServerUrl: String? = nil, maxDurationSeconds: Int? = nil) {
            self.adDecisionServerUrl = adDecisionServerUrl
            self.maxDurationSeconds = maxDurationSeconds
        }
        enum CodingKeys: String, CodingKey { case adDecisionServerUrl = "AdDecisionServerUrl", maxDurationSeconds = "MaxDurationSeconds" }
    }
}
