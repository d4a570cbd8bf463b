import AWSCore
import Foundation

/// Amazon Rekognition (awsJson 1.1): image analysis (labels, moderation, text, celebrities) and
/// asynchronous stored-video analysis (``RekognitionClient`` `start…`/`get…` in `RekognitionClient+Video`).
public struct RekognitionClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.1", targetPrefix: "RekognitionService")

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .rekognition, wireProtocol: Self.wireProtocol)
    }

    /// Labels in `image`. Image bytes over 5 MB, and an empty S3 bucket or name, are refused before sending.
    public func detectLabels(_ image: RekognitionImage, options: DetectLabelsOptions = .init()) async throws -> DetectLabelsOutput {
        try image.validate("DetectLabels")
        return try await client.json("DetectLabels", input: DetectLabelsInput(
            image: image, maxLabels: options.maxLabels, minConfidence: options.minConfidence, features: options.features))
    }

    /// Unsafe-content labels in `image`.
    public func detectModerationLabels(_ image: RekognitionImage, minConfidence: Double? = nil) async throws -> DetectModerationLabelsOutput {
        try image.validate("DetectModerationLabels")
        return try await client.json(
            "DetectModerationLabels", input: DetectModerationLabelsInput(image: image, minConfidence: minConfidence))
    }

    /// Lines and words of text in `image`.
    public func detectText(_ image: RekognitionImage, wordFilter: DetectTextWordFilter? = nil) async throws -> DetectTextOutput {
        try image.validate("DetectText")
        return try await client.json(
            "DetectText", input: DetectTextInput(image: image, filters: wordFilter.map { .init(wordFilter: $0) }))
    }

    /// Celebrities (and unrecognised faces) in `image`.
    public func recognizeCelebrities(_ image: RekognitionImage) async throws -> RecognizeCelebritiesOutput {
        try image.validate("RecognizeCelebrities")
        return try await client.json("RecognizeCelebrities", input: RecognizeCelebritiesInput(image: image))
    }
}
