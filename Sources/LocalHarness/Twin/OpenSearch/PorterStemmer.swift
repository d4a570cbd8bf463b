/// The Porter stemming algorithm (M. F. Porter, 1980) as Lucene's `PorterStemFilter` applies it in the
/// `english` analyzer: lowercase terms in, stems out (`running` → `run`, `relational` → `relat`).
struct PorterStemmer {
    private var b: [Character]
    private var k: Int
    private var j = 0

    /// The stem of `term`; terms of one or two characters are left alone.
    static func stem(_ term: String) -> String {
        guard term.count > 2 else { return term }
        var stemmer = PorterStemmer(b: Array(term), k: term.count - 1)
        stemmer.step1ab()
        stemmer.step1c()
        stemmer.step2()
        stemmer.step3()
        stemmer.step4()
        stemmer.step5()
        return String(stemmer.b[0...stemmer.k])
    }

    private init(b: [Character], k: Int) {
        self.b = b
        self.k = k
    }

    private func consonant(_ i: Int) -> Bool {
        switch b[i] {
        case "a", "e", "i", "o", "u": return false
        case "y": return i == 0 ? true : !consonant(i - 1)
        default: return true
        }
    }

    /// The number of vowel-consonant sequences in b[0...j].
    private func measure() -> Int {
        var n = 0, i = 0
        while true {
            if i > j { return n }
            if !consonant(i) { break }
            i += 1
        }
        i += 1
        while true {
            while true {
                if i > j { return n }
                if consonant(i) { break }
                i += 1
            }
            i += 1
            n += 1
            while true {
                if i > j { return n }
                if !consonant(i) { break }
                i += 1
            }
            i += 1
        }
    }

    private func vowelInStem() -> Bool { (0...max(j, 0)).contains { $0 <= j && !consonant($0) } }

    private func doubleConsonant(_ i: Int) -> Bool { i >= 1 && b[i] == b[i - 1] && consonant(i) }

    /// consonant-vowel-consonant ending at i, the last not w, x or y.
    private func cvc(_ i: Int) -> Bool {
        guard i >= 2, consonant(i), !consonant(i - 1), consonant(i - 2) else { return false }
        return !["w", "x", "y"].contains(b[i])
    }

    private mutating func ends(_ suffix: String) -> Bool {
        let s = Array(suffix)
        guard s.count <= k + 1 else { return false }
        for (offset, character) in s.enumerated() where b[k - s.count + 1 + offset] != character { return false }
        j = k - s.count
        return true
    }

    private mutating func setTo(_ replacement: String) {
        let r = Array(replacement)
        b.replaceSubrange((j + 1)..<(k + 1), with: r)
        k = j + r.count
    }

    private mutating func replaceIfMeasured(_ replacement: String) {
        if measure() > 0 { setTo(replacement) }
    }

    private mutating func step1ab() {
        if b[k] == "s" {
            if ends("sses") { k -= 2 } else if ends("ies") { setTo("i") } else if k >= 1, b[k - 1] != "s" { k -= 1 }
        }
        if ends("eed") {
            if measure() > 0 { k -= 1 }
        } else if (ends("ed") || ends("ing")) && vowelInStem() {
            k = j
            if ends("at") { setTo("ate") } else if ends("bl") { setTo("ble") } else if ends("iz") { setTo("ize") } else if doubleConsonant(k) {
                if !["l", "s", "z"].contains(b[k]) { k -= 1 }
            } else {
                j = k
                if measure() == 1 && cvc(k) { setTo("e") }
            }
        }
    }

    private mutating func step1c() {
        if ends("y") && vowelInStem() { b[k] = "i" }
    }

    private mutating func apply(_ rules: [(String, String)]) {
        for (suffix, replacement) in rules where ends(suffix) {
            replaceIfMeasured(replacement)
            return
        }
    }

    private mutating func step2() {
        guard k >= 1 else { return }
        switch b[k - 1] {
        case "a": apply([("ational", "ate"), ("tional", "tion")])
        case "c": apply([("enci", "ence"), ("anci", "ance")])
        case "e": apply([("izer", "ize")])
        case "l": apply([("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")])
        case "o": apply([("ization", "ize"), ("ation", "ate"), ("ator", "ate")])
        case "s": apply([("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")])
        case "t": apply([("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")])
        case "g": apply([("logi", "log")])
        default: break
        }
    }

    private mutating func step3() {
        switch b[k] {
        case "e": apply([("icate", "ic"), ("ative", ""), ("alize", "al")])
        case "i": apply([("iciti", "ic")])
        case "l": apply([("ical", "ic"), ("ful", "")])
        case "s": apply([("ness", "")])
        default: break
        }
    }

    private mutating func step4() {
        guard k >= 1 else { return }
        let suffixes: [String]
        switch b[k - 1] {
        case "a": suffixes = ["al"]
        case "c": suffixes = ["ance", "ence"]
        case "e": suffixes = ["er"]
        case "i": suffixes = ["ic"]
        case "l": suffixes = ["able", "ible"]
        case "n": suffixes = ["ant", "ement", "ment", "ent"]
        case "o": suffixes = ["ion", "ou"]
        case "s": suffixes = ["ism"]
        case "t": suffixes = ["ate", "iti"]
        case "u": suffixes = ["ous"]
        case "v": suffixes = ["ive"]
        case "z": suffixes = ["ize"]
        default: return
        }
        for suffix in suffixes where ends(suffix) {
            if suffix == "ion" && !(j >= 0 && (b[j] == "s" || b[j] == "t")) { return }
            if measure() > 1 { k = j }
            return
        }
    }

    private mutating func step5() {
        j = k
        if b[k] == "e" {
            let m = measure()
            if m > 1 || (m == 1 && !cvc(k - 1)) { k -= 1 }
        }
        if b[k] == "l" && doubleConsonant(k) && measure() > 1 { k -= 1 }
    }
}
