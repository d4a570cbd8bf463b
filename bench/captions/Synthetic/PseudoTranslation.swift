import MediaKit

/// Deterministic stand-ins for machine translation with realistic length changes, so caption timing and
/// wrapping can be exercised per language without a translation service: each word becomes a word of the
/// target script whose length follows the language's typical expansion from English.
public enum PseudoTranslation {
    /// The target languages the bench and tests use, with their length ratio to English
    /// (characters; for CJK, full-width characters per English character).
    public static let ratios: [String: Double] = ["es": 1.22, "fr": 1.2, "de": 1.2, "ru": 1.15, "ar": 1.1, "hi": 1.15,
                                                  "zh": 0.3, "ja": 0.45, "ko": 0.5]

    /// A translation of every cue's text; a two-speaker cue gets one line per speaker ("\n").
    public static func translate(_ cues: [CaptionCue], to language: String) -> [String] {
        cues.map { cue in
            let dialogue = cue.speakers.count == 2 && cue.lines.count == 2
            let parts = dialogue ? cue.lines.map { String($0.drop(while: { $0 == "-" || $0 == " " })) } : [cue.lines.joined(separator: " ")]
            return parts.map { translate($0, to: language) }.joined(separator: "\n")
        }
    }

    /// One text in the pseudo target language.
    public static func translate(_ text: String, to language: String) -> String {
        let ratio = ratios[language] ?? 1.2
        let alphabet = alphabets[language] ?? latin
        let cjk = ["zh", "ja"].contains(language)
        var output = ""
        var carry = 0.0
        for (number, word) in text.split(separator: " ").enumerated() {
            let letters = word.filter { $0.isLetter || $0.isNumber }
            let punctuation = word.last.map { $0.isLetter || $0.isNumber ? "" : String($0) } ?? ""
            carry += Double(max(letters.count, 1)) * ratio
            let length = Int(carry)
            carry -= Double(length)
            var hash = UInt64(truncatingIfNeeded: number &* 31)
            for scalar in letters.unicodeScalars { hash = hash &* 1_099_511_628_211 ^ UInt64(scalar.value) }
            var piece = ""
            if letters.allSatisfy(\.isNumber), !letters.isEmpty {
                piece = String(letters)  // numbers stay numbers
            } else {
                for _ in 0..<length {
                    hash = hash &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    piece.append(alphabet[Int((hash >> 33) % UInt64(alphabet.count))])
                }
            }
            if !output.isEmpty, !cjk || piece.first?.isASCII == true { output += " " }
            output += piece + (cjk ? fullWidth(punctuation) : punctuation)
        }
        return output
    }

    static func fullWidth(_ punctuation: String) -> String {
        switch punctuation { case ".": "。" case ",": "，" case "?": "？" case "!": "！" default: punctuation }
    }

    static let latin = Array("abcdefghijklmnopqrstuvwxyzáéíóúñüäöß")
    static let alphabets: [String: [Character]] = [
        "ru": Array("абвгдеёжзийклмнопрстуфхцчшщыэюя"),
        "ar": Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي"),
        "hi": ["क", "ख", "ग", "घ", "च", "ज", "ट", "ड", "त", "द", "न", "प", "ब", "म", "य", "र", "ल", "व", "स", "ह", "कि", "नी", "रा", "मे", "सो"],
        "zh": Array("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正"),
        "ja": Array("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコ日本語時間人"),
        "ko": Array("가나다라마바사아자차카타파하거너더러머버서어저고노도로모보소오조우주수누두루무부"),
    ]
}
