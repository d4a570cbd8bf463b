extension MediaConvert {
    /// The audio selector name the builders give every input and every output's audio.
    public static let defaultAudioSelector = "Audio Selector 1"
    /// The captions selector name the builders use when none is given.
    public static let defaultCaptionSelector = "Captions Selector 1"

    /// An output frame rate as a ratio (30000/1001 is 29.97 fps) and the conversion method.
    public struct FrameRate: Sendable, Equatable {
        public var numerator: Int
        public var denominator: Int
        public var algorithm: H264Settings.FramerateConversionAlgorithm

        public init(numerator: Int, denominator: Int = 1, algorithm: H264Settings.FramerateConversionAlgorithm = .duplicateDrop) {
            self.numerator = numerator
            self.denominator = denominator
            self.algorithm = algorithm
        }

        public static let fps24 = FrameRate(numerator: 24)
        public static let fps25 = FrameRate(numerator: 25)
        public static let fps30 = FrameRate(numerator: 30)
        public static let fps29_97 = FrameRate(numerator: 30_000, denominator: 1_001)
        public static let fps60 = FrameRate(numerator: 60)

        /// The same rate converted with `algorithm`.
        public func converted(with algorithm: H264Settings.FramerateConversionAlgorithm) -> FrameRate {
            FrameRate(numerator: numerator, denominator: denominator, algorithm: algorithm)
        }
    }

    /// One H.264 rendition (a rung of an HLS ladder or one MP4 file): size, peak bitrate, optional
    /// frame-rate conversion and scaling. Encoded as QVBR under `bitrate`.
    public struct VideoRendition: Sendable, Equatable {
        public var width: Int
        public var height: Int
        /// Peak bitrate in bits/s.
        public var bitrate: Int
        /// Appended to the output name; `_<height>p` by default.
        public var nameModifier: String
        /// The input's frame rate when `nil`.
        public var frameRate: FrameRate?
        public var scalingBehavior: VideoDescription.ScalingBehavior?
        public var sharpness: Int?

        public init(
            width: Int, height: Int, bitrate: Int, nameModifier: String? = nil, frameRate: FrameRate? = nil,
            scalingBehavior: VideoDescription.ScalingBehavior? = nil, sharpness: Int? = nil
        ) {
            self.width = width
            self.height = height
            self.bitrate = bitrate
            self.nameModifier = nameModifier ?? "_\(height)p"
            self.frameRate = frameRate
            self.scalingBehavior = scalingBehavior
            self.sharpness = sharpness
        }

        /// A common 16:9 ladder: 1080p 6 Mb/s, 720p 3 Mb/s, 540p 1.5 Mb/s, 360p 0.6 Mb/s.
        public static let standardLadder: [VideoRendition] = [
            VideoRendition(width: 1920, height: 1080, bitrate: 6_000_000),
            VideoRendition(width: 1280, height: 720, bitrate: 3_000_000),
            VideoRendition(width: 960, height: 540, bitrate: 1_500_000),
            VideoRendition(width: 640, height: 360, bitrate: 600_000),
        ]

        /// The video stream this rendition encodes to.
        public var videoDescription: VideoDescription {
            var h264 = H264Settings(
                rateControlMode: .qvbr, maxBitrate: bitrate, codecProfile: .high, sceneChangeDetect: .transitionDetection,
                qualityTuningLevel: .singlePassHQ)
            if let frameRate {
                h264.framerateControl = .specified
                h264.framerateConversionAlgorithm = frameRate.algorithm
                h264.framerateNumerator = frameRate.numerator
                h264.framerateDenominator = frameRate.denominator
            }
            return VideoDescription(
                width: width, height: height, scalingBehavior: scalingBehavior, antiAlias: .enabled, sharpness: sharpness,
                codecSettings: .h264(h264))
        }
    }

    /// AAC audio taken from an input's audio selector, optionally labelled with a language.
    public struct AudioTrack: Sendable, Equatable {
        public var settings: AacSettings
        public var selectorName: String
        /// A language tag (`spa`, `en-US`) written into the output instead of the input's.
        public var languageCode: String?
        public var streamName: String?

        public init(
            settings: AacSettings = AacSettings(), selectorName: String = MediaConvert.defaultAudioSelector,
            languageCode: String? = nil, streamName: String? = nil
        ) {
            self.settings = settings
            self.selectorName = selectorName
            self.languageCode = languageCode
            self.streamName = streamName
        }

        /// The audio stream of an output.
        public var audioDescription: AudioDescription {
            AudioDescription(
                audioSourceName: selectorName, codecSettings: .aac(settings), customLanguageCode: languageCode,
                languageCodeControl: languageCode == nil ? nil : .useConfigured, streamName: streamName)
        }
    }

    /// A sidecar captions track written from an input's captions selector.
    public struct CaptionTrack: Sendable, Equatable {
        public var selectorName: String
        /// A language tag (`eng`, `fr-CA`).
        public var languageCode: String?
        /// The label players show.
        public var label: String?
        /// Appended to the output name; `_captions_<language>` by default.
        public var nameModifier: String

        public init(
            selectorName: String = MediaConvert.defaultCaptionSelector, languageCode: String? = nil, label: String? = nil,
            nameModifier: String? = nil
        ) {
            self.selectorName = selectorName
            self.languageCode = languageCode
            self.label = label
            self.nameModifier = nameModifier ?? "_captions" + (languageCode.map { "_\($0)" } ?? "")
        }

        func captionDescription(_ format: CaptionDestinationSettings.DestinationType) -> CaptionDescription {
            CaptionDescription(
                captionSelectorName: selectorName, destinationSettings: CaptionDestinationSettings(destinationType: format),
                customLanguageCode: languageCode, languageDescription: label)
        }
    }
}
