import MediaKit

/// A deterministic English transcript in the shape Transcribe produces (words with times and speakers,
/// punctuation as separate untimed items): turns between four speakers, quick one-line exchanges, commas
/// and sentence pauses, long silences, numbers, names, and now and then a word longer than a line.
public enum SyntheticTranscript {
    /// About `wordCount` words (the last sentence is finished), at a conversational 150–170 words a minute.
    public static func english(wordCount: Int = 20_000, seed: UInt64 = 2026_1122) -> [TranscriptWord] {
        var random = SplitMix64(seed: seed)
        var words: [TranscriptWord] = []
        words.reserveCapacity(wordCount + wordCount / 6)
        var clock = 800, speaker = 0, spoken = 0
        while spoken < wordCount {
            speaker = (speaker + 1 + Int(random.next() % 3)) % 4
            let label = "spk_\(speaker)"
            let sentences: [[String]]
            if random.chance(0.15) {
                sentences = [quickReplies[random.index(quickReplies.count)].split(separator: " ").map(String.init)]
            } else {
                sentences = (0..<(1 + random.index(4))).map { _ in sentence(&random) }
            }
            for (number, sentence) in sentences.enumerated() {
                for (position, text) in sentence.enumerated() {
                    let last = text.last!
                    let punctuation = [",", ".", "?", "!"].contains(String(last)) ? String(last) : nil
                    var word = punctuation == nil ? text : String(text.dropLast())
                    var duration = 110 + 24 * word.count + random.index(60)
                    if random.chance(0.0015) {
                        word = longWords[random.index(longWords.count)]
                        duration = 70 * word.count  // spelled out slowly, as such words are
                    }
                    words.append(TranscriptWord(text: word, start: clock, end: clock + duration, speaker: label))
                    spoken += 1
                    clock += duration
                    if let punctuation { words.append(.punctuation(punctuation)) }
                    if position + 1 < sentence.count {
                        clock += punctuation == "," ? 180 + random.index(200) : 40 + random.index(90)
                    }
                }
                if number + 1 < sentences.count {
                    clock += random.chance(0.05) ? 1800 + random.index(2500) : 300 + random.index(450)
                }
            }
            clock += random.chance(0.1) ? 2000 + random.index(3000) : 150 + random.index(700)
        }
        return words
    }

    /// One sentence from a template, first word capitalised, ending with its punctuation.
    static func sentence(_ random: inout SplitMix64) -> [String] {
        let template = templates[random.index(templates.count)]
        var words: [String] = []
        for slot in template.split(separator: " ") {
            var trailing = ""
            var name = Substring(slot)
            if let last = name.last, last == "," { trailing = ","; name = name.dropLast() }
            let filled: String
            switch name {
            case "{name}": filled = names[random.index(names.count)]
            case "{place}": filled = places[random.index(places.count)]
            case "{noun}": filled = nouns[random.index(nouns.count)]
            case "{nouns}": filled = nouns[random.index(nouns.count)] + "s"
            case "{adj}": filled = adjectives[random.index(adjectives.count)]
            case "{verb}": filled = verbs[random.index(verbs.count)]
            case "{verbed}": filled = pastVerbs[random.index(pastVerbs.count)]
            case "{aux}": filled = auxiliaries[random.index(auxiliaries.count)]
            case "{pron}": filled = pronouns[random.index(pronouns.count)]
            case "{prep}": filled = prepositions[random.index(prepositions.count)]
            case "{conj}": filled = conjunctions[random.index(conjunctions.count)]
            case "{det}": filled = determiners[random.index(determiners.count)]
            case "{number}": filled = numbers[random.index(numbers.count)]
            case "{time}": filled = times[random.index(times.count)]
            default: filled = String(name)
            }
            let parts = filled.split(separator: " ").map(String.init)
            words += parts.dropLast()
            words.append(parts.last! + trailing)
        }
        words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
        let question = ["did", "do", "are", "can", "will", "have"].contains(words[0].lowercased())
        words[words.count - 1] += question ? "?" : (random.chance(0.05) ? "!" : ".")
        return words
    }

    static let templates = [
        "{name} {verbed} the {adj} {noun} {prep} the {noun}",
        "I {aux} {verb} {det} {noun} {conj} {pron} {verbed} {prep} {det} {adj} {noun}",
        "we {aux} {verb} {number} {nouns} {prep} {place} {time}",
        "did you {verb} the {noun} {prep} {name}",
        "the {noun} {prep} the {noun} was {adj}, {conj} {pron} {verbed} it anyway",
        "{pron} said that {name} {verbed} {number} {nouns} {prep} {place}",
        "when {pron} {verbed} the {adj} {noun}, {pron} {aux} {verb} {prep} the {noun}",
        "are you sure the {noun} is {adj}",
        "my {noun} {verbed} {prep} {place} {time}, {conj} nobody {verbed} it",
        "{pron} {aux} never {verb} {det} {adj} {noun} again",
        "can we {verb} the {nouns} {prep} {number} o'clock",
        "it costs {number} dollars",
        "{name} and {name} {verbed} {prep} the {adj} {noun} {time}",
        "honestly, I think the {noun} {verbed} {det} {noun} {prep} {det} {noun} {conj} {pron} {verbed}",
    ]
    static let quickReplies = ["Yes.", "No.", "Okay.", "Really?", "Thank you.", "Of course.", "I know.", "Not yet.", "Are you sure?", "Right.", "Wait!"]
    static let names = ["Anna Berg", "Tom", "Maria Lopez", "Kenji", "David Okafor", "Sophie", "Luis Romero", "Grace"]
    static let places = ["Paris", "New York", "Buenos Aires", "the station", "Tokyo", "the office", "Lagos"]
    static let nouns = ["house", "car", "letter", "camera", "river", "contract", "garden", "window", "ticket", "engine",
                        "message", "painting", "bridge", "doctor", "recording", "kitchen", "island", "phone", "plan", "film"]
    static let adjectives = ["old", "new", "broken", "beautiful", "quiet", "dangerous", "red", "expensive", "small", "strange"]
    static let verbs = ["find", "sell", "open", "fix", "watch", "send", "bring", "check", "leave", "move"]
    static let pastVerbs = ["found", "sold", "opened", "fixed", "watched", "sent", "brought", "checked", "left", "moved", "called"]
    static let auxiliaries = ["will", "can", "should", "could", "must", "would", "might"]
    static let pronouns = ["he", "she", "they", "we", "you", "I"]
    static let prepositions = ["in", "near", "behind", "under", "across", "from", "with", "at"]
    static let conjunctions = ["and", "but", "because", "so", "although"]
    static let determiners = ["the", "a", "this", "that", "my", "our", "their"]
    static let numbers = ["2", "12", "42", "1,250", "3.5", "1999", "250,000", "7"]
    static let times = ["yesterday", "tomorrow", "last week", "on Monday", "at night", "this morning"]
    static let longWords = ["pneumonoultramicroscopicsilicovolcanoconiosis", "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"]
}

/// SplitMix64: the same numbers on every run and platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A number in 0..<count.
    mutating func index(_ count: Int) -> Int { Int(next() % UInt64(count)) }
    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < probability }
}
