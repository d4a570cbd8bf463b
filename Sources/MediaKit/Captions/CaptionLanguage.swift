/// What the style rules need to know about a language: line length, reading speeds, how characters are
/// counted, how words are joined, which line-break rules apply and how dialogue dashes are written.
/// Figures come from the Netflix Timed Text Style Guides (general requirements and the per-language guides).
public struct CaptionLanguage: Sendable, Hashable {
    /// How a line's length is measured.
    public enum Counting: Sendable, Hashable {
        /// One per user-perceived character (grapheme cluster), spaces and punctuation included.
        case graphemes
        /// Chinese/Japanese/Korean: full-width characters count 1, half-width (ASCII, half-width forms) 0.5.
        case fullWidth
    }

    /// Which rules choose line and cue breaks.
    public enum BreakRules: Sendable, Hashable {
        /// English word lists: never split article+noun, adjective+noun, names, pronoun+verb,
        /// auxiliary+verb or preposition+object; prefer breaks after punctuation and before conjunctions.
        case english
        /// Any language: breaks after punctuation preferred, then balanced lengths.
        case punctuation
    }

    /// BCP-47 primary language subtag, lower case ("en", "zh").
    public var code: String
    public var maxCharactersPerLine: Int
    /// Characters per second for adult programs.
    public var adultReadingSpeed: Double
    /// Characters per second for children's programs.
    public var childrenReadingSpeed: Double
    public var counting: Counting
    /// Put between words when joining them ("" for languages written without spaces).
    public var wordSeparator: String
    public var breakRules: BreakRules
    /// Prefix of each line of a two-speaker cue ("-" in English subtitles, "- " in most other languages).
    public var dialogueDash: String

    public init(code: String, maxCharactersPerLine: Int = 42, adultReadingSpeed: Double = 17, childrenReadingSpeed: Double = 13,
                counting: Counting = .graphemes, wordSeparator: String = " ", breakRules: BreakRules = .punctuation,
                dialogueDash: String = "- ") {
        self.code = code
        self.maxCharactersPerLine = maxCharactersPerLine
        self.adultReadingSpeed = adultReadingSpeed
        self.childrenReadingSpeed = childrenReadingSpeed
        self.counting = counting
        self.wordSeparator = wordSeparator
        self.breakRules = breakRules
        self.dialogueDash = dialogueDash
    }

    public static let english = CaptionLanguage(code: "en", adultReadingSpeed: 20, childrenReadingSpeed: 17, breakRules: .english, dialogueDash: "-")
    public static let spanish = CaptionLanguage(code: "es")
    public static let french = CaptionLanguage(code: "fr")
    public static let german = CaptionLanguage(code: "de")
    public static let italian = CaptionLanguage(code: "it")
    public static let portuguese = CaptionLanguage(code: "pt")
    public static let russian = CaptionLanguage(code: "ru", maxCharactersPerLine: 39)
    public static let arabic = CaptionLanguage(code: "ar")
    public static let hindi = CaptionLanguage(code: "hi")
    public static let thai = CaptionLanguage(code: "th", maxCharactersPerLine: 35, wordSeparator: "")
    public static let chinese = CaptionLanguage(code: "zh", maxCharactersPerLine: 16, adultReadingSpeed: 9, childrenReadingSpeed: 7,
                                                counting: .fullWidth, wordSeparator: "")
    public static let japanese = CaptionLanguage(code: "ja", maxCharactersPerLine: 13, adultReadingSpeed: 4, childrenReadingSpeed: 4,
                                                 counting: .fullWidth, wordSeparator: "")
    public static let korean = CaptionLanguage(code: "ko", maxCharactersPerLine: 16, adultReadingSpeed: 12, childrenReadingSpeed: 9,
                                               counting: .fullWidth)

    /// The languages with their own entry; others use `generic(code:)`.
    public static let known: [CaptionLanguage] = [
        .english, .spanish, .french, .german, .italian, .portuguese, .russian, .arabic, .hindi, .thai, .chinese, .japanese, .korean,
    ]

    /// The entry for a language tag such as "en-US", "zh-CN" or "pt-BR"; Latin-script defaults otherwise.
    public static func forCode(_ tag: String) -> CaptionLanguage {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return known.first { $0.code == primary } ?? generic(code: primary)
    }

    /// Latin-script defaults: 42 characters per line, 17/13 characters per second, punctuation-based breaks.
    public static func generic(code: String) -> CaptionLanguage { CaptionLanguage(code: code) }
}
