import Foundation

/// A translated cue that still breaks a rule after re-wrapping and rebalancing.
public struct TranslationIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case readingSpeed = "reading-speed", lineCount = "line-count", lineLength = "line-length", emptyText = "empty-text"
    }
    public var kind: Kind
    public var cueIndex: Int
    public var detail: String
    public var description: String { "cue \(cueIndex): \(kind.rawValue): \(detail)" }
}

/// Translated cues and what could not be made to fit.
public struct TranslatedCaptions: Sendable, Hashable {
    public var cues: [CaptionCue]
    public var issues: [TranslationIssue]
}

/// Puts translations into the source cues' times: each text is re-wrapped for its language, and a cue
/// whose translation reads too fast takes time from the gaps to its neighbours (keeping the frame gap and
/// the maximum duration), then from neighbours that have more time than they need; what still cannot fit
/// is reported.
public struct CaptionTranslator: Sendable {
    public var rules: CaptionRules
    let breaker: LineBreaker

    public init(rules: CaptionRules) {
        self.rules = rules
        self.breaker = LineBreaker(rules: rules)
    }

    /// `texts[i]` is the translation of `cues[i]`; a cue without a translation keeps an empty text (reported).
    /// A translation too long for the line count is shown as two consecutive cues sharing the source cue's
    /// time (split at its best break, times in proportion to length) when both still get their minimum
    /// duration. Issues name indices in the returned cues.
    public func apply(_ texts: [String], to cues: [CaptionCue]) -> TranslatedCaptions {
        var result: [CaptionCue] = []
        var issues: [TranslationIssue] = []
        var slots: [Slot] = []
        result.reserveCapacity(cues.count)
        slots.reserveCapacity(cues.count)
        for index in cues.indices {
            let text = index < texts.count ? texts[index] : ""
            let dialogue = cues[index].speakers.count == 2 && cues[index].lines.count == 2
            var lines = wrap(text, dialogue: dialogue)
            var cue = cues[index]
            if lines.count > rules.maxLines, !dialogue, let (first, second) = split(text, start: cue.start, end: cue.end) {
                cue.end = first.end
                cue.lines = first.lines
                append(cue)
                cue.start = second.start
                cue.end = cues[index].end
                lines = second.lines
            }
            if lines.isEmpty {
                issues.append(TranslationIssue(kind: .emptyText, cueIndex: result.count, detail: "no translated text"))
            } else if lines.count > rules.maxLines {
                issues.append(TranslationIssue(kind: .lineCount, cueIndex: result.count, detail: "\(lines.count) lines needed"))
            } else if let long = lines.first(where: { TextMetrics.length($0, counting: rules.language.counting) > breaker.limit }) {
                // A dialogue line keeps its speaker's whole turn.
                issues.append(TranslationIssue(kind: .lineLength, cueIndex: result.count, detail: "\"\(long)\" is longer than a line"))
            }
            cue.lines = lines
            append(cue)
        }
        func append(_ cue: CaptionCue) {
            let characters = TextMetrics.readingLength(cue.lines, counting: rules.language.counting)
            slots.append(Slot(start: cue.start, end: cue.end, needed: max(rules.minDuration, rules.readingTime(characters: characters))))
            result.append(cue)
        }
        for index in slots.indices {
            if slots[index].missing(rules.maxDuration) > 0 { rebalance(&slots, index) }
            let still = slots[index].needed - slots[index].duration
            if still > 0 {
                issues.append(TranslationIssue(kind: .readingSpeed, cueIndex: index, detail: "needs \(still) ms more than its neighbours can give"))
            }
        }
        for index in result.indices {
            result[index].start = slots[index].start
            result[index].end = slots[index].end
        }
        return TranslatedCaptions(cues: result, issues: issues)
    }

