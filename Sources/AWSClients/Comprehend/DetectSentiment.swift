/// Output of DetectSentiment.
public struct DetectSentimentOutput: Decodable, Sendable, Equatable {
    /// `POSITIVE`, `NEGATIVE`, `NEUTRAL` or `MIXED`.
    public var sentiment: SentimentType?
    public var sentimentScore: SentimentScore?
    enum CodingKeys: String, CodingKey { case sentiment = "Sentiment", sentimentScore = "SentimentScore" }
}

/// The sentiment Comprehend is most confident of.
public struct SentimentType: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let positive = Self(rawValue: "POSITIVE")
    public static let negative = Self(rawValue: "NEGATIVE")
    public static let neutral = Self(rawValue: "NEUTRAL")
    public static let mixed = Self(rawValue: "MIXED")
}

/// Comprehend's confidence (0…1) in each sentiment.
public struct SentimentScore: Decodable, Sendable, Equatable {
    public var positive: Double?
    public var negative: Double?
    public var neutral: Double?
    public var mixed: Double?
    enum CodingKeys: String, CodingKey { case positive = "Positive", negative = "Negative", neutral = "Neutral", mixed = "Mixed" }
}
