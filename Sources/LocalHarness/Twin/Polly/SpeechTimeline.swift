import Foundation

/// When each part of a ``SpeechScript`` is spoken by a voice, and how long the audio lasts: words take time by
/// their letter-equivalents at the language's speaking rate (×`<prosody rate>`), punctuation and breaks add
/// silence. The same timeline gives the audio's duration and the speech marks, so marks always fit the audio.
struct SpeechTimeline: Sendable {
    struct Mark: Sendable, Equatable {
        var time: Int  // milliseconds
        var type: String
        var start: Int?
        var end: Int?
        var value: String
    }

    /// Seconds of silence before the first word and after the last sound.
    static let lead = 0.05, tail = 0.15

    /// Letter-equivalents per second at rate 1, by language (English reads at about 150 words a minute).
    static func lettersPerSecond(_ languageCode: String) -> Double {
        let language = languageCode.split(separator: "-").first.map(String.init) ?? languageCode
        let factor: Double = switch language {
        case "es": 1.12
        case "it": 1.08
        case "fr", "pt": 1.05
        case "de", "nl": 0.95
        case "hi": 0.95
        case "ar", "arb": 0.92
        default: 1.0
        }
        return 14.5 * factor
    }

    private(set) var marks: [Mark] = []
    private(set) var duration: Double = 0

    init(_ script: SpeechScript, languageCode: String, voiceId: String) {
        // Voices differ a little in pace (±4%), the same voice always the same.
        let voicePace = 0.96 + Double(PseudoTranslator.hash(voiceId) % 81) / 1000
        let lettersPerSecond = Self.lettersPerSecond(languageCode) * voicePace
        var time = Self.lead
        var marks: [Mark] = []
        var sentences: [Mark] = []
        var sentenceStart: Int?
        var sentenceEnd = 0
        var sentenceTime = 0.0
        var lastRate = 1.0
        func ms(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
        func closeSentence() {
            guard let start = sentenceStart else { return }
            sentences.append(Mark(time: ms(sentenceTime), type: "sentence", start: start, end: sentenceEnd, value: script.text(from: start, to: sentenceEnd)))
            sentenceStart = nil
        }
        for item in script.items {
            switch item {
            case .word(let word):
                if sentenceStart == nil {
                    sentenceStart = word.start
                    sentenceTime = time
                }
                sentenceEnd = Self.extendOverPunctuation(script.source, from: word.end)
                let seconds = 0.06 + word.weight / (lettersPerSecond * word.rate)
                marks.append(Mark(time: ms(time), type: "word", start: word.start, end: word.end, value: word.text))
                marks += Self.visemes(word.text, from: time, seconds: seconds)
                time += seconds + 0.03 / word.rate
                lastRate = word.rate
            case .pause(let seconds, let scaled):
                if seconds > 0.15 { marks.append(Mark(time: ms(time), type: "viseme", value: "sil")) }
                time += scaled ? seconds / lastRate : seconds
            case .sentenceEnd:
                closeSentence()
            case .mark(let name, let start, let end):
                marks.append(Mark(time: ms(time), type: "ssml", start: start, end: end, value: name))
            }
        }
        closeSentence()
        // The last sentence's pause is part of the tail, not extra silence.
        if case .pause(let seconds, true)? = script.items.last { time -= seconds / lastRate }
        duration = time + Self.tail
        // Sentences first at a shared time, then marks, words and visemes, in time order.
        let rank = ["sentence": 0, "ssml": 1, "word": 2, "viseme": 3]
        self.marks = (sentences + marks).enumerated().sorted { a, b in
            (a.element.time, rank[a.element.type] ?? 4, a.offset) < (b.element.time, rank[b.element.type] ?? 4, b.offset)
        }.map(\.element)
    }

    /// The speech marks of `types`, as Polly's JSON lines.
    func jsonLines(types: Set<String>) -> Data {
        var lines = ""
        for mark in marks where types.contains(mark.type) {
            var object: [String: JSONValue] = ["time": .int(mark.time), "type": .string(mark.type), "value": .string(mark.value)]
            if let start = mark.start, let end = mark.end {
                object["start"] = .int(start)
                object["end"] = .int(end)
            }
            lines += JSONValue.object(object).serialized() + "\n"
        }
        return Data(lines.utf8)
    }

    /// A sentence's end includes the punctuation right after its last word (`.`, `。`, `！`, …).
    private static func extendOverPunctuation(_ source: [UInt8], from end: Int) -> Int {
        var index = end
        while index < source.count {
            var iterator = source[index...].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator), SpeechScript.isPunctuation(scalar) else { break }
            index += UTF8.width(scalar)
        }
        return index
    }

    /// Mouth shapes for a word's letters, spread over its duration (repeats merged).
    static func visemes(_ word: String, from start: Double, seconds: Double) -> [Mark] {
        var codes: [String] = []
        let letters = Array(word.lowercased())
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : " "
            var code: String
            switch letter {
            case "p", "b", "m": code = "p"
            case "f", "v": code = "f"
            case "t" where next == "h": code = "T"; index += 1
            case "s" where next == "h", "c" where next == "h": code = "S"; index += 1
            case "j": code = "S"
            case "t", "d", "n", "l": code = "t"
            case "s", "z", "x": code = "s"
            case "k", "g", "q", "c": code = "k"
            case "r": code = "r"
            case "a": code = "a"
            case "e": code = "e"
            case "i", "y": code = "i"
            case "o": code = "o"
            case "u", "w": code = "u"
            default: code = letter.isLetter ? "@" : ""
            }
            if !code.isEmpty, codes.last != code { codes.append(code) }
            index += 1
        }
        guard !codes.isEmpty else { return [] }
        let step = seconds / Double(codes.count)
        return codes.enumerated().map { Mark(time: Int(((start + Double($0.offset) * step) * 1000).rounded()), type: "viseme", value: $0.element) }
    }
}
