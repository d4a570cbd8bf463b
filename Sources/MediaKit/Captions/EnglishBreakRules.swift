import Foundation

/// English line-break heuristics from small word lists: which adjacent words a break must not separate,
/// and which words a break is good before. No tagger: capitalised neighbours are taken for a name.
public enum EnglishBreakRules {
    /// Why a break between two words is forbidden, or nil when it is allowed.
    public static func protectedPair(_ left: Substring, _ right: Substring) -> String? {
        protectedPair(WordInfo(left), WordInfo(right))
    }

    /// A break before `right` is good (a conjunction or preposition starts the next line).
    public static func goodBreakBefore(_ right: Substring) -> Bool {
        goodBreakBefore(WordInfo(right))
    }

    /// What the rules look at in a word, computed once per word.
    struct WordInfo {
        /// Lower-cased, surrounding punctuation and quotes removed, curly apostrophes made straight.
        var bare: String
        var capitalised: Bool
        /// Ends with a letter, digit or apostrophe (no punctuation after it).
        var open: Bool

        init(_ word: Substring) {
            bare = EnglishBreakRules.bare(word)
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                capitalised = word.utf8.first(where: { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }).map { $0 <= 0x5A } ?? false
                open = word.utf8.last.map { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x27 } ?? false
            } else {
                capitalised = EnglishBreakRules.capitalised(word)
                open = word.last.map { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" } ?? false
            }
        }
    }

    static func protectedPair(_ left: WordInfo, _ right: WordInfo) -> String? {
        guard left.open else { return nil }  // a break after punctuation is always allowed
        let first = left.bare, second = right.bare
        if first.isEmpty || second.isEmpty { return nil }
        // "that" before an article or pronoun is a conjunction ("said that / the ..."), not a determiner.
        if determiners.contains(first), !(first == "that" && functionWord(second)) { return "article+noun" }
        if subjectPronouns.contains(first) { return "pronoun+verb" }
        if auxiliaries.contains(first) || first.hasSuffix("n't") || contracted(first) { return "auxiliary+verb" }
        if prepositions.contains(first) { return "preposition+object" }
        if isAdjective(first), !functionWord(second) { return "adjective+noun" }
        if left.capitalised, right.capitalised, first != "i" { return "first+last name" }
        return nil
    }

    static func goodBreakBefore(_ right: WordInfo) -> Bool {
        conjunctions.contains(right.bare) || prepositions.contains(right.bare)
    }

    /// Lower-cased, with surrounding punctuation and quotes removed; curly apostrophes made straight.
    static func bare(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(word.utf8)
            func alphanumeric(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
            guard let first = bytes.firstIndex(where: alphanumeric), let last = bytes.lastIndex(where: alphanumeric) else { return "" }
            return String(decoding: bytes[first...last].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        let trimmed = word.drop(while: { !($0.isLetter || $0.isNumber) }).reversed().drop(while: { !($0.isLetter || $0.isNumber) }).reversed()
        return String(trimmed).lowercased().replacingOccurrences(of: "’", with: "'")
    }

    static func capitalised(_ word: Substring) -> Bool {
        guard let first = word.first(where: { $0.isLetter }) else { return false }
        return first.isUppercase
    }

    static func contracted(_ word: String) -> Bool {
        for suffix in ["'m", "'re", "'ve", "'ll", "'d"] where word.hasSuffix(suffix) { return true }
        // "he's", "it's", "that's": a pronoun with "is"/"has".
        if word.hasSuffix("'s") { return subjectPronouns.contains(String(word.dropLast(2))) || ["that", "there", "what", "who", "here"].contains(String(word.dropLast(2))) }
        return false
    }

    static func isAdjective(_ word: String) -> Bool {
        if adjectives.contains(word) { return true }
        guard word.count > 5 else { return false }
        for suffix in ["ful", "ous", "ive", "able", "ible", "less", "ish"] where word.hasSuffix(suffix) { return true }
        return false
    }

    static func functionWord(_ word: String) -> Bool {
        determiners.contains(word) || prepositions.contains(word) || conjunctions.contains(word) || auxiliaries.contains(word)
            || subjectPronouns.contains(word) || ["not", "to", "than", "as", "that", "which", "who", "enough", "too", "very"].contains(word)
    }

    static let determiners: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some", "any",
        "every", "each", "no", "another", "such", "whose", "either", "neither",
    ]
    static let subjectPronouns: Set<String> = ["i", "you", "he", "she", "it", "we", "they", "who"]
    static let auxiliaries: Set<String> = [
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "cannot", "gonna", "wanna", "gotta",
    ]
    static let prepositions: Set<String> = [
        "in", "on", "at", "to", "for", "with", "from", "by", "of", "about", "into", "onto", "over", "under", "after", "before",
        "between", "through", "during", "without", "within", "near", "across", "behind", "beyond", "against", "among",
        "around", "along", "towards", "toward", "upon", "since", "until", "inside", "outside", "above", "below", "beneath",
        "beside", "like", "per", "via",
    ]
    static let conjunctions: Set<String> = [
        "and", "but", "or", "nor", "so", "yet", "because", "although", "though", "while", "if", "unless", "when", "whereas",
        "whether", "that", "which", "where", "then",
    ]
    static let adjectives: Set<String> = [
        "good", "new", "first", "last", "long", "great", "little", "own", "other", "old", "right", "big", "high", "different",
        "small", "large", "next", "early", "young", "important", "public", "bad", "same", "able", "late", "hard", "major",
        "better", "best", "strong", "whole", "free", "true", "full", "special", "clear", "sure", "real", "black", "white", "red",
        "blue", "green", "dark", "cold", "hot", "short", "huge", "tiny", "nice", "fine", "happy", "sad", "only", "main", "final",
        "certain", "local", "social", "open", "simple", "quick", "slow", "quiet", "empty", "deep", "easy", "wrong",
    ]
}
