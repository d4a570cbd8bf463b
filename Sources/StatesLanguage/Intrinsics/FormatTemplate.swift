/// A string read as a `States.Format` template: literal text and `{}` placeholders. In a string literal an escaped
/// brace (`\{`, `\}`) is text; an unescaped brace that is not part of `{}` makes the template malformed.
public struct FormatTemplate: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case text(String)
        case placeholder
    }

    let pieces: [Piece]
    /// How many `{}` placeholders the template holds.
    public let placeholderCount: Int
    /// Why the text is not a valid template; nil when it is.
    public let malformation: String?
    /// The literal as written between the quotes, escapes included.
    let escapedSource: String

    /// Reads characters as a string literal gives them: `escaped` marks those written after a backslash.
    init(characters: [(scalar: Unicode.Scalar, escaped: Bool)]) {
        var pieces: [Piece] = []
        var text = ""
        var count = 0
        var malformation: String?
        var source = ""
        var index = 0
        while index < characters.count {
            let (character, escaped) = characters[index]
            if escaped || character == "'" || character == "\\" {
                source.unicodeScalars.append("\\")
            }
            source.unicodeScalars.append(character)
            if !escaped, character == "{", index + 1 < characters.count, characters[index + 1].scalar == "}",
                !characters[index + 1].escaped {
                source.unicodeScalars.append("}")
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.placeholder)
                count += 1
                index += 2
                continue
            }
            if !escaped, character == "{" || character == "}", malformation == nil {
                malformation = "the template has an unescaped '\(character)' at position \(index) that is not part of '{}'"
            }
            text.unicodeScalars.append(character)
            index += 1
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
        self.placeholderCount = count
        self.malformation = malformation
        self.escapedSource = source
    }

    /// Reads a runtime string (from a path or a nested call): nothing in it is escaped.
    init(runtime text: String) {
        self.init(characters: text.unicodeScalars.map { ($0, false) })
    }

    /// The template with each placeholder replaced by the next of `values`, rendered by `render`.
    func render(_ values: ArraySlice<JSONValue>, _ render: (JSONValue) -> String) -> String {
        var result = ""
        var next = values.startIndex
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .placeholder:
                result += render(values[next])
                next += 1
            }
        }
        return result
    }
}
