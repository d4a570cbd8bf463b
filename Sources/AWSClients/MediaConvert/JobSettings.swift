extension MediaConvert {
    /// A job's inputs (stitched in order) and the output groups made from them.
    public struct JobSettings: Encodable, Sendable, Equatable {
        public var inputs: [Input]
        public var outputGroups: [OutputGroup]
        public var timecodeConfig: TimecodeConfig?

        public init(inputs: [Input], outputGroups: [OutputGroup], timecodeConfig: TimecodeConfig? = nil) {
            self.inputs = inputs
            self.outputGroups = outputGroups
            self.timecodeConfig = timecodeConfig
        }

        enum CodingKeys: String, CodingKey { case inputs, outputGroups, timecodeConfig }
    }

    /// How timecodes count across the job (the output timeline).
    public struct TimecodeConfig: Encodable, Sendable, Equatable {
        public enum Source: String, Codable, Sendable {
            case embedded = "EMBEDDED", zeroBased = "ZEROBASED", specifiedStart = "SPECIFIEDSTART"
        }

        public var source: Source
        public init(source: Source) { self.source = source }
        enum CodingKeys: String, CodingKey { case source }
    }

    /// One input file, optionally clipped, with its audio and caption selectors.
    public struct Input: Encodable, Sendable, Equatable {
        /// How the input's frames are counted for clipping: EMBEDDED (the default) uses the file's own
        /// timecodes, ZEROBASED counts from 00:00:00:00.
        public enum TimecodeSource: String, Codable, Sendable {
            case embedded = "EMBEDDED", zeroBased = "ZEROBASED", specifiedStart = "SPECIFIEDSTART"
        }

        /// `s3://bucket/key` or an HTTP(S) URL, at most 2,048 characters.
        public var fileInput: String
        /// The portions kept, in order; the whole input when `nil`.
        public var inputClippings: [InputClipping]?
        /// Selectors by name ("Audio Selector 1"); outputs refer to them in `audioSourceName`.
        public var audioSelectors: [String: AudioSelector]?
        /// Selectors by name ("Captions Selector 1"); outputs refer to them in `captionSelectorName`.
        public var captionSelectors: [String: CaptionSelector]?
        public var timecodeSource: TimecodeSource?

        public init(
            fileInput: String, inputClippings: [InputClipping]? = nil, audioSelectors: [String: AudioSelector]? = nil,
            captionSelectors: [String: CaptionSelector]? = nil, timecodeSource: TimecodeSource? = nil
        ) {
            self.fileInput = fileInput
            self.inputClippings = inputClippings
            self.audioSelectors = audioSelectors
            self.captionSelectors = captionSelectors
            self.timecodeSource = timecodeSource
        }

        enum CodingKeys: String, CodingKey {
            case fileInput, inputClippings, audioSelectors, captionSelectors, timecodeSource
        }
    }

    /// A portion of an input, both ends included, as `HH:MM:SS:FF` timecodes (either may be omitted, not both).
    public struct InputClipping: Encodable, Sendable, Equatable {
        public var startTimecode: String?
        public var endTimecode: String?

        public init(startTimecode: String? = nil, endTimecode: String? = nil) {
            self.startTimecode = startTimecode
            self.endTimecode = endTimecode
        }

        enum CodingKeys: String, CodingKey { case startTimecode, endTimecode }
    }

    /// Where an input's audio comes from: its own tracks or an external audio file (dubbing).
    public struct AudioSelector: Encodable, Sendable, Equatable {
        public enum DefaultSelection: String, Codable, Sendable { case `default` = "DEFAULT", notDefault = "NOT_DEFAULT" }
        public enum SelectorType: String, Codable, Sendable {
            case pid = "PID", track = "TRACK", languageCode = "LANGUAGE_CODE", hlsRenditionGroup = "HLS_RENDITION_GROUP"
            case allPCM = "ALL_PCM", stream = "STREAM"
        }

        /// DEFAULT makes this selector the fallback when an output names a selector the input lacks.
        public var defaultSelection: DefaultSelection?
        /// `s3://…` or HTTP(S) URL of an audio file that replaces the input's own audio.
        public var externalAudioFileInput: String?
        public var selectorType: SelectorType?
        /// 1-based track numbers, with `selectorType` TRACK.
        public var tracks: [Int]?
        /// Audio offset in milliseconds relative to the video.
        public var offset: Int?

        public init(
            defaultSelection: DefaultSelection? = nil, externalAudioFileInput: String? = nil,
            selectorType: SelectorType? = nil, tracks: [Int]? = nil, offset: Int? = nil
        ) {
            self.defaultSelection = defaultSelection
            self.externalAudioFileInput = externalAudioFileInput
            self.selectorType = selectorType
            self.tracks = tracks
            self.offset = offset
        }

        enum CodingKeys: String, CodingKey { case defaultSelection, externalAudioFileInput, selectorType, tracks, offset }
    }

    /// A captions source: for sidecar files, the file and its format.
    public struct CaptionSelector: Encodable, Sendable, Equatable {
        /// ISO 639-2/3 three-letter code of the captions' language.
        public var customLanguageCode: String?
        public var sourceSettings: CaptionSourceSettings

        public init(customLanguageCode: String? = nil, sourceSettings: CaptionSourceSettings) {
            self.customLanguageCode = customLanguageCode
            self.sourceSettings = sourceSettings
        }

        enum CodingKeys: String, CodingKey { case customLanguageCode, sourceSettings }
    }

    /// The captions source format and, for sidecar formats, the file.
    public struct CaptionSourceSettings: Encodable, Sendable, Equatable {
        /// Sidecar formats (MediaConvert cannot detect the format; it must be named).
        public enum SourceType: String, Codable, Sendable {
            case srt = "SRT", webVTT = "WEBVTT", scc = "SCC", ttml = "TTML", smpteTT = "SMPTE_TT", stl = "STL", smi = "SMI"
        }

        public var sourceType: SourceType
        public var fileSourceSettings: FileSourceSettings?

        public init(sourceType: SourceType, fileSourceSettings: FileSourceSettings? = nil) {
            self.sourceType = sourceType
            self.fileSourceSettings = fileSourceSettings
        }

        enum CodingKeys: String, CodingKey { case sourceType, fileSourceSettings }
    }

    /// A sidecar captions file and an optional timing shift.
    public struct FileSourceSettings: Encodable, Sendable, Equatable {
        public enum TimeDeltaUnits: String, Codable, Sendable { case seconds = "SECONDS", milliseconds = "MILLISECONDS" }

        /// `s3://…/captions.srt` (or `.vtt`, `.scc`, `.ttml`…) or an HTTP(S) URL.
        public var sourceFile: String
        public var timeDelta: Int?
        public var timeDeltaUnits: TimeDeltaUnits?

        public init(sourceFile: String, timeDelta: Int? = nil, timeDeltaUnits: TimeDeltaUnits? = nil) {
            self.sourceFile = sourceFile
            self.timeDelta = timeDelta
            self.timeDeltaUnits = timeDeltaUnits
        }

        enum CodingKeys: String, CodingKey { case sourceFile, timeDelta, timeDeltaUnits }
    }
}
