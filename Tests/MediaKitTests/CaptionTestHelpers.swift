import MediaKit

/// Builds Transcribe-shaped words from text: trailing punctuation becomes its own untimed item.
struct WordScript {
    var clock: Int
    var words: [TranscriptWord] = []

    init(start: Int = 1000) { clock = start }

    /// Says `text` word by word: each word lasts `wordMs` plus `perLetter` per letter, with `gapMs` between.
    mutating func say(_ text: String, speaker: String? = "spk_0", wordMs: Int = 150, perLetter: Int = 30, gapMs: Int = 60) {
        for piece in text.split(separator: " ") {
            var word = String(piece)
            var punctuation: [String] = []
            while let last = word.last, [",", ".", "?", "!", ";", ":", "。", "，", "？", "！"].contains(last), word.count > 1 {
                punctuation.insert(String(last), at: 0)
                word.removeLast()
            }
            let duration = wordMs + perLetter * word.count
            words.append(TranscriptWord(text: word, start: clock, end: clock + duration, speaker: speaker))
            words += punctuation.map { TranscriptWord.punctuation($0) }
            clock += duration + gapMs
        }
    }

    /// Silence.
    mutating func pause(_ milliseconds: Int) { clock += milliseconds }
}

extension CaptionCue {
    init(_ start: Int, _ end: Int, _ lines: String...) { self.init(start: start, end: end, lines: lines) }
}
