import Foundation

/// Per-field collection statistics BM25 reads: how many documents have the field, the total of their
/// lengths, and each term's document frequency.
struct FieldStatistics: Sendable {
    var docCount = 0
    var sumTotalTermFreq = 0
    var docFreq: [String: Int] = [:]

    var averageLength: Float { docCount == 0 ? 1 : Float(Double(sumTotalTermFreq) / Double(docCount)) }
}

/// Lucene's `BM25Similarity` with OpenSearch's defaults (k1 = 1.2, b = 0.75), in Lucene's float arithmetic,
/// including the one-byte encoding of field lengths (exact below 24 tokens, coarser above).
enum BM25 {
    static let k1: Float = 1.2
    static let b: Float = 0.75

    /// `log(1 + (N - n + 0.5) / (n + 0.5))`, N the documents with the field, n those with the term.
    static func idf(docCount: Int, docFreq: Int) -> Float {
        Float(log(1 + (Double(docCount - docFreq) + 0.5) / (Double(docFreq) + 0.5)))
    }

    /// The score of a term (or phrase) occurring `freq` times in a field of `length` tokens, with weight
    /// `boost × idf`: `weight × freq / (freq + k1 × (1 − b + b × dl / avgdl))`, dl the length as the norm encodes it.
    static func score(freq: Float, length: Int, averageLength: Float, weight: Float) -> Float {
        let dl = Float(decodedLength(length))
        let normInverse = 1 / (k1 * ((1 - b) + b * dl / averageLength))
        return weight - weight / (1 + freq * normInverse)
    }

    /// The length a norm byte gives back (`SmallFloat.byte4ToInt(intToByte4(length))`).
    static func decodedLength(_ length: Int) -> Int {
        let free = 24
        if length < free { return length }
        let value = length - free
        let bits = 64 - value.leadingZeroBitCount
        if bits < 4 { return length }
        let shift = bits - 4
        let mantissa = (value >> shift) & 0x07
        return free + ((mantissa | 0x08) << shift)
    }
}
