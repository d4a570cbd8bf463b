/// Turns a sidecar text (`<media key>.transcript.txt`, optionally with `[Speaker]` markers) into the items of a
/// Transcribe transcript: words with plausible timings and confidences, punctuation, speaker labels.
struct SidecarTranscript {
    struct Word {
        var content: String
        var isPunctuation: Bool
        var start: Double
        var end: Double
        var speaker: Int
        var confidence: Double
    }

    var words: [Word] = []
    var speakers: [String] = []

    init(text: String) {
        var time = 0.4
        var speaker = 0
        var previous: Word?
        var seed = PseudoTranslator.hash(text)
        for token in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            if token.hasPrefix("[") && token.hasSuffix("]") && token.count > 2 {
                let name = String(token.dropFirst().dropLast())
                if let index = speakers.firstIndex(of: name) {
                    if index != speaker, previous != nil { time += 0.8 }
                    speaker = index
                } else {
                    speakers.append(name)
                    if speakers.count > 1, previous != nil { time += 0.8 }
                    speaker = speakers.count - 1
                }
                continue
            }
            var core = token
            var trailing: [Character] = []
            while let last = core.last, ".,!?;:".contains(last), core.count > 1 {
                trailing.insert(last, at: 0)
                core.removeLast()
            }
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let letters = Double(core.count)
            let duration = min(1.2, 0.12 + 0.055 * letters)
            let confidence = 0.9 + Double((seed >> 33) % 100) / 1000
            let word = Word(content: core, isPunctuation: false, start: time, end: time + duration, speaker: speaker, confidence: confidence)
            words.append(word)
            previous = word
            time += duration + 0.05
            for mark in trailing {
                words.append(Word(content: String(mark), isPunctuation: true, start: 0, end: 0, speaker: speaker, confidence: 0))
                if ".!?".contains(mark) { time += 0.6 } else { time += 0.15 }
            }
        }
        if speakers.isEmpty { speakers = ["speaker"] }
    }

    /// The transcript text: words separated by spaces, punctuation attached.
    var text: String {
        var output = ""
        for word in words {
            if !word.isPunctuation && !output.isEmpty { output += " " }
            output += word.content
        }
        return output
    }

    /// The end of the last word, in seconds.
    var duration: Double { (words.last { !$0.isPunctuation }?.end ?? 0) + 0.5 }

    static func time(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
}

import Foundation
