import AWSClients

/// Translates one text (the seam the tests drive; Amazon Translate in the function).
public protocol TextTranslating: Sendable {
    func translate(_ text: String, from source: String, to target: String) async throws -> String
}

/// ``TextTranslating`` with Amazon Translate.
public struct AmazonTranslate: TextTranslating {
    public let client: TranslateClient

    public init(client: TranslateClient) { self.client = client }

    public func translate(_ text: String, from source: String, to target: String) async throws -> String {
        try await client.translateText(TranslateTextInput(text: text, sourceLanguageCode: source, targetLanguageCode: target)).translatedText
    }
}

/// Translates cue texts in batches that keep cue boundaries: consecutive cues joined one per line up to
/// TranslateText's size limit; a batch whose answer does not come back with one line per cue is translated
/// again cue by cue, so a boundary is never guessed.
public struct CueBatchTranslator: Sendable {
    public let translator: any TextTranslating
    /// TranslateText takes at most 10,000 UTF-8 bytes; keep a margin.
    public var maximumBytes = 9000

    public init(translator: any TextTranslating, maximumBytes: Int = 9000) {
        self.translator = translator
        self.maximumBytes = maximumBytes
    }

    /// The translations of `texts`, one per text, in order.
    public func translate(_ texts: [String], from source: String, to target: String) async throws -> [String] {
        let flattened = texts.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
        var translated: [String] = []
        translated.reserveCapacity(texts.count)
        for batch in batches(flattened) {
            let joined = batch.joined(separator: "\n")
            let answer = try await translator.translate(joined, from: source, to: target)
            let lines = answer.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.count == batch.count {
                translated.append(contentsOf: lines)
            } else {
                for text in batch { translated.append(try await translator.translate(text, from: source, to: target)) }
            }
        }
        return translated
    }

    /// Consecutive texts whose lines fit the byte limit together (a longer single text is a batch of its own).
    public func batches(_ texts: [String]) -> [[String]] {
        var batches: [[String]] = []
        var current: [String] = []
        var bytes = 0
        for text in texts {
            let size = text.utf8.count + 1
            if !current.isEmpty && bytes + size > maximumBytes {
                batches.append(current)
                current = []
                bytes = 0
            }
            current.append(text)
            bytes += size
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}

import Foundation
