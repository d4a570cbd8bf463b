extension MediaConvert {
    /// An output's video stream: frame size, scaling and codec.
    public struct VideoDescription: Encodable, Sendable, Equatable {
        /// How the picture fits an output of another aspect ratio.
        public enum ScalingBehavior: String, Codable, Sendable {
            case `default` = "DEFAULT", stretchToOutput = "STRETCH_TO_OUTPUT", fit = "FIT", fitNoUpscale = "FIT_NO_UPSCALE"
            case fill = "FILL"
        }
        /// The service always applies anti-aliasing now and ignores DISABLED (model documentation).
        public enum AntiAlias: String, Codable, Sendable { case disabled = "DISABLED", enabled = "ENABLED" }

        /// 32...8192 pixels; the input's when `nil`.
        public var width: Int?
        public var height: Int?
        public var scalingBehavior: ScalingBehavior?
        public var antiAlias: AntiAlias?
        /// 0...100, with anti-aliasing.
        public var sharpness: Int?
        public var codecSettings: VideoCodecSettings

        public init(
            width: Int? = nil, height: Int? = nil, scalingBehavior: ScalingBehavior? = nil, antiAlias: AntiAlias? = nil,
            sharpness: Int? = nil, codecSettings: VideoCodecSettings
        ) {
            self.width = width
            self.height = height
            self.scalingBehavior = scalingBehavior
            self.antiAlias = antiAlias
            self.sharpness = sharpness
            self.codecSettings = codecSettings
        }

        enum CodingKeys: String, CodingKey { case width, height, scalingBehavior, antiAlias, sharpness, codecSettings }
    }

    /// The video codec and its settings (H.264 only here).
    public struct VideoCodecSettings: Encodable, Sendable, Equatable {
        public enum Codec: String, Codable, Sendable { case h264 = "H_264" }
        public var codec: Codec
        public var h264Settings: H264Settings?

        /// H.264 with `settings`.
        public static func h264(_ settings: H264Settings) -> VideoCodecSettings {
            VideoCodecSettings(codec: .h264, h264Settings: settings)
        }

        enum CodingKeys: String, CodingKey { case codec, h264Settings }
    }

    /// H.264 encoding: rate control, GOP and frame-rate conversion.
    public struct H264Settings: Encodable, Sendable, Equatable {
        public enum RateControlMode: String, Codable, Sendable { case vbr = "VBR", cbr = "CBR", qvbr = "QVBR" }
        public enum CodecProfile: String, Codable, Sendable { case baseline = "BASELINE", main = "MAIN", high = "HIGH" }
        public enum GopSizeUnits: String, Codable, Sendable { case frames = "FRAMES", seconds = "SECONDS", auto = "AUTO" }
        public enum FramerateControl: String, Codable, Sendable {
            case initializeFromSource = "INITIALIZE_FROM_SOURCE", specified = "SPECIFIED"
        }
        /// DUPLICATE_DROP for simple ratios (60→30), INTERPOLATE or FRAMEFORMER for complex ones (25→29.97).
        public enum FramerateConversionAlgorithm: String, Codable, Sendable {
            case duplicateDrop = "DUPLICATE_DROP", interpolate = "INTERPOLATE", frameFormer = "FRAMEFORMER"
            case maintainFrameCount = "MAINTAIN_FRAME_COUNT"
        }
        public enum QualityTuningLevel: String, Codable, Sendable {
            case singlePass = "SINGLE_PASS", singlePassHQ = "SINGLE_PASS_HQ", multiPassHQ = "MULTI_PASS_HQ"
        }
        public enum SceneChangeDetect: String, Codable, Sendable {
            case disabled = "DISABLED", enabled = "ENABLED", transitionDetection = "TRANSITION_DETECTION"
        }

        public var rateControlMode: RateControlMode
        /// Average bitrate in bits/s (CBR, VBR).
        public var bitrate: Int?
        /// Peak bitrate in bits/s (VBR, QVBR).
        public var maxBitrate: Int?
        public var qvbrSettings: QvbrSettings?
        public var codecProfile: CodecProfile?
        public var gopSize: Double?
        public var gopSizeUnits: GopSizeUnits?
        public var sceneChangeDetect: SceneChangeDetect?
        public var qualityTuningLevel: QualityTuningLevel?
        public var framerateControl: FramerateControl?
        public var framerateConversionAlgorithm: FramerateConversionAlgorithm?
        /// With `framerateControl` SPECIFIED: frames per second as numerator / denominator (30000/1001 = 29.97).
        public var framerateNumerator: Int?
        public var framerateDenominator: Int?

        public init(
            rateControlMode: RateControlMode, bitrate: Int? = nil, maxBitrate: Int? = nil, qvbrSettings: QvbrSettings? = nil,
            codecProfile: CodecProfile? = nil, gopSize: Double? = nil, gopSizeUnits: GopSizeUnits? = nil,
            sceneChangeDetect: SceneChangeDetect? = nil, qualityTuningLevel: QualityTuningLevel? = nil,
            framerateControl: FramerateControl? = nil, framerateConversionAlgorithm: FramerateConversionAlgorithm? = nil,
            framerateNumerator: Int? = nil, framerateDenominator: Int? = nil
        ) {
            self.rateControlMode = rateControlMode
            self.bitrate = bitrate
            self.maxBitrate = maxBitrate
            self.qvbrSettings = qvbrSettings
            self.codecProfile = codecProfile
            self.gopSize = gopSize
            self.gopSizeUnits = gopSizeUnits
            self.sceneChangeDetect = sceneChangeDetect
            self.qualityTuningLevel = qualityTuningLevel
            self.framerateControl = framerateControl
            self.framerateConversionAlgorithm = framerateConversionAlgorithm
            self.framerateNumerator = framerateNumerator
            self.framerateDenominator = framerateDenominator
        }

        enum CodingKeys: String, CodingKey {
            case rateControlMode, bitrate, maxBitrate, qvbrSettings, codecProfile, gopSize, gopSizeUnits, sceneChangeDetect
            case qualityTuningLevel, framerateControl, framerateConversionAlgorithm, framerateNumerator, framerateDenominator
        }
    }

    /// Quality-defined variable bitrate: a quality level 1...10 under `maxBitrate`.
    public struct QvbrSettings: Encodable, Sendable, Equatable {
        public var qvbrQualityLevel: Int?
        public var maxAverageBitrate: Int?
        public init(qvbrQualityLevel: Int? = nil, maxAverageBitrate: Int? = nil) {
            self.qvbrQualityLevel = qvbrQualityLevel
            self.maxAverageBitrate = maxAverageBitrate
        }
        enum CodingKeys: String, CodingKey { case qvbrQualityLevel, maxAverageBitrate }
    }
}