    /// The text as two cues within `start..<end`: split at the break that best ends a sentence or clause
    /// and balances the halves, each half within the line count and the minimum duration; nil if none.
    func split(_ text: String, start: Int, end: Int) -> (first: (end: Int, lines: [String]), second: (start: Int, lines: [String]))? {
        let (words, widths) = measuredWords(text)
        guard words.count > 1 else { return nil }
        let counting = rules.language.counting
        let kinds = breaker.breakKinds(words)
        let total = breaker.width(widths[...])
        var best: (index: Int, cost: Double)?
        var left = 0.0
        for index in 1..<words.count {
            left += widths[index - 1] + (index > 1 ? breaker.separatorWidth : 0)
            let right = total - left - breaker.separatorWidth
            if left > breaker.limit * Double(rules.maxLines) + breaker.separatorWidth { break }
            let cost = abs(left - right) / max(breaker.limit, 1) * 5 + 2 * breaker.cost(of: kinds[index - 1], protectedCost: 30)
            if best == nil || cost < best!.cost { best = (index, cost) }
        }
        guard let index = best?.index else { return nil }
        let firstLines = breaker.lines(words: words[..<index], widths: widths[..<index], kinds: kinds[..<index])
        let secondLines = breaker.lines(words: words[index...], widths: widths[index...], kinds: kinds[index...])
        guard firstLines.count <= rules.maxLines, secondLines.count <= rules.maxLines else { return nil }
        let firstLength = TextMetrics.readingLength(firstLines, counting: counting)
        let secondLength = TextMetrics.readingLength(secondLines, counting: counting)
        let available = end - start - rules.minGap
        let firstDuration = Int(Double(available) * firstLength / max(firstLength + secondLength, 1))
        guard firstDuration >= rules.minDuration, available - firstDuration >= rules.minDuration else { return nil }
        return ((start + firstDuration, firstLines), (start + firstDuration + rules.minGap, secondLines))
    }

    /// A cue's times and the least duration its translation needs (minimum duration, reading time).
    struct Slot {
        var start: Int
        var end: Int
        var needed: Int
        var duration: Int { end - start }
        /// Milliseconds short of what it needs, within the maximum duration.
        func missing(_ maxDuration: Int) -> Int { min(needed, maxDuration) - duration }
        /// Milliseconds it could give away and still have what it needs.
        var spare: Int { max(0, duration - needed) }
    }

    /// Lines for a translated text: a dialogue cue keeps one dash line per speaker when the translation has
    /// two lines ("\n"-separated); otherwise the text is wrapped as one.
    public func wrap(_ text: String, dialogue: Bool = false) -> [String] {
        let parts = (text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r", with: "\n") : text).split(asciiByte: 0x0A).map(Self.trimmed).filter { !$0.isEmpty }
        if dialogue, parts.count == 2 {
            let dash = rules.language.dialogueDash, mark = dash.trimmingCharacters(in: .whitespaces)
            return parts.map { $0.hasPrefix(mark) ? $0 : dash + $0 }
        }
        let joined = parts.joined(separator: rules.language.wordSeparator.isEmpty ? "" : " ")
        if !joined.isEmpty, !Self.hasDoubleSpace(joined), TextMetrics.length(joined, counting: rules.language.counting) <= breaker.limit {
            return [joined]  // fits one line as it is
        }
        if let lines = twoLinesAtSpaces(joined) { return lines }
        let (words, widths) = measuredWords(joined)
        return breaker.lines(for: words, widths: widths)
    }

    /// The same two lines the general path chooses, found on the text itself without splitting it into
    /// words: for space-separated text in a language with punctuation-based breaks whose every scalar is a
    /// character of its own. Nil when that does not apply or no break fits (the general path decides).
    func twoLinesAtSpaces(_ text: String) -> [String]? {
        guard rules.maxLines >= 2, !breaker.english, rules.language.wordSeparator == " ", rules.language.counting == .graphemes
        else { return nil }
        var spaces: [(index: String.Index, offset: Int)] = []
        var total = 0
        let scalars = text.unicodeScalars
        var position = scalars.startIndex
        while position != scalars.endIndex {
            let value = scalars[position].value
            guard TextMetrics.standsAlone(value) else { return nil }
            if value == 0x20 { spaces.append((position, total)) }
            total += 1
            position = scalars.index(after: position)
        }
        let limit = breaker.limit
        var best: (index: String.Index, cost: Double)?
        for space in spaces {
            let top = Double(space.offset), bottom = Double(total - space.offset - 1)
            if top > limit { break }
            if bottom > limit { continue }
            let left = text[..<space.index]
            let kind: LineBreaker.BreakKind = TextMetrics.endsSentence(left) ? .sentence : TextMetrics.endsClause(left) ? .clause : .plain
            var cost = abs(top - bottom) / max(limit, 1) * 10 + breaker.cost(of: kind, protectedCost: LineBreaker.violation)
            if top > bottom { cost += 2 }
            if best == nil || cost < best!.cost { best = (space.index, cost) }
        }
        guard let index = best?.index else { return nil }
        return [String(text[..<index]), String(text[text.index(after: index)...])]
    }

    /// Words to break between, a word longer than a line split with a hyphen as in the source.
    func words(_ text: String) -> [String] { measuredWords(text).words }

    /// The words and their widths.
    func measuredWords(_ text: String) -> (words: [String], widths: [Double]) {
        let words = unsplitWords(text)
        let counting = rules.language.counting, limit = breaker.limit
        let widths = words.map { TextMetrics.length($0, counting: counting) }
        guard widths.contains(where: { $0 > limit }) else { return (words, widths) }
        var result: (words: [String], widths: [Double]) = ([], [])
        for (word, width) in zip(words, widths) {
            if width <= limit {
                result.words.append(word)
                result.widths.append(width)
            } else {
                for piece in CaptionToken.split(CaptionToken(text: word, start: 0, end: 0, width: width), rules: rules) {
                    result.words.append(piece.text)
                    result.widths.append(piece.width)
                }
            }
        }
        return result
    }

    /// Two spaces in a row (checked on bytes: Foundation's substring search is slow on Linux).
    static func hasDoubleSpace(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20, previous == 0x20 { return true }
            previous = byte
        }
        return false
    }

