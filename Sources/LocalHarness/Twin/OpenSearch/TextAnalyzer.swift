import Foundation

/// One token of analysed text: its term, its position (stop words leave gaps, as Lucene's do) and where it
/// came from in the original text.
struct AnalyzedToken: Sendable, Equatable {
    var term: String
    var position: Int
    var range: Range<String.Index>
}

/// The built-in analyzers of OpenSearch a mapping may name: `standard` (the default: Unicode word
/// segmentation, lowercase, no stop words, no stemming), `english` (possessive filter, lowercase, English stop
/// words, Porter stemmer), `simple`, `whitespace`, `stop` and `keyword`.
enum TextAnalyzer: String, Sendable, CaseIterable {
    case standard, english, simple, whitespace, stop, keyword

    /// Lucene's English stop words (`EnglishAnalyzer.ENGLISH_STOP_WORDS_SET`), also the `stop` analyzer's.
    static let englishStopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ]

    init?(named name: String) { self.init(rawValue: name) }

    /// The tokens of `text`; `positionOffset` continues positions across the values of an array.
    func analyze(_ text: String, positionOffset: Int = 0) -> [AnalyzedToken] {
        switch self {
        case .keyword:
            return [AnalyzedToken(term: text, position: positionOffset, range: text.startIndex..<text.endIndex)]
        case .whitespace:
            return Self.split(text, positionOffset: positionOffset) { !$0.isWhitespace }
        case .simple:
            return Self.split(text, positionOffset: positionOffset) { $0.isLetter }.map { Self.lowercased($0) }
        case .stop:
            return Self.removeStopWords(Self.split(text, positionOffset: positionOffset) { $0.isLetter }.map { Self.lowercased($0) })
        case .standard:
            return Self.standardTokens(text, positionOffset: positionOffset).map { Self.lowercased($0) }
        case .english:
            let tokens = Self.standardTokens(text, positionOffset: positionOffset).map { token -> AnalyzedToken in
                var token = Self.lowercased(token)
                for suffix in ["'s", "’s"] where token.term.hasSuffix(suffix) { token.term.removeLast(2) }
                return token
            }
            return Self.removeStopWords(tokens).map { token in
                var stemmed = token
                stemmed.term = PorterStemmer.stem(token.term)
                return stemmed
            }
        }
    }

    private static func lowercased(_ token: AnalyzedToken) -> AnalyzedToken {
        var token = token
        token.term = token.term.lowercased()
        return token
    }

    private static func removeStopWords(_ tokens: [AnalyzedToken]) -> [AnalyzedToken] {
        tokens.filter { !englishStopWords.contains($0.term) }
    }

    /// Maximal runs of characters that `belongs` accepts.
    private static func split(_ text: String, positionOffset: Int, _ belongs: (Character) -> Bool) -> [AnalyzedToken] {
        var tokens: [AnalyzedToken] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            if belongs(text[index]) {
                if start == nil { start = index }
            } else if let begun = start {
                tokens.append(AnalyzedToken(term: String(text[begun..<index]), position: positionOffset + tokens.count, range: begun..<index))
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start {
            tokens.append(AnalyzedToken(term: String(text[begun...]), position: positionOffset + tokens.count, range: begun..<text.endIndex))
        }
        return tokens
    }

    /// The standard tokenizer's word boundaries (Unicode UAX #29), closely enough for media metadata: runs of
    /// letters, digits and `_`, joined across one `'`, `’`, `.` or `:` between letters and one `.` or `,` between
    /// digits; each CJK ideograph is a token of its own; tokens are cut at 255 characters.
    static func standardTokens(_ text: String, positionOffset: Int = 0) -> [AnalyzedToken] {
        let characters = Array(text.indices)
        var tokens: [AnalyzedToken] = []
        func isWord(_ c: Character) -> Bool { (c.isLetter || c.isNumber || c == "_") && !isIdeograph(c) }
        func isIdeograph(_ c: Character) -> Bool {
            guard let scalar = c.unicodeScalars.first else { return false }
            return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || (0x3040...0x30FF).contains(scalar.value)
        }
        var i = 0
        while i < characters.count {
            let c = text[characters[i]]
            if isIdeograph(c) {
                let end = i + 1 < characters.count ? characters[i + 1] : text.endIndex
                tokens.append(AnalyzedToken(term: String(c), position: positionOffset + tokens.count, range: characters[i]..<end))
                i += 1
                continue
            }
            guard isWord(c) else { i += 1; continue }
            let start = i
            var j = i + 1
            while j < characters.count {
                let d = text[characters[j]]
                if isWord(d) { j += 1; continue }
                if j + 1 < characters.count {
                    let before = text[characters[j - 1]], after = text[characters[j + 1]]
                    let letters = before.isLetter && after.isLetter && ["'", "’", ".", ":"].contains(d)
                    let digits = before.isNumber && after.isNumber && [".", ","].contains(d)
                    if letters || digits { j += 2; continue }
                }
                break
            }
            let end = j < characters.count ? characters[j] : text.endIndex
            var term = String(text[characters[start]..<end])
            if term.count > 255 { term = String(term.prefix(255)) }
            tokens.append(AnalyzedToken(term: term, position: positionOffset + tokens.count, range: characters[start]..<end))
            i = j
        }
        return tokens
    }
}
