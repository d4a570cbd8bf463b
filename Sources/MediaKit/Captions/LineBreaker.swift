/// Breaks a cue's words into lines: one line when the text fits, otherwise the best two-line break —
/// both lines within the limit, after punctuation or before a conjunction where possible, never splitting
/// a protected pair (English), balanced with the bottom line the longer (a pyramid).
public struct LineBreaker: Sendable {
    public let rules: CaptionRules
    /// The line length limit and the width of the word separator, measured once.
    let limit: Double
    let separatorWidth: Double
    let english: Bool

    public init(rules: CaptionRules) {
        self.rules = rules
        limit = Double(rules.maxCharactersPerLine)
        separatorWidth = TextMetrics.length(rules.language.wordSeparator, counting: rules.language.counting)
        english = rules.language.breakRules == .english
    }

    /// Cost of a line break that splits a protected pair: the same weight as any other style violation.
    static let violation = 1000.0


    /// The lines for `words`: one line, the best two-line break, or (text too long for the line count)
    /// lines filled greedily, so the validator can report the overflow.
    public func lines(for words: [String]) -> [String] {
        lines(for: words, widths: words.map { TextMetrics.length($0, counting: rules.language.counting) })
    }

    /// The same with the words' widths already measured; break kinds are worked out only where a break fits.
    func lines(for words: [String], widths: [Double]) -> [String] {
        lines(words: words[...], widths: widths[...]) { breakKind(left: words[$0], right: words[$0 + 1]) }
    }

    func lines(words: ArraySlice<String>, widths: ArraySlice<Double>, kinds: ArraySlice<BreakKind>) -> [String] {
        lines(words: words, widths: widths) { kinds[$0] }
    }

    func lines(words: ArraySlice<String>, widths: ArraySlice<Double>, kindAfter: (Int) -> BreakKind) -> [String] {
        let separator = rules.language.wordSeparator
        guard !words.isEmpty else { return [] }
        if width(widths) <= limit {
            return [words.joined(separator: separator)]
        }
        if rules.maxLines >= 2, let split = bestSplit(widths: widths, kindAfter: kindAfter) {
            return [words[words.startIndex..<split.index].joined(separator: separator), words[split.index...].joined(separator: separator)]
        }
        return greedy(words: words, widths: widths)
    }

    /// Width of the words joined by the separator.
    func width(_ widths: ArraySlice<Double>) -> Double {
        widths.reduce(0, +) + separatorWidth * Double(max(widths.count - 1, 0))
    }

    /// The best index to start the second line at, and its cost; nil when no break fits both lines.
    /// `kinds[i]` is the kind of the break after word `i` (same indices as `widths`).
    func bestSplit(widths: ArraySlice<Double>, kinds: ArraySlice<BreakKind>) -> (index: Int, cost: Double)? {
        bestSplit(widths: widths) { kinds[$0] }
    }

    /// The same with the kind of the break after word `i` given by `kindAfter(i)`.
    func bestSplit(widths: ArraySlice<Double>, kindAfter: (Int) -> BreakKind) -> (index: Int, cost: Double)? {
        let total = width(widths)
        var best: (index: Int, cost: Double)?
        var top = 0.0
        for index in widths.startIndex + 1..<widths.endIndex {
            top += widths[index - 1] + (index - 1 > widths.startIndex ? separatorWidth : 0)
            if top > limit { break }
            let bottom = total - top - separatorWidth
            if bottom > limit { continue }
            var cost = abs(top - bottom) / max(limit, 1) * 10 + cost(of: kindAfter(index - 1), protectedCost: Self.violation)
            if top > bottom { cost += 2 }  // a pyramid: the bottom line the longer
            if best == nil || cost < best!.cost { best = (index, cost) }
        }
        return best
    }

    /// What kind of break lies between two adjacent words.
    enum BreakKind: UInt8, Sendable {
        case sentence, clause, beforeConjunction, plain, protected
    }

    /// The kind of the break after each word (the last word's is `.sentence`: the text ends there).
    func breakKinds(_ words: [String]) -> [BreakKind] {
        let infos = english ? words.map { EnglishBreakRules.WordInfo($0[...]) } : []
        var kinds: [BreakKind] = []
        kinds.reserveCapacity(words.count)
        for index in words.indices {
            guard index + 1 < words.count else { kinds.append(.sentence); break }
            let left = words[index]
            if TextMetrics.endsSentence(left) {
                kinds.append(.sentence)
            } else if TextMetrics.endsClause(left) {
                kinds.append(.clause)
            } else if !english {
                kinds.append(.plain)
            } else if EnglishBreakRules.protectedPair(infos[index], infos[index + 1]) != nil, canShareLine(left, words[index + 1]) {
                kinds.append(.protected)
            } else {
                kinds.append(EnglishBreakRules.goodBreakBefore(infos[index + 1]) ? .beforeConjunction : .plain)
            }
        }
        return kinds
    }

    /// The kind of the break between two words.
    func breakKind(left: String, right: String) -> BreakKind {
        if TextMetrics.endsSentence(left) { return .sentence }
        if TextMetrics.endsClause(left) { return .clause }
        guard english else { return .plain }
        if EnglishBreakRules.protectedPair(left[...], right[...]) != nil, canShareLine(left, right) { return .protected }
        return EnglishBreakRules.goodBreakBefore(right[...]) ? .beforeConjunction : .plain
    }

    /// Two words fit on one line together; a break between words that cannot is forced, never bad.
    func canShareLine(_ left: String, _ right: String) -> Bool {
        let counting = rules.language.counting
        return TextMetrics.length(left, counting: counting) + separatorWidth + TextMetrics.length(right, counting: counting) <= limit
    }

    /// How good a break is: 0 after a sentence end, 1 after clause punctuation, 3 before a conjunction or
    /// preposition, 6 elsewhere in English (4 in other languages), `protectedCost` inside a protected pair.
    func cost(of kind: BreakKind, protectedCost: Double) -> Double {
        switch kind {
        case .sentence: 0
        case .clause: 1
        case .beforeConjunction: 3
        case .plain: english ? 6 : 4
        case .protected: protectedCost
        }
    }

    /// Fills lines word by word (used only when the text cannot fit the line count).
    func greedy(words: ArraySlice<String>, widths: ArraySlice<Double>) -> [String] {
        let separator = rules.language.wordSeparator
        var lines: [String] = [], current: [String] = [], used = 0.0
        for index in words.indices {
            let extra = current.isEmpty ? widths[index] : widths[index] + separatorWidth
            if !current.isEmpty, used + extra > limit {
                lines.append(current.joined(separator: separator))
                current = []
                used = 0
            }
            used += current.isEmpty ? widths[index] : widths[index] + separatorWidth
            current.append(words[index])
        }
        if !current.isEmpty { lines.append(current.joined(separator: separator)) }
        return lines
    }
}

extension LineBreaker {
    /// How many lines greedy filling needs (for more than two lines allowed).
    func greedyLineCount(_ widths: ArraySlice<Double>) -> Int {
        var lines = 0, used = 0.0
        for width in widths {
            if lines == 0 || used + separatorWidth + width > limit {
                lines += 1
                used = width
            } else {
                used += separatorWidth + width
            }
        }
        return lines
    }
}
