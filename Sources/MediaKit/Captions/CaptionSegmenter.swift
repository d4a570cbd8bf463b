/// The cues made from a transcript, and the words that had to be split to fit a line.
public struct CaptionSegmentation: Sendable, Hashable {
    public var cues: [CaptionCue]
    /// Words longer than a line, split with a hyphen as a last resort (reported, not silently changed).
    public var hardSplitWords: [String]
}

/// Turns timed words into cues that meet the style rules: a cue ends at every speaker change (unless two
/// single-line turns share a cue with dialogue dashes) and long pause; within a speaker's stretch, dynamic
/// programming picks the cue breaks that best end at sentence ends and clause punctuation, fit the lines,
/// and leave each cue the time its reading speed and minimum duration need.
public struct CaptionSegmenter: Sendable {
    public let rules: CaptionRules
    let breaker: LineBreaker

    /// `rules.minGap`, worked out once (the dynamic programme asks for it for every candidate cue).
    let minGap: Int

    public init(rules: CaptionRules = CaptionRules()) {
        self.rules = rules
        self.breaker = LineBreaker(rules: rules)
        self.minGap = rules.minGap
    }

    /// Cost of a cue that breaks a timing rule (the same weight as a line break inside a protected pair).
    static let violation = LineBreaker.violation
    /// Cost of each cue: fewer, fuller cues are preferred to many short ones.
    static let cueCost = 10.0
    /// Cost of a cue break inside a protected pair (worse than any plain break, not a rule violation).
    static let protectedCueBreak = 30.0

    /// A cue in the making: its words and lines; times are set once every cue is known.
    typealias BreakKind = LineBreaker.BreakKind

    struct Draft {
        var tokens: Range<Int>
        var lines: [String]
        var speakers: [String]
        var characters: Double
    }

    /// The cues for `words` (in time order).
    public func segment(_ words: [TranscriptWord]) -> CaptionSegmentation {
        var hardSplit: [String] = []
        let tokens = CaptionToken.tokens(from: words, rules: rules, hardSplit: &hardSplit)
        guard !tokens.isEmpty else { return CaptionSegmentation(cues: [], hardSplitWords: hardSplit) }
        let texts = tokens.map(\.text), widths = tokens.map(\.width), kinds = breaker.breakKinds(texts)
        let blocks = self.blocks(tokens)
        var drafts: [Draft] = []
        for (number, block) in blocks.enumerated() {
            let limit = number + 1 < blocks.count ? tokens[blocks[number + 1].lowerBound].start : Int.max / 4
            drafts += segment(block: block, tokens: tokens, texts: texts, widths: widths, kinds: kinds, nextStart: limit)
        }
        if rules.allowsDialogueDashes { drafts = mergeDialogue(drafts, tokens: tokens) }
        return CaptionSegmentation(cues: timed(drafts, tokens: tokens), hardSplitWords: hardSplit)
    }

    /// Stretches of one speaker without a long pause.
    func blocks(_ tokens: [CaptionToken]) -> [Range<Int>] {
        var blocks: [Range<Int>] = [], start = 0
        for index in tokens.indices.dropFirst() {
            let previous = tokens[index - 1], token = tokens[index]
            if token.speaker != previous.speaker || token.start - previous.end >= rules.pauseThreshold {
                blocks.append(start..<index)
                start = index
            }
        }
        blocks.append(start..<tokens.count)
        return blocks
    }

    /// The least-cost cue breaks for one block; `nextStart` is when the next block's first word starts.
    func segment(block: Range<Int>, tokens: [CaptionToken], texts: [String], widths: [Double], kinds: [BreakKind],
                 nextStart: Int) -> [Draft] {
        let base = block.lowerBound, count = block.count
        var prefix = [Double](repeating: 0, count: count + 1), sentences = [Int](repeating: 0, count: count + 1)
        for offset in 0..<count {
            prefix[offset + 1] = prefix[offset] + widths[base + offset]
            sentences[offset + 1] = sentences[offset] + (kinds[base + offset] == .sentence ? 1 : 0)
        }
        var best = [Double](repeating: .infinity, count: count + 1), from = [Int](repeating: 0, count: count + 1)
        var splits = [Bool](repeating: false, count: count + 1)
        best[0] = 0
        let separator = breaker.separatorWidth, limit = breaker.limit
        let maxWidth = limit * Double(rules.maxLines) + separator * Double(rules.maxLines - 1)
        for end in 1...count {
            var first = end - 1
            while first >= 0 {
                let single = first == end - 1
                let width = prefix[end] - prefix[first] + separator * Double(end - first - 1)
                let speech = tokens[base + end - 1].end - tokens[base + first].start
                if !single, width > maxWidth || speech > rules.maxDuration { break }
                if best[first] < .infinity,
                   let (cost, split) = cueCost(first: base + first, end: base + end, width: width, tokens: tokens, kinds: kinds,
                                               widths: widths, blockEnd: block.upperBound, nextStart: nextStart,
                                               innerSentences: sentences[end - 1] - sentences[first]) {
                    if best[first] + cost < best[end] {
                        best[end] = best[first] + cost
                        from[end] = first
                        splits[end] = split
                    }
                }
                first -= 1
            }
        }
        var drafts: [Draft] = [], end = count
        while end > 0 {
            let first = from[end], range = (base + first)..<(base + end)
            let lines = breaker.lines(words: texts[range], widths: widths[range], kinds: kinds[range])
            let characters = lines.reduce(0) { $0 + TextMetrics.length($1, counting: rules.language.counting) }
            drafts.append(Draft(tokens: range, lines: lines, speakers: tokens[range.lowerBound].speaker.map { [$0] } ?? [], characters: characters))
            end = first
        }
        return drafts.reversed()
    }

    /// The cost of one cue over tokens `first..<end`, and whether it takes two lines; nil when the words
    /// cannot fit the line count at all.
    func cueCost(first: Int, end: Int, width: Double, tokens: [CaptionToken], kinds: [BreakKind], widths: [Double],
                 blockEnd: Int, nextStart: Int, innerSentences: Int) -> (Double, Bool)? {
        var cost = Self.cueCost + 3 * Double(innerSentences)
        var characters = width, split = false
        if width > breaker.limit, end - first > 1 {
            guard rules.maxLines >= 2 else { return nil }
            if rules.maxLines == 2 {
                guard let best = breaker.bestSplit(widths: widths[first..<end], kinds: kinds[first..<end]) else { return nil }
                cost += best.cost
            } else if breaker.greedyLineCount(widths[first..<end]) > rules.maxLines {
                return nil
            }
            characters -= breaker.separatorWidth
            split = true
        }
        if end < blockEnd {
            // Ending a cue mid-sentence is worse than breaking a line there.
            cost += 2 * breaker.cost(of: kinds[end - 1], protectedCost: Self.protectedCueBreak)
        }
        let start = tokens[first].start
        let next = end < blockEnd ? tokens[end].start : nextStart
        let available = min(rules.maxDuration, next - minGap - start)
        let required = max(rules.minDuration, rules.readingTime(characters: characters))
        if required > available { cost += Self.violation }
        return (cost, split)
    }
}
