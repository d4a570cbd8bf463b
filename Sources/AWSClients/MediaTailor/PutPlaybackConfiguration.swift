extension MediaTailor {
    /// Input of PutPlaybackConfiguration.
    public struct PutPlaybackConfigurationInput: Encodable, Sendable, Equatable {
        /// The configuration's identifier; also the last path segment of its endpoints.
        public var name: String
        /// The VAST/VMAP ad decision server URL with its `[player_params.*]`/`[session.*]` placeholders
        /// (at most 25,000 characters).
        public var adDecisionServerUrl: String?
        /// The origin URL prefix, minus the asset id (at most 512 characters).
        public var videoContentSourceUrl: String?
        /// A high-quality video asset that fills unfilled ad time.
        public var slateAdUrl: String?
        public var cdnConfiguration: CdnConfiguration?
        public var dashConfiguration: DashConfigurationForPut?
        public var manifestProcessingRules: ManifestProcessingRules?
        /// The longest underfilled ad time, in seconds, before a break is left unpersonalised (at least 1).
        public var personalizationThresholdSeconds: Int?
        public var availSuppression: AvailSuppression?
        public var bumper: Bumper?
        public var livePreRollConfiguration: LivePreRollConfiguration?
        /// The transcode profile for an ADS that MediaTailor does not transcode for itself.
        public var transcodeProfileName: String?
        public var insertionMode: InsertionMode?
        public var tags: [String: String]?

        public init(
            name: String, adDecisionServerUrl: String? = nil, videoContentSourceUrl: String? = nil, slateAdUrl: String? = nil,
            cdnConfiguration: CdnConfiguration? = nil, dashConfiguration: DashConfigurationForPut? = nil,
            manifestProcessingRules: ManifestProcessingRules? = nil, personalizationThresholdSeconds: Int? = nil,
            availSuppression: AvailSuppression? = nil, bumper: Bumper? = nil, livePreRollConfiguration: LivePreRollConfiguration? = nil,
            transcodeProfileName: String? = nil, insertionMode: InsertionMode? = nil, tags: [String: String]? = nil
        ) {
            self.name = name
            self.adDecisionServerUrl = adDecisionServerUrl
            self.videoContentSourceUrl = videoContentSourceUrl
            self.slateAdUrl = slateAdUrl
            self.cdnConfiguration = cdnConfiguration
            self.dashConfiguration = dashConfiguration
            self.manifestProcessingRules = manifestProcessingRules
            self.personalizationThresholdSeconds = personalizationThresholdSeconds
            self.availSuppression = availSuppression
            self.bumper = bumper
            self.livePreRollConfiguration = livePreRollConfiguration
            self.transcodeProfileName = transcodeProfileName
            self.insertionMode = insertionMode
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey {
            case name = "Name", adDecisionServerUrl = "AdDecisionServerUrl", videoContentSourceUrl = "VideoContentSourceUrl"
            case slateAdUrl = "SlateAdUrl", cdnConfiguration = "CdnConfiguration", dashConfiguration = "DashConfiguration"
            case manifestProcessingRules = "ManifestProcessingRules"
            case personalizationThresholdSeconds = "PersonalizationThresholdSeconds", availSuppression = "AvailSuppression"
            case bumper = "Bumper", livePreRollConfiguration = "LivePreRollConfiguration"
            case transcodeProfileName = "TranscodeProfileName", insertionMode = "InsertionMode", tags
        }

        func validate() throws(ClientInputError) {
            let operation = "PutPlaybackConfiguration"
            if name.isEmpty { throw .missingField(operation, "Name") }
            if let url = adDecisionServerUrl, url.count > MediaTailorClient.maximumAdDecisionServerURLLength {
                throw .tooLarge(operation, "AdDecisionServerUrl", size: url.count,
                                limit: MediaTailorClient.maximumAdDecisionServerURLLength, unit: "characters")
            }
            if let url = livePreRollConfiguration?.adDecisionServerUrl, url.count > MediaTailorClient.maximumAdDecisionServerURLLength {
                throw .tooLarge(operation, "LivePreRollConfiguration.AdDecisionServerUrl", size: url.count,
                                limit: MediaTailorClient.maximumAdDecisionServerURLLength, unit: "characters")
            }
            if let url = videoContentSourceUrl, url.count > MediaTailorClient.maximumVideoContentSourceURLLength {
                throw .tooLarge(operation, "VideoContentSourceUrl", size: url.count,
                                limit: MediaTailorClient.maximumVideoContentSourceURLLength, unit: "characters")
            }
            if let seconds = personalizationThresholdSeconds, seconds < 1 {
                throw .invalidValue(operation, "PersonalizationThresholdSeconds", "is \(seconds); the service accepts 1 or more")
            }
        }
    }

    /// A playback configuration as PutPlaybackConfiguration and GetPlaybackConfiguration answer it.
    public struct PlaybackConfiguration: Decodable, Sendable, Equatable {
        public var name: String?
        public var playbackConfigurationArn: String?
        public var adDecisionServerUrl: String?
        public var videoContentSourceUrl: String?
        public var slateAdUrl: String?
        /// HLS: `ManifestEndpointPrefix` is where players fetch `<prefix><asset>.m3u8`.
        public var hlsConfiguration: HlsConfiguration?
        public var dashConfiguration: DashConfiguration?
        /// The URL prefix for server-side and client-side reporting sessions' playback.
        public var playbackEndpointPrefix: String?
        /// The URL prefix players call to start a session.
        public var sessionInitializationEndpointPrefix: String?
        public var cdnConfiguration: CdnConfiguration?
        public var manifestProcessingRules: ManifestProcessingRules?
        public var personalizationThresholdSeconds: Int?
        public var availSuppression: AvailSuppression?
        public var bumper: Bumper?
        public var livePreRollConfiguration: LivePreRollConfiguration?
        public var transcodeProfileName: String?
        public var insertionMode: InsertionMode?
        public var tags: [String: String]?

        enum CodingKeys: String, CodingKey {
            case name = "Name", playbackConfigurationArn = "PlaybackConfigurationArn", adDecisionServerUrl = "AdDecisionServerUrl"
            case videoContentSourceUrl = "VideoContentSourceUrl", slateAdUrl = "SlateAdUrl", hlsConfiguration = "HlsConfiguration"
            case dashConfiguration = "DashConfiguration", playbackEndpointPrefix = "PlaybackEndpointPrefix"
            case sessionInitializationEndpointPrefix = "SessionInitializationEndpointPrefix"
            case cdnConfiguration = "CdnConfiguration", manifestProcessingRules = "ManifestProcessingRules"
            case personalizationThresholdSeconds = "PersonalizationThresholdSeconds", availSuppression = "AvailSuppression"
            case bumper = "Bumper", livePreRollConfiguration = "LivePreRollConfiguration"
            case transcodeProfileName = "TranscodeProfileName", insertionMode = "InsertionMode", tags
        }
    }
}
