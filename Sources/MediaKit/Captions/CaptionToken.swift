import Foundation

/// A word with its punctuation attached, measured for the language: the unit cues are built from.
struct CaptionToken: Sendable {
    var text: String
    var start: Int
    var end: Int
    var speaker: String?
    var width: Double

    /// Words with punctuation attached to the word before it (or the next word when it comes first),
    /// blank words dropped, times made monotonic, and words longer than a line split with a hyphen.
    static func tokens(from words: [TranscriptWord], rules: CaptionRules, hardSplit: inout [String]) -> [CaptionToken] {
        var tokens: [CaptionToken] = []
        tokens.reserveCapacity(words.count)
        var pendingPrefix = ""
        let counting = rules.language.counting
        for word in words {
            let text = visibleASCIIEnds(word.text) ? word.text : word.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            if word.isPunctuation {
                if tokens.isEmpty { pendingPrefix += text } else { tokens[tokens.count - 1].text += text }
                continue
            }
            let start = max(word.start, tokens.last?.start ?? 0)
            tokens.append(CaptionToken(text: pendingPrefix + text, start: start, end: max(word.end, start), speaker: word.speaker, width: 0))
            pendingPrefix = ""
        }
        if !pendingPrefix.isEmpty, !tokens.isEmpty { tokens[tokens.count - 1].text += pendingPrefix }
        var result: [CaptionToken] = []
        result.reserveCapacity(tokens.count)
        let limit = Double(rules.maxCharactersPerLine)
        for var token in tokens {
            token.width = TextMetrics.length(token.text, counting: counting)
            if token.width <= limit {
                result.append(token)
            } else {
                hardSplit.append(token.text)
                result.append(contentsOf: split(token, rules: rules))
            }
        }
        return result
    }

    /// The text starts and ends with a visible ASCII character (so needs no trimming).
    static func visibleASCIIEnds(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return (0x21..<0x80).contains(first) && (0x21..<0x80).contains(last)
    }

    /// Splits a word longer than a line into line-sized pieces, each but the last ending in a hyphen
    /// (no hyphen for languages written without spaces); the word's time is shared by length.
    static func split(_ token: CaptionToken, rules: CaptionRules) -> [CaptionToken] {
        let counting = rules.language.counting
        let hyphen = rules.language.wordSeparator.isEmpty ? "" : "-"
        let room = Double(rules.maxCharactersPerLine) - TextMetrics.length(hyphen, counting: counting)
        var pieces: [String] = [], current = "", used = 0.0
        for character in token.text {
            let width = TextMetrics.length(String(character), counting: counting)
            if used + width > max(room, 1), !current.isEmpty {
                pieces.append(current + hyphen)
                current = ""
                used = 0
            }
            current.append(character)
            used += width
        }
        if !current.isEmpty { pieces.append(current) }
        let total = max(token.width, 1), span = token.end - token.start
        var result: [CaptionToken] = [], consumed = 0.0
        for piece in pieces {
            let width = TextMetrics.length(piece, counting: counting)
            let start = token.start + Int(Double(span) * consumed / total)
            consumed += width
            let end = token.start + Int(Double(span) * min(consumed / total, 1))
            result.append(CaptionToken(text: piece, start: start, end: end, speaker: token.speaker, width: width))
        }
        return result
    }
}
