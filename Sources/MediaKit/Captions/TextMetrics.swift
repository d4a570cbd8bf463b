/// Line lengths as the style guides count them.
public enum TextMetrics {
    /// The length of `text` under `counting`: graphemes, or full-width 1 / half-width 0.5 for CJK.
    public static func length<S: StringProtocol>(_ text: S, counting: CaptionLanguage.Counting) -> Double {
        switch counting {
        case .graphemes:
            // ASCII-only text has one grapheme per byte except for "\r\n"; skip the grapheme walk for it.
            // Text whose every scalar is a grapheme of its own (no combining marks, joiners or CR) counts
            // scalars; anything else takes the grapheme walk.
            var scalars = 0
            for scalar in text.unicodeScalars {
                guard standsAlone(scalar.value) else { return Double(text.count) }
                scalars += 1
            }
            return Double(scalars)
        case .fullWidth:
            var total = 0.0
            for character in text { total += isHalfWidth(character) ? 0.5 : 1 }
            return total
        }
    }

    /// The characters a reading-speed check counts: every line's length, line breaks excluded.
    public static func readingLength(_ lines: [String], counting: CaptionLanguage.Counting) -> Double {
        lines.reduce(0) { $0 + length($1, counting: counting) }
    }

    /// Scalars that always form a grapheme cluster alone: ASCII but CR, Latin-1 to Latin Extended-B, Greek,
    /// Cyrillic letters, Arabic letters, general punctuation, kana, CJK ideographs and Hangul syllables.
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x620...0x64A, 0x2010...0x2027, 0x3000...0x3029,
             0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF9D: true
        default: false
        }
    }

    /// Printable ASCII and the half-width forms block (U+FF61–U+FFDC, U+FFE8–U+FFEE).
    static func isHalfWidth(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value else { return true }
        return scalar < 0x1100 && !(0x2E80...0xA4CF).contains(scalar) || (0xFF61...0xFFDC).contains(scalar) || (0xFFE8...0xFFEE).contains(scalar)
    }

    /// Sentence-final punctuation in Latin, CJK, Arabic and Devanagari writing ends the text.
    static func endsSentence<S: StringProtocol>(_ text: S) -> Bool {
        switch lastMark(text) {
        case 0x2E, 0x3F, 0x21, 0x2026, 0x3002, 0xFF1F, 0xFF01, 0x061F, 0x0964, 0xFF61: true  // . ? ! … 。 ？ ！ ؟ । ｡
        default: false
        }
    }

    /// Clause punctuation (a comma, semicolon, colon or dash) ends the text.
    static func endsClause<S: StringProtocol>(_ text: S) -> Bool {
        switch lastMark(text) {
        case 0x2C, 0x3B, 0x3A, 0x2014, 0x2013, 0x3001, 0xFF0C, 0xFF1B, 0xFF1A, 0x060C, 0x061B: true  // , ; : — – 、 ， ； ： ، ؛
        default: false
        }
    }

    /// The last scalar that is not a closing quote or bracket.
    static func lastMark<S: StringProtocol>(_ text: S) -> UInt32? {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar.value {
            case 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x300D, 0x300F, 0xFF09, 0xBB: continue  // " ' ” ’ ) 」 』 ） »
            default: return scalar.value
            }
        }
        return nil
    }
}

extension StringProtocol {
    /// Pieces between occurrences of an ASCII byte (empty pieces dropped), without Character comparisons.
    func split(asciiByte byte: UInt8) -> [SubSequence] {
        var pieces: [SubSequence] = []
        var start = startIndex
        var index = startIndex
        let bytes = utf8
        while index != endIndex {
            if bytes[index] == byte {
                if start != index { pieces.append(self[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start != endIndex { pieces.append(self[start..<endIndex]) }
        return pieces
    }
}
