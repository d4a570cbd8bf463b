extension MediaConvert {
    /// A package of outputs written together: an HLS ladder, or plain files.
    public struct OutputGroup: Encodable, Sendable, Equatable {
        public var name: String?
        public var customName: String?
        public var outputGroupSettings: OutputGroupSettings
        public var outputs: [Output]

        public init(name: String? = nil, customName: String? = nil, outputGroupSettings: OutputGroupSettings, outputs: [Output]) {
            self.name = name
            self.customName = customName
            self.outputGroupSettings = outputGroupSettings
            self.outputs = outputs
        }

        enum CodingKeys: String, CodingKey { case name, customName, outputGroupSettings, outputs }
    }

    /// The group's type and the settings of that type.
    public struct OutputGroupSettings: Encodable, Sendable, Equatable {
        public enum GroupType: String, Codable, Sendable { case hls = "HLS_GROUP_SETTINGS", file = "FILE_GROUP_SETTINGS" }

        public var type: GroupType
        public var hlsGroupSettings: HlsGroupSettings?
        public var fileGroupSettings: FileGroupSettings?

        /// An HLS group.
        public static func hls(_ settings: HlsGroupSettings) -> OutputGroupSettings {
            OutputGroupSettings(type: .hls, hlsGroupSettings: settings, fileGroupSettings: nil)
        }

        /// A file group.
        public static func file(_ settings: FileGroupSettings) -> OutputGroupSettings {
            OutputGroupSettings(type: .file, hlsGroupSettings: nil, fileGroupSettings: settings)
        }

        enum CodingKeys: String, CodingKey { case type, hlsGroupSettings, fileGroupSettings }
    }

    /// HLS packaging: where the manifests and segments go and how long segments are.
    public struct HlsGroupSettings: Encodable, Sendable, Equatable {
        public enum SegmentControl: String, Codable, Sendable { case singleFile = "SINGLE_FILE", segmentedFiles = "SEGMENTED_FILES" }
        public enum DirectoryStructure: String, Codable, Sendable {
            case singleDirectory = "SINGLE_DIRECTORY", subdirectoryPerStream = "SUBDIRECTORY_PER_STREAM"
        }
        public enum ManifestDurationFormat: String, Codable, Sendable { case floatingPoint = "FLOATING_POINT", integer = "INTEGER" }
        public enum CaptionLanguageSetting: String, Codable, Sendable { case insert = "INSERT", omit = "OMIT", none = "NONE" }

        /// `s3://bucket/prefix/name`: the main manifest is `name.m3u8`.
        public var destination: String
        /// Target segment length in seconds.
        public var segmentLength: Int
        /// Minimum segment length in seconds (0 lets MediaConvert cut where it must).
        public var minSegmentLength: Int
        public var segmentControl: SegmentControl?
        public var directoryStructure: DirectoryStructure?
        public var manifestDurationFormat: ManifestDurationFormat?
        public var captionLanguageSetting: CaptionLanguageSetting?

        public init(
            destination: String, segmentLength: Int = 6, minSegmentLength: Int = 0, segmentControl: SegmentControl? = .segmentedFiles,
            directoryStructure: DirectoryStructure? = nil, manifestDurationFormat: ManifestDurationFormat? = nil,
            captionLanguageSetting: CaptionLanguageSetting? = nil
        ) {
            self.destination = destination
            self.segmentLength = segmentLength
            self.minSegmentLength = minSegmentLength
            self.segmentControl = segmentControl
            self.directoryStructure = directoryStructure
            self.manifestDurationFormat = manifestDurationFormat
            self.captionLanguageSetting = captionLanguageSetting
        }

        enum CodingKeys: String, CodingKey {
            case destination, segmentLength, minSegmentLength, segmentControl, directoryStructure, manifestDurationFormat
            case captionLanguageSetting
        }
    }

    /// Plain files (MP4, sidecar captions) written under a destination prefix.
    public struct FileGroupSettings: Encodable, Sendable, Equatable {
        /// `s3://bucket/prefix/name`; each output appends its name modifier and extension.
        public var destination: String
        public init(destination: String) { self.destination = destination }
        enum CodingKeys: String, CodingKey { case destination }
    }

    /// One output: a container holding video, audio and captions streams.
    public struct Output: Encodable, Sendable, Equatable {
        /// Appended to the destination's file name, e.g. `_720p`.
        public var nameModifier: String?
        /// The file extension without a dot, e.g. `srt`; MediaConvert picks one when `nil`.
        public var `extension`: String?
        public var containerSettings: ContainerSettings?
        public var videoDescription: VideoDescription?
        public var audioDescriptions: [AudioDescription]?
        public var captionDescriptions: [CaptionDescription]?

        public init(
            nameModifier: String? = nil, extension: String? = nil, containerSettings: ContainerSettings? = nil,
            videoDescription: VideoDescription? = nil, audioDescriptions: [AudioDescription]? = nil,
            captionDescriptions: [CaptionDescription]? = nil
        ) {
            self.nameModifier = nameModifier
            self.extension = `extension`
            self.containerSettings = containerSettings
            self.videoDescription = videoDescription
            self.audioDescriptions = audioDescriptions
            self.captionDescriptions = captionDescriptions
        }

        enum CodingKeys: String, CodingKey {
            case nameModifier, `extension`, containerSettings, videoDescription, audioDescriptions, captionDescriptions
        }
    }

    /// The output's container.
    public struct ContainerSettings: Encodable, Sendable, Equatable {
        /// M3U8 in HLS groups; MP4 for files; RAW for sidecar captions files.
        public enum Container: String, Codable, Sendable { case m3u8 = "M3U8", mp4 = "MP4", mov = "MOV", raw = "RAW" }

        public var container: Container
        public var mp4Settings: Mp4Settings?

        public init(container: Container, mp4Settings: Mp4Settings? = nil) {
            self.container = container
            self.mp4Settings = mp4Settings
        }

        enum CodingKeys: String, CodingKey { case container, mp4Settings }
    }

    /// MP4 options: where the `moov` box goes.
    public struct Mp4Settings: Encodable, Sendable, Equatable {
        public enum MoovPlacement: String, Codable, Sendable { case progressiveDownload = "PROGRESSIVE_DOWNLOAD", normal = "NORMAL" }
        public var moovPlacement: MoovPlacement?
        public init(moovPlacement: MoovPlacement? = nil) { self.moovPlacement = moovPlacement }
        enum CodingKeys: String, CodingKey { case moovPlacement }
    }
}
