import Foundation

/// An InvokeModel body for Amazon Titan Image Generator v2 and Amazon Nova Canvas: one task and the output settings.
public struct BedrockImageGenerationRequest: BedrockModelRequest, Equatable {
    public typealias Response = BedrockImageGenerationResponse

    /// What to generate.
    public enum Task: Sendable, Equatable {
        /// `TEXT_IMAGE`: an image from a prompt (optionally conditioned on an image's layout).
        case textToImage(TextToImageParams)
        /// `COLOR_GUIDED_GENERATION`: an image from a prompt following a colour palette.
        case colorGuidedGeneration(ColorGuidedGenerationParams)
        /// `IMAGE_VARIATION`: variations of one or more images.
        case imageVariation(ImageVariationParams)
    }

    public var task: Task
    public var imageGenerationConfig: ImageGenerationConfig?

    public init(_ task: Task, imageGenerationConfig: ImageGenerationConfig? = nil) {
        self.task = task
        self.imageGenerationConfig = imageGenerationConfig
    }

    enum CodingKeys: String, CodingKey {
        case taskType, textToImageParams, colorGuidedGenerationParams, imageVariationParams, imageGenerationConfig
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch task {
        case .textToImage(let params):
            try container.encode("TEXT_IMAGE", forKey: .taskType)
            try container.encode(params, forKey: .textToImageParams)
        case .colorGuidedGeneration(let params):
            try container.encode("COLOR_GUIDED_GENERATION", forKey: .taskType)
            try container.encode(params, forKey: .colorGuidedGenerationParams)
        case .imageVariation(let params):
            try container.encode("IMAGE_VARIATION", forKey: .taskType)
            try container.encode(params, forKey: .imageVariationParams)
        }
        try container.encodeIfPresent(imageGenerationConfig, forKey: .imageGenerationConfig)
    }

    public func validate() throws(ClientInputError) {
        switch task {
        case .textToImage(let params):
            if params.text.isEmpty { throw .missingField("InvokeModel", "textToImageParams.text") }
        case .colorGuidedGeneration(let params):
            if params.text.isEmpty { throw .missingField("InvokeModel", "colorGuidedGenerationParams.text") }
            if params.colors.isEmpty { throw .missingField("InvokeModel", "colorGuidedGenerationParams.colors") }
        case .imageVariation(let params):
            if params.images.isEmpty { throw .missingField("InvokeModel", "imageVariationParams.images") }
            if params.text?.isEmpty == true { throw .missingField("InvokeModel", "imageVariationParams.text") }
        }
    }

    /// The prompt, what to avoid, and optionally a condition image whose edges or segments guide the layout.
    public struct TextToImageParams: Codable, Sendable, Equatable {
        public var text: String
        public var negativeText: String?
        public var conditionImage: Data?
        /// `CANNY_EDGE` or `SEGMENTATION`.
        public var controlMode: String?
        public var controlStrength: Double?
        /// Nova Canvas only: a visual style such as `PHOTOREALISM` or `3D_ANIMATED_FAMILY_FILM`.
        public var style: String?

        public init(
            text: String, negativeText: String? = nil, conditionImage: Data? = nil, controlMode: String? = nil,
            controlStrength: Double? = nil, style: String? = nil
        ) {
            self.text = text
            self.negativeText = negativeText
            self.conditionImage = conditionImage
            self.controlMode = controlMode
            self.controlStrength = controlStrength
            self.style = style
        }
    }

    /// The prompt and a palette of hex colours (`#ff8080`), optionally with a reference image.
    public struct ColorGuidedGenerationParams: Codable, Sendable, Equatable {
        public var text: String
        public var negativeText: String?
        public var colors: [String]
        public var referenceImage: Data?

        public init(text: String, colors: [String], negativeText: String? = nil, referenceImage: Data? = nil) {
            self.text = text
            self.negativeText = negativeText
            self.colors = colors
            self.referenceImage = referenceImage
        }
    }

    /// The source images, an optional prompt, and how close the variations stay (0.2…1.0).
    public struct ImageVariationParams: Codable, Sendable, Equatable {
        public var images: [Data]
        public var text: String?
        public var negativeText: String?
        public var similarityStrength: Double?

        public init(images: [Data], text: String? = nil, negativeText: String? = nil, similarityStrength: Double? = nil) {
            self.images = images
            self.text = text
            self.negativeText = negativeText
            self.similarityStrength = similarityStrength
        }
    }

    /// How many images, their size, prompt adherence (`cfgScale`), seed and quality (`standard` or `premium`).
    public struct ImageGenerationConfig: Codable, Sendable, Equatable {
        public var numberOfImages: Int?
        public var height: Int?
        public var width: Int?
        public var cfgScale: Double?
        public var seed: Int?
        public var quality: String?

        public init(
            numberOfImages: Int? = nil, height: Int? = nil, width: Int? = nil, cfgScale: Double? = nil,
            seed: Int? = nil, quality: String? = nil
        ) {
            self.numberOfImages = numberOfImages
            self.height = height
            self.width = width
            self.cfgScale = cfgScale
            self.seed = seed
            self.quality = quality
        }
    }
}

/// The generated images (decoded from base64), or the model's error (e.g. a prompt blocked by the content filter).
public struct BedrockImageGenerationResponse: Decodable, Sendable, Equatable {
    public var images: [Data]
    public var error: String?

    enum CodingKeys: String, CodingKey { case images, error }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        images = try container.decodeIfPresent([Data].self, forKey: .images) ?? []
        error = try container.decodeIfPresent(String.self, forKey: .error)
    }
}
