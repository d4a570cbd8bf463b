import Foundation

/// An InvokeModel body for Amazon Titan Text Embeddings V2 (`amazon.titan-embed-text-v2:0`).
public struct TitanTextEmbeddingsRequest: BedrockModelRequest, Equatable {
    public typealias Response = TitanEmbeddingsResponse

    public var inputText: String
    /// 1024 (default), 512 or 256.
    public var dimensions: Int?
    /// Whether to return a unit-length vector (the default is true).
    public var normalize: Bool?
    /// `float`, `binary` or both; the vectors come back in `embeddingsByType`.
    public var embeddingTypes: [String]?

    public init(inputText: String, dimensions: Int? = nil, normalize: Bool? = nil, embeddingTypes: [String]? = nil) {
        self.inputText = inputText
        self.dimensions = dimensions
        self.normalize = normalize
        self.embeddingTypes = embeddingTypes
    }

    public func validate() throws(ClientInputError) {
        if inputText.isEmpty { throw .missingField("InvokeModel", "inputText") }
    }
}

/// An InvokeModel body for Amazon Titan Multimodal Embeddings G1: text, an image, or both.
public struct TitanMultimodalEmbeddingsRequest: BedrockModelRequest, Equatable {
    public typealias Response = TitanEmbeddingsResponse

    public var inputText: String?
    /// The image bytes (PNG or JPEG), sent base64-encoded.
    public var inputImage: Data?
    public var embeddingConfig: EmbeddingConfig?

    public init(inputText: String? = nil, inputImage: Data? = nil, outputEmbeddingLength: Int? = nil) {
        self.inputText = inputText
        self.inputImage = inputImage
        self.embeddingConfig = outputEmbeddingLength.map(EmbeddingConfig.init)
    }

    /// The vector length: 256, 384 or 1024 (default).
    public struct EmbeddingConfig: Codable, Sendable, Equatable {
        public var outputEmbeddingLength: Int
        public init(outputEmbeddingLength: Int) { self.outputEmbeddingLength = outputEmbeddingLength }
    }

    public func validate() throws(ClientInputError) {
        if inputText?.isEmpty == true { throw .missingField("InvokeModel", "inputText") }
        if inputImage?.isEmpty == true { throw .missingField("InvokeModel", "inputImage") }
        if inputText == nil && inputImage == nil { throw .missingField("InvokeModel", "inputText or inputImage") }
    }
}

/// A Titan embeddings answer.
public struct TitanEmbeddingsResponse: Decodable, Sendable, Equatable {
    public var embedding: [Double]?
    public var inputTextTokenCount: Int?
    /// Titan Text Embeddings V2, when `embeddingTypes` was given.
    public var embeddingsByType: EmbeddingsByType?
    /// Titan Multimodal Embeddings: a note about the input (e.g. an image that was resized).
    public var message: String?

    /// The vectors of each requested type.
    public struct EmbeddingsByType: Decodable, Sendable, Equatable {
        public var float: [Double]?
        public var binary: [Int]?
    }
}
