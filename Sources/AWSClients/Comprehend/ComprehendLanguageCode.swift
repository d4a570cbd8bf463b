/// A language Comprehend's detection operations accept (`en`, `fr`, `zh-TW`…). Any code can be written, so
/// a language the service adds later, or one it refuses, reaches the service and its answer.
public struct ComprehendLanguageCode: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public static let english: Self = "en"
    public static let spanish: Self = "es"
    public static let french: Self = "fr"
    public static let german: Self = "de"
    public static let italian: Self = "it"
    public static let portuguese: Self = "pt"
    public static let arabic: Self = "ar"
    public static let hindi: Self = "hi"
    public static let japanese: Self = "ja"
    public static let korean: Self = "ko"
    public static let chineseSimplified: Self = "zh"
    public static let chineseTraditional: Self = "zh-TW"
}
