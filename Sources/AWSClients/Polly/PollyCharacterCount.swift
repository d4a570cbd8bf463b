/// How Polly's text limits are counted.
///
/// The botocore model documents them with `TextLengthExceededException`: "For the SynthesizeSpeech API,
/// the limit for input text is a maximum of 6000 characters total, of which no more than 3000 can be
/// billed characters. For the StartSpeechSynthesisTask API, the maximum is 200,000 characters, of which
/// no more than 100,000 can be billed characters. SSML tags are not counted as billed characters."
///
/// The rule implemented here: characters are Unicode code points. For plain text every character is
/// billed. For SSML, everything from `<` to the matching `>` (tags, comments, processing instructions;
/// a `>` inside a quoted attribute value does not close the tag) is not billed; an entity reference
/// such as `&amp;` or `&#233;` is billed as the one character it stands for; all other characters,
/// whitespace included, are billed.
public enum PollyCharacterCount {
    /// SynthesizeSpeech: at most 6,000 characters in all, 3,000 billed.
    public static let synthesizeSpeechTotal = 6_000
    public static let synthesizeSpeechBilled = 3_000
    /// StartSpeechSynthesisTask: at most 200,000 characters in all, 100,000 billed.
    public static let synthesisTaskTotal = 200_000
    public static let synthesisTaskBilled = 100_000

    /// All characters of `text` (code points), tags included.
    public static func total(_ text: String) -> Int { text.unicodeScalars.count }

    /// The billed characters of `text` read as `textType` (plain text when `nil`).
    public static func billed(_ text: String, textType: PollyTextType?) -> Int {
        guard textType == .ssml else { return total(text) }
        var count = 0
        var inTag = false
        var quote: Unicode.Scalar? = nil
        var inEntity = false
        for scalar in text.unicodeScalars {
            if inTag {
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    inTag = false
                }
                continue
            }
            if inEntity {
                if scalar == ";" {
                    inEntity = false
                } else if !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#") {
                    // Not an entity after all: the characters so far were counted as one; count this one too.
                    inEntity = false
                    if scalar == "<" { inTag = true } else { count += 1 }
                }
                continue
            }
            switch scalar {
            case "<": inTag = true
            case "&":
                inEntity = true
                count += 1
            default: count += 1
            }
        }
        return count
    }

    static func check(
        _ text: String, textType: PollyTextType?, operation: String, totalLimit: Int, billedLimit: Int
    ) throws(ClientInputError) {
        if text.isEmpty { throw .missingField(operation, "Text") }
        let all = total(text)
        if all > totalLimit { throw .tooLarge(operation, "Text", size: all, limit: totalLimit, unit: "characters") }
        let billed = billed(text, textType: textType)
        if billed > billedLimit {
            throw .tooLarge(operation, "Text", size: billed, limit: billedLimit, unit: "billed characters")
        }
    }
}
