/// Deterministic text embeddings: hashed word and character-trigram features folded into `dimensions`,
/// L2-normalised, so similar texts (shared words, shared spellings) get similar vectors.
public enum HashedEmbedding {
    public static func embed(_ text: String, dimensions: Int) -> [Double] {
        var vector = [Double](repeating: 0, count: max(1, dimensions))
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        func add(_ feature: String, weight: Double) {
            let hash = PseudoTranslator.hash(feature)
            let index = Int(hash % UInt64(vector.count))
            vector[index] += (hash >> 63) == 0 ? weight : -weight
        }
        for word in words {
            add("w:" + word, weight: 1.0)
            let padded = Array("#" + word + "#")
            if padded.count >= 3 {
                for start in 0...(padded.count - 3) { add("c:" + String(padded[start..<start + 3]), weight: 0.5) }
            }
        }
        for (first, second) in zip(words, words.dropFirst()) { add("b:" + first + " " + second, weight: 0.7) }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else {
            vector[0] = 1
            return vector
        }
        return vector.map { $0 / norm }
    }
}
