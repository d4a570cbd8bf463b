import Foundation

/// An Amazon Nova Reel `TEXT_VIDEO` request: a video from a prompt, optionally starting from one image.
public struct NovaReelVideoRequest: Encodable, Sendable, Equatable {
    public static let defaultModelId = "amazon.nova-reel-v1:1"

    public var text: String
    /// The starting frame (Nova Reel takes one 1280×720 image), for image-to-video.
    public var images: [Image]?
    /// 6 seconds for a single shot.
    public var durationSeconds: Int
    /// 24 frames per second.
    public var fps: Int
    /// `1280x720`.
    public var dimension: String
    public var seed: Int?

    public init(
        text: String, images: [Image]? = nil, durationSeconds: Int = 6, fps: Int = 24, dimension: String = "1280x720",
        seed: Int? = nil
    ) {
        self.text = text
        self.images = images
        self.durationSeconds = durationSeconds
        self.fps = fps
        self.dimension = dimension
        self.seed = seed
    }

    /// An input image: `png` or `jpeg` bytes, sent base64-encoded.
    public struct Image: Sendable, Equatable, Encodable {
        public var format: String
        public var bytes: Data
        public init(format: String, bytes: Data) {
            self.format = format
            self.bytes = bytes
        }

        private struct Source: Encodable { var bytes: Data }
        enum CodingKeys: String, CodingKey { case format, source }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(format, forKey: .format)
            try container.encode(Source(bytes: bytes), forKey: .source)
        }
    }

    private struct TextToVideoParams: Encodable {
        var text: String
        var images: [Image]?
    }

    private struct VideoGenerationConfig: Encodable {
        var durationSeconds: Int
        var fps: Int
        var dimension: String
        var seed: Int?
    }

    enum CodingKeys: String, CodingKey { case taskType, textToVideoParams, videoGenerationConfig }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("TEXT_VIDEO", forKey: .taskType)
        try container.encode(TextToVideoParams(text: text, images: images), forKey: .textToVideoParams)
        try container.encode(
            VideoGenerationConfig(durationSeconds: durationSeconds, fps: fps, dimension: dimension, seed: seed),
            forKey: .videoGenerationConfig)
    }

    func validate() throws(ClientInputError) {
        if text.isEmpty { throw .missingField("StartAsyncInvoke", "textToVideoParams.text") }
        if let images, images.contains(where: { $0.bytes.isEmpty }) {
            throw .missingField("StartAsyncInvoke", "textToVideoParams.images.source.bytes")
        }
    }
}
