/// The twin's stand-in for a language model: deterministic text for a prompt (the same prompt, the same
/// answer), limited to a token budget and cut at stop sequences; and when the prompt asks for JSON and shows
/// its shape (an example object or a JSON Schema), valid JSON of that shape.
public struct DeterministicWriter: Sendable {
    /// How a generation ended.
    public enum Stop: Sendable, Equatable {
        case complete
        case maxTokens
        case stopSequence(String)
    }

    public struct Generation: Sendable, Equatable {
        public var text: String
        public var outputTokens: Int
        public var stop: Stop
    }

    static let vocabulary = [
        "the", "scene", "opens", "with", "a", "quiet", "city", "at", "dawn", "while", "our", "hero", "prepares", "for",
        "an", "unexpected", "journey", "camera", "follows", "through", "crowded", "streets", "music", "rises", "as",
        "light", "breaks", "over", "rooftops", "story", "turns", "when", "stranger", "arrives", "and", "everything",
        "changes", "audience", "feels", "tension", "build", "until", "final", "moment", "reveals", "truth",
    ]

    public init() {}

    /// Text (or JSON) for `prompt`, at most `maxTokens` tokens, cut before the first of `stopSequences`.
    public func generate(prompt: String, maxTokens: Int, stopSequences: [String] = []) -> Generation {
        if let shape = JSONShape.requested(in: prompt) {
            let json = shape.instance(seed: PseudoTranslator.hash(prompt))
            let text = json.serialized()
            // JSON is never cut mid-document: a budget too small for it gives the JSON anyway when the prompt
            // insists on JSON (as instruction-tuned models do), reporting the tokens it took.
            return Generation(text: text, outputTokens: Self.tokenCount(text), stop: .complete)
        }
        var state = PseudoTranslator.hash(prompt)
        let keywords = Self.keywords(prompt)
        let target = min(maxTokens, 40 + Int(state % 80))
        var words: [String] = []
        var tokens = 0
        var sentenceLength = 0
        var truncated = false
        while tokens < target {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let pick = Int((state >> 33) % 100)
            var word = pick < 25 && !keywords.isEmpty ? keywords[pick % keywords.count] : Self.vocabulary[pick % Self.vocabulary.count]
            if sentenceLength == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            sentenceLength += 1
            if sentenceLength > 7 && pick % 5 == 0 {
                word += "."
                sentenceLength = 0
            }
            let cost = Self.tokenCount(word)
            if tokens + cost > target {
                truncated = target == maxTokens
                break
            }
            words.append(word)
            tokens += cost
        }
        if tokens >= maxTokens { truncated = true }
        var text = words.joined(separator: " ")
        var stop: Stop = truncated ? .maxTokens : .complete
        if let (sequence, range) = stopSequences.compactMap({ sequence in text.range(of: sequence).map { (sequence, $0) } })
            .min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            text = String(text[..<range.lowerBound])
            stop = .stopSequence(sequence)
        }
        return Generation(text: text, outputTokens: Self.tokenCount(text), stop: stop)
    }

    /// A token count in the spirit of BPE tokenisers: words and punctuation, long words counting more.
    public static func tokenCount(_ text: String) -> Int {
        var count = 0
        var word = 0
        for character in text {
            if character.isLetter || character.isNumber {
                word += 1
            } else {
                if word > 0 { count += (word + 5) / 6 }
                word = 0
                if !character.isWhitespace { count += 1 }
            }
        }
        if word > 0 { count += (word + 5) / 6 }
        return count
    }

    /// Longer words of the prompt, so the answer is visibly about it.
    static func keywords(_ prompt: String) -> [String] {
        var seen = Set<String>()
        return prompt.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count > 4 && seen.insert($0).inserted }.prefix(12).map { $0 }
    }
}
