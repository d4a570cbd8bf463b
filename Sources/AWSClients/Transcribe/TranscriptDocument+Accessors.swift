/// Numeric views of the transcript's string-typed times and scores.
extension TranscriptDocument {
    /// The first transcript's text (the whole transcript when there is one channel).
    public var text: String { results.transcripts.first?.transcript ?? "" }
    /// The spoken words, without punctuation.
    public var words: [Item] { results.items.filter { $0.type == .pronunciation } }
    /// The distinct speaker labels, in order of first appearance.
    public var speakers: [String] {
        var seen: [String] = []
        for segment in results.speakerLabels?.segments ?? [] where !seen.contains(segment.speakerLabel) {
            seen.append(segment.speakerLabel)
        }
        return seen
    }
    /// The item with `id`, when the items carry ids.
    public func item(id: Int) -> Item? { results.items.first { $0.id == id } }
}

extension TranscriptDocument.Item {
    /// Start in seconds; `nil` for punctuation.
    public var start: Double? { startTime.flatMap(Double.init) }
    /// End in seconds; `nil` for punctuation.
    public var end: Double? { endTime.flatMap(Double.init) }
    /// The most likely content.
    public var content: String { alternatives.first?.content ?? "" }
    /// The most likely content's confidence, 0–1.
    public var confidence: Double? { alternatives.first?.confidence.flatMap(Double.init) }
}

extension TranscriptDocument.SpeakerSegment {
    public var start: Double? { Double(startTime) }
    public var end: Double? { Double(endTime) }
}

extension TranscriptDocument.SpeakerItem {
    public var start: Double? { Double(startTime) }
    public var end: Double? { Double(endTime) }
}

extension TranscriptDocument.AudioSegment {
    public var start: Double? { Double(startTime) }
    public var end: Double? { Double(endTime) }
}

extension TranscriptDocument.Alternative {
    /// Confidence as a number, 0–1.
    public var confidenceValue: Double? { confidence.flatMap(Double.init) }
}

extension TranscriptDocument.LanguageScore {
    /// Score as a number, 0–1.
    public var value: Double? { Double(score) }
}
