extension MediaConvert {
    /// An output's audio stream: which selector feeds it and how it is encoded.
    public struct AudioDescription: Encodable, Sendable, Equatable {
        public enum LanguageCodeControl: String, Codable, Sendable { case followInput = "FOLLOW_INPUT", useConfigured = "USE_CONFIGURED" }

        /// The input's audio selector name, e.g. "Audio Selector 1".
        public var audioSourceName: String?
        public var codecSettings: AudioCodecSettings
        /// A language tag such as `spa` or `en-US`; signalled when `languageCodeControl` is USE_CONFIGURED.
        public var customLanguageCode: String?
        public var languageCodeControl: LanguageCodeControl?
        /// The HLS rendition name (`NAME` in EXT-X-MEDIA), letters, digits and spaces.
        public var streamName: String?

        public init(
            audioSourceName: String? = nil, codecSettings: AudioCodecSettings, customLanguageCode: String? = nil,
            languageCodeControl: LanguageCodeControl? = nil, streamName: String? = nil
        ) {
            self.audioSourceName = audioSourceName
            self.codecSettings = codecSettings
            self.customLanguageCode = customLanguageCode
            self.languageCodeControl = languageCodeControl
            self.streamName = streamName
        }

        enum CodingKeys: String, CodingKey { case audioSourceName, codecSettings, customLanguageCode, languageCodeControl, streamName }
    }

    /// The audio codec and its settings (AAC, or WAV for a RAW-container audio file).
    public struct AudioCodecSettings: Encodable, Sendable, Equatable {
        public enum Codec: String, Codable, Sendable { case aac = "AAC", wav = "WAV" }
        public var codec: Codec
        public var aacSettings: AacSettings?
        public var wavSettings: WavSettings?

        /// AAC with `settings`.
        public static func aac(_ settings: AacSettings) -> AudioCodecSettings { AudioCodecSettings(codec: .aac, aacSettings: settings) }

        /// PCM WAV with `settings` (an output with ContainerSettings RAW; MediaConvert names the file `.wav`).
        public static func wav(_ settings: WavSettings) -> AudioCodecSettings { AudioCodecSettings(codec: .wav, wavSettings: settings) }

        enum CodingKeys: String, CodingKey { case codec, aacSettings, wavSettings }
    }

    /// WAV encoding: bits per sample (16 or 24), channels (0 follows the input; 1, or even up to 64) and sample rate.
    public struct WavSettings: Encodable, Sendable, Equatable {
        public var bitDepth: Int
        public var channels: Int
        public var sampleRate: Int

        public init(bitDepth: Int = 16, channels: Int = 2, sampleRate: Int = 48_000) {
            self.bitDepth = bitDepth
            self.channels = channels
            self.sampleRate = sampleRate
        }

        enum CodingKeys: String, CodingKey { case bitDepth, channels, sampleRate }
    }

    /// AAC encoding: bitrate (6,000...1,024,000 bits/s), channels and sample rate.
    public struct AacSettings: Encodable, Sendable, Equatable {
        public enum CodingMode: String, Codable, Sendable {
            case mono = "CODING_MODE_1_0", stereo = "CODING_MODE_2_0", surround = "CODING_MODE_5_1"
        }
        public enum CodecProfile: String, Codable, Sendable { case lc = "LC", hev1 = "HEV1", hev2 = "HEV2" }
        public enum RateControlMode: String, Codable, Sendable { case cbr = "CBR", vbr = "VBR" }

        public var bitrate: Int
        public var codingMode: CodingMode
        public var sampleRate: Int
        public var codecProfile: CodecProfile?
        public var rateControlMode: RateControlMode?

        public init(
            bitrate: Int = 96_000, codingMode: CodingMode = .stereo, sampleRate: Int = 48_000, codecProfile: CodecProfile? = .lc,
            rateControlMode: RateControlMode? = .cbr
        ) {
            self.bitrate = bitrate
            self.codingMode = codingMode
            self.sampleRate = sampleRate
            self.codecProfile = codecProfile
            self.rateControlMode = rateControlMode
        }

        enum CodingKeys: String, CodingKey { case bitrate, codingMode, sampleRate, codecProfile, rateControlMode }
    }

    /// An output's captions track: which selector feeds it and the captions format written.
    public struct CaptionDescription: Encodable, Sendable, Equatable {
        /// The input's captions selector name, e.g. "Captions Selector 1".
        public var captionSelectorName: String
        public var destinationSettings: CaptionDestinationSettings
        /// A language tag such as `eng` or `en-US`.
        public var customLanguageCode: String?
        /// The label players show (`NAME` in the HLS manifest).
        public var languageDescription: String?

        public init(
            captionSelectorName: String, destinationSettings: CaptionDestinationSettings, customLanguageCode: String? = nil,
            languageDescription: String? = nil
        ) {
            self.captionSelectorName = captionSelectorName
            self.destinationSettings = destinationSettings
            self.customLanguageCode = customLanguageCode
            self.languageDescription = languageDescription
        }

        enum CodingKeys: String, CodingKey { case captionSelectorName, destinationSettings, customLanguageCode, languageDescription }
    }

    /// The captions format written. WebVTT and SRT are sidecar formats: each track is its own output in
    /// the group of the video; HLS groups take WebVTT, file groups take SRT or WebVTT.
    public struct CaptionDestinationSettings: Encodable, Sendable, Equatable {
        public enum DestinationType: String, Codable, Sendable { case webVTT = "WEBVTT", srt = "SRT" }
        public var destinationType: DestinationType
        public init(destinationType: DestinationType) { self.destinationType = destinationType }
        enum CodingKeys: String, CodingKey { case destinationType }
    }
}
