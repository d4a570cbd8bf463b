/// Deterministic pseudo-translation: every word becomes a made-up word of the target language's look and a
/// realistic length (German and French run longer than English, Chinese and Japanese much shorter), while
/// placeholders (`{name}`, `{{x}}`, `%s`, `$1`), markup tags, numbers, URLs and punctuation stay as they are.
/// The same text and language always give the same result.
public struct PseudoTranslator: Sendable {
    /// How a language looks: its letters or syllables, and how long its text is relative to English.
    struct Profile: Sendable {
        var syllables: [String]
        var expansion: Double
        var separator: String
    }

    static let latin = ["a", "e", "i", "o", "u", "an", "en", "in", "on", "ar", "er", "or", "la", "le", "de", "ri", "ta", "mo", "sa", "ne"]
    static let profiles: [String: Profile] = [
        "de": Profile(syllables: ["sch", "en", "ung", "ei", "ter", "ge", "ber", "lich", "keit", "st", "au", "ck"], expansion: 1.3, separator: " "),
        "fr": Profile(syllables: ["eau", "ou", "ain", "eur", "que", "ment", "ré", "é", "ion", "lle", "oi", "ti"], expansion: 1.2, separator: " "),
        "es": Profile(syllables: ["os", "as", "ción", "ar", "ie", "ue", "lla", "ñe", "ra", "do", "mi", "to"], expansion: 1.25, separator: " "),
        "it": Profile(syllables: ["zio", "ne", "ri", "tta", "gli", "che", "llo", "re", "no", "sta", "ui", "va"], expansion: 1.2, separator: " "),
        "pt": Profile(syllables: ["ção", "ões", "nh", "lh", "ão", "ra", "me", "do", "te", "se", "vo", "qu"], expansion: 1.25, separator: " "),
        "nl": Profile(syllables: ["ij", "oe", "sch", "aa", "ee", "en", "ge", "lijk", "heid", "st", "uu", "ver"], expansion: 1.2, separator: " "),
        "ja": Profile(syllables: ["の", "に", "は", "を", "た", "が", "で", "し", "て", "と", "る", "か", "映", "画", "字", "幕"], expansion: 0.5, separator: ""),
        "zh": Profile(syllables: ["的", "一", "是", "在", "不", "了", "有", "和", "人", "这", "中", "大", "影", "片", "字", "幕"], expansion: 0.4, separator: ""),
        "ko": Profile(syllables: ["이", "는", "을", "에", "하", "다", "고", "의", "가", "지", "영", "화"], expansion: 0.6, separator: " "),
        "ar": Profile(syllables: ["ال", "م", "ب", "ت", "ن", "ي", "و", "ر", "ك", "س", "ل", "ة"], expansion: 1.1, separator: " "),
        "hi": Profile(syllables: ["क", "है", "में", "की", "से", "का", "र", "न", "त", "ल", "म", "स"], expansion: 1.1, separator: " "),
        "ru": Profile(syllables: ["ст", "ов", "ра", "ни", "ко", "ие", "ть", "ый", "по", "ле", "на", "ро"], expansion: 1.15, separator: " "),
    ]

    public init() {}

    /// `text` pseudo-translated into `language` (a code such as `fr`, `de`, `zh-TW`).
    public func translate(_ text: String, to language: String) -> String {
        let base = String(language.split(separator: "-").first ?? Substring(language)).lowercased()
        let profile = Self.profiles[base] ?? Profile(syllables: Self.latin, expansion: 1.15, separator: " ")
        var output = ""
        for token in TextTokenizer.tokens(text) {
            switch token {
            case .word(let word):
                output += pseudoWord(word, language: base, profile: profile)
            case .space(let space):
                output += profile.separator.isEmpty ? "" : space
            case .kept(let kept):
                output += kept
            }
        }
        return output
    }

    private func pseudoWord(_ word: String, language: String, profile: Profile) -> String {
        var state = Self.hash(word.lowercased() + "|" + language)
        let target = max(1, Int((Double(word.count) * profile.expansion).rounded()))
        var result = ""
        while result.count < target {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            result += profile.syllables[Int((state >> 33) % UInt64(profile.syllables.count))]
        }
        if result.count > target && profile.separator == " " { result = String(result.prefix(target)) }
        if word.first?.isUppercase == true, let first = result.first {
            result = first.uppercased() + result.dropFirst()
        }
        return result
    }

    /// FNV-1a, so results do not depend on Swift's per-process hash seed.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return hash
    }
}

/// Splits text into words to translate, spaces, and spans kept verbatim.
enum TextTokenizer {
    enum Token: Equatable {
        case word(String)
        case space(String)
        case kept(String)
    }

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        func take(while predicate: (Character) -> Bool) -> String {
            let start = index
            while index < characters.count, predicate(characters[index]) { index += 1 }
            return String(characters[start..<index])
        }
        while index < characters.count {
            let character = characters[index]
            if character == "{" || character == "<" {
                let close: Character = character == "{" ? "}" : ">"
                if let end = characters[index...].firstIndex(of: close) {
                    var stop = end
                    if character == "{", stop + 1 < characters.count, characters[stop + 1] == "}" { stop += 1 }
                    tokens.append(.kept(String(characters[index...stop])))
                    index = stop + 1
                    continue
                }
            }
            if (character == "%" || character == "$"), index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1].isNumber {
                tokens.append(.kept(String(characters[index...index + 1])))
                index += 2
                continue
            }
            if character.isWhitespace {
                tokens.append(.space(take { $0.isWhitespace }))
            } else if character.isNumber {
                tokens.append(.kept(take { $0.isNumber || $0 == "." || $0 == "," || $0 == ":" }))
            } else if character.isLetter {
                let word = take { $0.isLetter || $0 == "'" || $0 == "’" }
                if word.lowercased().hasPrefix("http") || word.lowercased().hasPrefix("www") {
                    tokens.append(.kept(word + take { !$0.isWhitespace }))
                } else {
                    tokens.append(.word(word))
                }
            } else {
                tokens.append(.kept(String(character)))
                index += 1
            }
        }
        return tokens
    }
}
