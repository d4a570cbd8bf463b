import Foundation

/// Polly's SSML subset read into a ``SpeechScript``: `<speak>` as the root; `<p>`, `<s>` (sentence and paragraph
/// ends), `<break time|strength>`, `<prosody rate>` (x-slow…x-fast or 20%–200%), `<mark name>`, `<sub alias>`
/// (timed as the alias), `<say-as interpret-as="characters|spell-out|digits">` (spelled out), and the tags that
/// change no timing here (`emphasis`, `lang`, `phoneme`, `w`, `amazon:*`). Anything else, mismatched tags, bad
/// attribute values or entities: ``SSMLError`` (Polly's InvalidSsmlException).
struct SSMLParser {
    struct SSMLError: Error, Sendable, Equatable {
        let message: String
    }

    static let knownTags: Set<String> = [
        "speak", "p", "s", "break", "prosody", "emphasis", "say-as", "sub", "phoneme", "lang", "mark", "w",
        "amazon:effect", "amazon:domain", "amazon:breath", "amazon:auto-breaths",
    ]
    static let strengths: [String: Double] = ["none": 0, "x-weak": 0.1, "weak": 0.25, "medium": 0.4, "strong": 0.7, "x-strong": 1.2]
    static let rates: [String: Double] = ["x-slow": 0.6, "slow": 0.8, "medium": 1.0, "fast": 1.25, "x-fast": 1.5]

    private struct Open {
        var name: String
        var rate: Double
        var weightScale: Double
        var firstItem: Int
        var alias: String?
    }