    /// The text without leading and trailing white space.
    static func trimmed(_ text: Substring) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) {
            return String(text)  // starts and ends with a visible ASCII character
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// Words to break between: space-separated words, or single characters in languages written without
    /// spaces (each kept with the punctuation that follows it, so no line starts with a closing mark).
    func unsplitWords(_ text: String) -> [String] {
        guard rules.language.wordSeparator.isEmpty else { return text.split(asciiByte: 0x20).map(String.init) }
        var result: [String] = []
        for character in text where !character.isWhitespace {
            if let last = result.last,
               Self.noLineStart.contains(character) || last.last.map(Self.noLineEnd.contains) == true || Self.continuesLatin(last, character) {
                result[result.count - 1].append(character)
            } else {
                result.append(String(character))
            }
        }
        return result
    }

    /// Half-width letters and digits in CJK text stay together ("BBC", "250,000", "3.5").
    static func continuesLatin(_ word: String, _ character: Character) -> Bool {
        guard character.isASCII, character.isLetter || character.isNumber, let last = word.last, last.isASCII else { return false }
        if last.isLetter || last.isNumber { return true }
        return (last == "," || last == ".") && word.dropLast().last?.isNumber == true && character.isNumber
    }

    /// Characters that must not begin a line (closing punctuation) or end one (opening brackets).
    static let noLineStart: Set<Character> = ["。", "、", "，", "．", "！", "？", "：", "；", "」", "』", "）", "】", "…", "ー", ".", ",", "!", "?", ")", "”", "’"]
    static let noLineEnd: Set<Character> = ["「", "『", "（", "【", "(", "“", "‘"]

    /// Lengthens cue `index` up to what it needs, in this order: into the gap after it, into the gap
    /// before it, then by taking spare time from the next and the previous cue.
    func rebalance(_ slots: inout [Slot], _ index: Int) {
        let gap = rules.minGap, maxDuration = rules.maxDuration
        let hasNext = index + 1 < slots.count, hasPrevious = index > 0
        // 1. The gap after.
        let afterLimit = hasNext ? slots[index + 1].start - gap : Int.max / 4
        slots[index].end += max(0, min(slots[index].missing(maxDuration), afterLimit - slots[index].end))
        // 2. The gap before.
        if slots[index].missing(maxDuration) > 0 {
            let beforeLimit = hasPrevious ? slots[index - 1].end + gap : 0
            slots[index].start -= max(0, min(slots[index].missing(maxDuration), slots[index].start - beforeLimit))
        }
        // 3. Spare time of the next cue: it starts later, keeping what it needs.
        if slots[index].missing(maxDuration) > 0, hasNext {
            let take = min(slots[index].missing(maxDuration), slots[index + 1].spare)
            if take > 0 {
                slots[index + 1].start += take
                slots[index].end = slots[index + 1].start - gap
            }
        }
        // 4. Spare time of the previous cue: it ends earlier, keeping what it needs.
        if slots[index].missing(maxDuration) > 0, hasPrevious {
            let take = min(slots[index].missing(maxDuration), slots[index - 1].spare)
            if take > 0 {
                slots[index - 1].end -= take
                slots[index].start = slots[index - 1].end + gap
            }
        }
    }
}
