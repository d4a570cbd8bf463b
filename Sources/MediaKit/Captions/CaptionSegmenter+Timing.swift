/// Dialogue cues and final times.
extension CaptionSegmenter {
    /// Joins two adjacent single-line turns of different speakers into one dialogue cue ("-" per line)
    /// when either alone could not get the time it needs and the pair can.
    func mergeDialogue(_ drafts: [Draft], tokens: [CaptionToken]) -> [Draft] {
        var result: [Draft] = []
        result.reserveCapacity(drafts.count)
        let dash = rules.language.dialogueDash, counting = rules.language.counting
        let dashWidth = TextMetrics.length(dash, counting: counting)
        var index = 0
        while index < drafts.count {
            let current = drafts[index]
            guard index + 1 < drafts.count else { result.append(current); break }
            let following = drafts[index + 1]
            let nextStart = index + 2 < drafts.count ? tokens[drafts[index + 2].tokens.lowerBound].start : Int.max / 4
            let start = tokens[current.tokens.lowerBound].start, followingStart = tokens[following.tokens.lowerBound].start
            let turnGap = followingStart - tokens[current.tokens.upperBound - 1].end
            let fits = current.lines.count == 1 && following.lines.count == 1
                && current.characters + dashWidth <= breaker.limit && following.characters + dashWidth <= breaker.limit
            if fits, current.speakers.count == 1, following.speakers.count == 1, current.speakers != following.speakers,
               turnGap < rules.pauseThreshold,
               tokens[following.tokens.upperBound - 1].end - start <= rules.maxDuration,
               lacksTime(current, start: start, next: followingStart) || lacksTime(following, start: followingStart, next: nextStart) {
                let merged = Draft(tokens: current.tokens.lowerBound..<following.tokens.upperBound,
                                   lines: [dash + current.lines[0], dash + following.lines[0]],
                                   speakers: current.speakers + following.speakers,
                                   characters: current.characters + following.characters + 2 * dashWidth)
                if !lacksTime(merged, start: start, next: nextStart) {
                    result.append(merged)
                    index += 2
                    continue
                }
            }
            result.append(current)
            index += 1
        }
        return result
    }

    /// The draft cannot get its minimum duration and reading time between `start` and the next cue.
    func lacksTime(_ draft: Draft, start: Int, next: Int) -> Bool {
        let available = min(rules.maxDuration, next - rules.minGap - start)
        return max(rules.minDuration, rules.readingTime(characters: draft.characters)) > available
    }

    /// The most a cue may start before its first word, when that is the only way to give it its time.
    static let maxLeadIn = 500

    /// Final times: each cue starts with its first word and lasts until its last word ends, extended to its
    /// minimum duration and reading time as far as the next cue (less the frame gap) and the maximum allow.
    /// A cue still short of time starts up to `maxLeadIn` early; one still below the minimum duration
    /// (words closer than the rules permit) makes the next cue start later.
    func timed(_ drafts: [Draft], tokens: [CaptionToken]) -> [CaptionCue] {
        var starts = drafts.map { tokens[$0.tokens.lowerBound].start }
        var cues: [CaptionCue] = []
        cues.reserveCapacity(drafts.count)
        for (index, draft) in drafts.enumerated() {
            let speechEnd = tokens[draft.tokens.upperBound - 1].end
            let needed = max(rules.minDuration, rules.readingTime(characters: draft.characters))
            var start = starts[index]
            let limit = index + 1 < drafts.count ? starts[index + 1] - rules.minGap : Int.max / 4
            if start + needed > limit {
                // Short of time before the next cue: lead in up to `maxLeadIn` early, into the gap before.
                let earliest = max(index > 0 ? cues[index - 1].end + rules.minGap : 0, start - Self.maxLeadIn)
                start = max(min(start, limit - needed), earliest)
            }
            var end = min(max(speechEnd, start + needed), start + rules.maxDuration, limit)
            if end - start < rules.minDuration, index + 1 < drafts.count {
                end = start + min(needed, rules.maxDuration)
                starts[index + 1] = max(starts[index + 1], end + rules.minGap)
            }
            cues.append(CaptionCue(start: start, end: end, lines: draft.lines, speakers: draft.speakers))
        }
        return cues
    }
}