    static func parse(_ text: String) throws(SSMLError) -> SpeechScript {
        let bytes = Array(text.utf8)
        var script = SpeechScript(source: bytes)
        var stack: [Open] = []
        var sawRoot = false
        var pending: [SpeechScript.Located] = []
        var index = 0

        func flushText() {
            guard !pending.isEmpty else { return }
            let top = stack.last
            script.addText(pending, rate: top?.rate ?? 1, weightScale: top?.weightScale ?? 1)
            pending = []
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                flushText()
                let tagStart = index
                if bytes[index...].starts(with: Array("<!--".utf8)) {
                    guard let close = find(Array("-->".utf8), in: bytes, from: index + 4) else { throw SSMLError(message: "Unterminated comment") }
                    index = close + 3
                    continue
                }
                guard let tagEnd = tagEnd(bytes, from: index + 1) else { throw SSMLError(message: "Unterminated tag") }
                index = tagEnd + 1
                let inner = String(decoding: bytes[(tagStart + 1)..<tagEnd], as: UTF8.self)
                if inner.hasPrefix("?") { continue }  // <?xml …?>
                if inner.hasPrefix("/") {
                    let name = inner.dropFirst().trimmingCharacters(in: .whitespaces)
                    guard let open = stack.popLast(), open.name == name else { throw SSMLError(message: "Mismatched closing tag </\(name)>") }
                    close(open, in: &script)
                    continue
                }
                let selfClosing = inner.hasSuffix("/")
                let (name, attributes) = try element(selfClosing ? String(inner.dropLast()) : inner)
                guard knownTags.contains(name) else { throw SSMLError(message: "Unsupported SSML tag <\(name)>") }
                if stack.isEmpty {
                    guard name == "speak", !sawRoot else { throw SSMLError(message: "The SSML document must have one <speak> root element") }
                    sawRoot = true
                } else if name == "speak" {
                    throw SSMLError(message: "<speak> cannot be nested")
                }
                try start(name, attributes, tagStart: tagStart, tagEnd: index, selfClosing: selfClosing, stack: &stack, script: &script)
                continue
            }
            // Text: only whitespace outside the root.
            let (scalar, width) = try decodeCharacter(bytes, at: index)
            if stack.isEmpty {
                guard scalar.properties.isWhitespace else { throw SSMLError(message: "Text outside the <speak> element") }
            } else {
                pending.append(SpeechScript.Located(scalar: scalar, start: index, end: index + width))
            }
            index += width
        }
        guard stack.isEmpty, sawRoot else { throw SSMLError(message: stack.isEmpty ? "Missing <speak> element" : "Unclosed <\(stack.last!.name)>") }
        script.endSentence()
        return script
    }

    private static func start(
        _ name: String, _ attributes: [String: String], tagStart: Int, tagEnd: Int, selfClosing: Bool, stack: inout [Open], script: inout SpeechScript
    ) throws(SSMLError) {
        let rate = stack.last?.rate ?? 1
        let weightScale = stack.last?.weightScale ?? 1
        switch name {
        case "break":
            if let time = attributes["time"] {
                script.items.append(.pause(try duration(time), scaled: false))
            } else {
                let strength = attributes["strength"] ?? "medium"
                guard let seconds = strengths[strength] else { throw SSMLError(message: "Invalid break strength \"\(strength)\"") }
                script.items.append(.pause(seconds, scaled: false))
            }
        case "mark":
            guard let markName = attributes["name"], !markName.isEmpty else { throw SSMLError(message: "<mark> needs a name") }
            script.items.append(.mark(name: markName, start: tagStart, end: tagEnd))
        case "amazon:breath":
            script.items.append(.pause(0.3, scaled: false))
        case "s", "p":
            script.endSentence()
        default: break
        }
        if selfClosing { return }
        var open = Open(name: name, rate: rate, weightScale: weightScale, firstItem: script.items.count)
        if name == "prosody", let value = attributes["rate"] { open.rate = try speakingRate(value) }
        if name == "say-as", let kind = attributes["interpret-as"], ["characters", "spell-out", "digits"].contains(kind) { open.weightScale = weightScale * 2.5 }
        if name == "sub" {
            guard let alias = attributes["alias"] else { throw SSMLError(message: "<sub> needs an alias") }
            open.alias = alias
        }
        stack.append(open)
    }

    private static func close(_ open: Open, in script: inout SpeechScript) {
        switch open.name {
        case "s": script.endSentence()
        case "p":
            script.endSentence()
            script.items.append(.pause(0.3, scaled: true))
        case "sub":
            // Time the words as the alias is spoken.
            let aliasWeight = open.alias.map { $0.unicodeScalars.reduce(0.0) { $0 + SpeechScript.weight(of: $1) } } ?? 0
            let wordIndices = (open.firstItem..<script.items.count).filter { if case .word = script.items[$0] { return true }; return false }
            for index in wordIndices {
                if case .word(var word) = script.items[index] {
                    word.weight = aliasWeight / Double(wordIndices.count)
                    script.items[index] = .word(word)
                }
            }
        default: break
        }
    }

    /// `500ms`, `1.5s`: at most 10 seconds, as Polly allows.
    static func duration(_ value: String) throws(SSMLError) -> Double {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let seconds: Double?
        if trimmed.hasSuffix("ms") { seconds = Double(trimmed.dropLast(2)).map { $0 / 1000 } } else if trimmed.hasSuffix("s") { seconds = Double(trimmed.dropLast()) } else { seconds = nil }
        guard let seconds, seconds >= 0, seconds <= 10 else { throw SSMLError(message: "Invalid break time \"\(value)\"") }
        return seconds
    }

    /// `x-slow`…`x-fast`, or a percentage of the default rate from 20% to 200%.
    static func speakingRate(_ value: String) throws(SSMLError) -> Double {
        if let named = rates[value] { return named }
        if value.hasSuffix("%"), let percent = Double(value.dropLast()), (20...200).contains(percent) { return percent / 100 }
        throw SSMLError(message: "Invalid prosody rate \"\(value)\"")
    }

    private static func element(_ inner: String) throws(SSMLError) -> (String, [String: String]) {
        let characters = Array(inner)
        var index = 0
        var name = ""
        while index < characters.count, !characters[index].isWhitespace { name.append(characters[index]); index += 1 }
        guard !name.isEmpty else { throw SSMLError(message: "Empty tag") }
        var attributes: [String: String] = [:]
        while index < characters.count {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            guard index < characters.count else { break }
            var key = ""
            while index < characters.count, characters[index] != "=", !characters[index].isWhitespace { key.append(characters[index]); index += 1 }
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            guard index < characters.count, characters[index] == "=" else { throw SSMLError(message: "Attribute \(key) has no value") }
            index += 1
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            guard index < characters.count, characters[index] == "\"" || characters[index] == "'" else { throw SSMLError(message: "Attribute \(key) is not quoted") }
            let quote = characters[index]
            index += 1
            var value = ""
            while index < characters.count, characters[index] != quote { value.append(characters[index]); index += 1 }
            guard index < characters.count else { throw SSMLError(message: "Attribute \(key) is not closed") }
            index += 1
            guard attributes[key] == nil else { throw SSMLError(message: "Attribute \(key) repeated") }
            attributes[key] = try decodeEntities(value)
        }
        return (name, attributes)
    }

    private static let entities: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// One character of text at `index` (an entity counts as one), and how many bytes it took.
    private static func decodeCharacter(_ bytes: [UInt8], at index: Int) throws(SSMLError) -> (Unicode.Scalar, Int) {
        if bytes[index] == UInt8(ascii: "&") {
            guard let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw SSMLError(message: "Unescaped & in text") }
            let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            guard let scalar = entity(name) else { throw SSMLError(message: "Unknown entity &\(name);") }
            return (scalar, semicolon - index + 1)
        }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, UTF8.width(scalar)) }
        throw SSMLError(message: "The SSML is not valid UTF-8")
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        if let named = entities[name] { return named }
        if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16) { return Unicode.Scalar(value) }
        if name.hasPrefix("#"), let value = UInt32(name.dropFirst()) { return Unicode.Scalar(value) }
        return nil
    }

    private static func decodeEntities(_ value: String) throws(SSMLError) -> String {
        guard value.contains("&") else { return value }
        let bytes = Array(value.utf8)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let (scalar, width) = try decodeCharacter(bytes, at: index)
            out.append(scalar)
            index += width
        }
        return String(out)
    }

    /// The `>` closing a tag that opened before `from`, skipping quoted attribute values.
    private static func tagEnd(_ bytes: [UInt8], from: Int) -> Int? {
        var quote: UInt8?
        for index in from..<bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            } else if byte == UInt8(ascii: "<") {
                return nil
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = from
        while index + needle.count <= bytes.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
