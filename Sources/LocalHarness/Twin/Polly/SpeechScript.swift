/// What a Polly input says, in order: words (with their UTF-8 byte offsets in the input, as speech marks report
/// them), pauses, sentence ends and SSML `<mark>`s — from plain text, or from SSML (see ``SSMLParser``).
struct SpeechScript: Sendable {
    struct Word: Sendable, Equatable {
        var text: String
        var start: Int
        var end: Int
        /// Speaking rate relative to the voice's own (1 = as is; from `<prosody rate>`).
        var rate: Double
        /// How long the word takes to say, in letter-equivalents (see ``SpeechTimeline``).
        var weight: Double
    }

    enum Item: Sendable, Equatable {
        case word(Word)
        /// Silence in seconds; `scaled` pauses (punctuation) follow the speaking rate, breaks do not.
        case pause(Double, scaled: Bool)
        case sentenceEnd
        case mark(name: String, start: Int, end: Int)
    }

    var items: [Item] = []
    /// The input's bytes, to read sentence texts back.
    var source: [UInt8]

    init(source: [UInt8]) { self.source = source }

    /// Plain text: every character spoken, sentences ended by `.`, `!`, `?` (and their CJK forms).
    static func plain(_ text: String) -> SpeechScript {
        var script = SpeechScript(source: Array(text.utf8))
        var characters: [Located] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            characters.append(Located(scalar: scalar, start: offset, end: offset + width))
            offset += width
        }
        script.addText(characters, rate: 1)
        script.endSentence()
        return script
    }

    /// A decoded character and the input bytes it came from (an entity spans several).
    struct Located: Sendable {
        var scalar: Unicode.Scalar
        var start: Int
        var end: Int
    }

    static let sentenceEnders: Set<Unicode.Scalar> = [".", "!", "?", "。", "！", "？", "؟", "।"]
    static let clauseEnders: Set<Unicode.Scalar> = [",", ";", ":", "、", "，", "；", "،"]

    /// Splits `characters` into words at whitespace (and between CJK characters), with punctuation pauses.
    mutating func addText(_ characters: [Located], rate: Double, weightScale: Double = 1) {
        var token: [Located] = []
        func flush() {
            guard !token.isEmpty else { return }
            defer { token = [] }
            var core = token[...]
            while let first = core.first, Self.isPunctuation(first.scalar) { core = core.dropFirst() }
            var trailing: [Unicode.Scalar] = []
            while let last = core.last, Self.isPunctuation(last.scalar) {
                trailing.insert(last.scalar, at: 0)
                core = core.dropLast()
            }
            if let first = core.first, let last = core.last {
                let text = String(String.UnicodeScalarView(core.map(\.scalar)))
                let weight = core.reduce(0.0) { $0 + Self.weight(of: $1.scalar) } * weightScale
                items.append(.word(Word(text: text, start: first.start, end: last.end, rate: rate, weight: weight)))
            } else {
                trailing = token.map(\.scalar)
            }
            if trailing.contains(where: Self.sentenceEnders.contains) {
                endSentence()
            } else if trailing.contains(where: Self.clauseEnders.contains) {
                items.append(.pause(0.2, scaled: true))
            }
        }
        for character in characters {
            if character.scalar.properties.isWhitespace {
                flush()
            } else if Self.isIdeographic(character.scalar), let last = token.last, Self.isIdeographic(last.scalar), token.count >= 2 {
                // Languages written without spaces: words of two characters.
                flush()
                token.append(character)
            } else {
                token.append(character)
            }
        }
        flush()
    }

    /// Ends the current sentence (no effect when there is none or it has just ended).
    mutating func endSentence() {
        guard let index = items.lastIndex(where: { if case .word = $0 { return true }; if case .sentenceEnd = $0 { return true }; return false }),
              case .word = items[index] else { return }
        items.append(.sentenceEnd)
        items.append(.pause(0.45, scaled: true))
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .otherPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .dashPunctuation: true
        default: false
        }
    }

    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
    }

    /// Letter-equivalents: a Han character is a syllable or two, kana a mora, a digit a short word part.
    static func weight(of scalar: Unicode.Scalar) -> Double {
        switch scalar.value {
        case 0x4E00...0x9FFF: 3.0
        case 0x3040...0x30FF: 1.9
        case 0xAC00...0xD7AF: 2.2
        case 0x30...0x39: 1.8
        default: scalar.properties.isAlphabetic ? 1.0 : 0.3
        }
    }

    /// The input text between two byte offsets.
    func text(from start: Int, to end: Int) -> String {
        String(decoding: source[max(0, start)..<min(source.count, end)], as: UTF8.self)
    }
}
