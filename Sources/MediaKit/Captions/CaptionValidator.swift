import Foundation

/// A broken style rule: which rule, which cue (0-based index in the list validated) and what was found.
public struct CaptionViolation: Sendable, Hashable, CustomStringConvertible {
    public struct Rule: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let lineLength = Rule(rawValue: "line-length")
        public static let lineCount = Rule(rawValue: "line-count")
        public static let readingSpeed = Rule(rawValue: "reading-speed")
        public static let minDuration = Rule(rawValue: "min-duration")
        public static let maxDuration = Rule(rawValue: "max-duration")
        public static let frameGap = Rule(rawValue: "frame-gap")
        public static let overlap = Rule(rawValue: "overlap")
        public static let speakerChange = Rule(rawValue: "speaker-change")
        public static let lineBreak = Rule(rawValue: "line-break")
        public static let emptyCue = Rule(rawValue: "empty-cue")
    }

    public var rule: Rule
    public var cueIndex: Int
    public var detail: String

    public init(rule: Rule, cueIndex: Int, detail: String) {
        self.rule = rule
        self.cueIndex = cueIndex
        self.detail = detail
    }

    public var description: String { "cue \(cueIndex): \(rule): \(detail)" }
}

/// Checks cues against the style rules and reports every violation, cue by cue.
public struct CaptionValidator: Sendable {
    public var rules: CaptionRules

    public init(rules: CaptionRules = CaptionRules()) { self.rules = rules }

    /// Every violation, in cue order (a cue may break several rules).
    public func validate(_ cues: [CaptionCue]) -> [CaptionViolation] {
        var violations: [CaptionViolation] = []
        for (index, cue) in cues.enumerated() {
            violations += validate(cue, at: index)
            if index + 1 < cues.count {
                let next = cues[index + 1], gap = next.start - cue.end
                if gap < 0 {
                    violations.append(.init(rule: .overlap, cueIndex: index, detail: "overlaps the next cue by \(-gap) ms"))
                } else if gap < rules.minGap {
                    violations.append(.init(rule: .frameGap, cueIndex: index,
                                            detail: "gap \(gap) ms to the next cue < \(rules.minGapFrames) frames at \(rules.frameRate) fps (\(rules.minGap) ms)"))
                }
            }
        }
        return violations
    }

    /// The rules that concern one cue alone.
    public func validate(_ cue: CaptionCue, at index: Int) -> [CaptionViolation] {
        var violations: [CaptionViolation] = []
        func report(_ rule: CaptionViolation.Rule, _ detail: String) {
            violations.append(CaptionViolation(rule: rule, cueIndex: index, detail: detail))
        }
        let counting = rules.language.counting
        let lines = cue.lines.filter { !$0.allSatisfy(\.isWhitespace) }
        if lines.isEmpty { report(.emptyCue, "no text") }
        if cue.lines.count > rules.maxLines { report(.lineCount, "\(cue.lines.count) lines > \(rules.maxLines)") }
        for (number, line) in cue.lines.enumerated() {
            let length = TextMetrics.length(line, counting: counting)
            if length > Double(rules.maxCharactersPerLine) {
                report(.lineLength, "line \(number + 1) has \(Self.format(length)) characters > \(rules.maxCharactersPerLine)")
            }
        }
        if cue.duration < rules.minDuration { report(.minDuration, "\(cue.duration) ms < \(rules.minDuration) ms") }
        if cue.duration > rules.maxDuration { report(.maxDuration, "\(cue.duration) ms > \(rules.maxDuration) ms") }
        let characters = TextMetrics.readingLength(cue.lines, counting: counting)
        if cue.duration > 0, characters > 0, characters * 1000 / Double(cue.duration) > rules.maxReadingSpeed + 1e-9 {
            let speed = characters * 1000 / Double(cue.duration)
            report(.readingSpeed, "\(Self.format(speed)) characters/s > \(Self.format(rules.maxReadingSpeed)) (\(Self.format(characters)) characters in \(cue.duration) ms)")
        }
        if cue.speakers.count > 1, !isDialogue(cue) {
            report(.speakerChange, "speakers \(cue.speakers.joined(separator: ", ")) without one dialogue-dash line each")
        }
        if cue.lines.count == 2, !isDialogue(cue), rules.language.breakRules == .english,
           let left = cue.lines[0].split(separator: " ").last, let right = cue.lines[1].split(separator: " ").first,
           let pair = EnglishBreakRules.protectedPair(left, right),
           LineBreaker(rules: rules).canShareLine(String(left), String(right)) {
            report(.lineBreak, "break between \"\(left)\" and \"\(right)\" splits \(pair)")
        }
        return violations
    }

    /// Two lines, one per speaker, each starting with a dash.
    func isDialogue(_ cue: CaptionCue) -> Bool {
        let dash = rules.language.dialogueDash.trimmingCharacters(in: .whitespaces)
        return cue.lines.count == 2 && cue.speakers.count <= 2 && cue.lines.allSatisfy { $0.hasPrefix(dash) }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
