/// Byte-level pieces of the XML reader: validation, markup that is skipped, references, names.
extension XMLScanner {
    /// Checks the whole document is UTF-8 without control characters XML forbids, so that later
    /// steps can decode any slice safely.
    static func validate(_ bytes: [UInt8]) throws(XMLError) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead < 0x20, lead != 0x09, lead != 0x0A, lead != 0x0D { throw .invalidCharacter(lead, at: index) }
                index += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            case 0xF1...0xF3: length = 4
            default: throw .invalidUTF8(at: index)
            }
            guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else {
                throw .invalidUTF8(at: index)
            }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
                throw .invalidUTF8(at: index)
            }
            index += length
        }
    }

    /// Skips whitespace, comments, processing instructions (the XML declaration among them)
    /// and, before the root, a DOCTYPE.
    mutating func skipMisc(allowDoctype: Bool) throws(XMLError) {
        while true {
            skipWhitespace()
            if starts(with: "<?") {
                try skipProcessingInstruction()
            } else if starts(with: "<!--") {
                try skipComment()
            } else if allowDoctype, starts(with: "<!DOCTYPE") {
                try skipDoctype()
            } else {
                return
            }
        }
    }

    mutating func skipComment() throws(XMLError) {
        position += 4
        guard let end = find("-->") else { throw .unexpectedEnd(at: bytes.count, inside: "a comment") }
        position = end + 3
    }

    mutating func skipProcessingInstruction() throws(XMLError) {
        position += 2
        guard let end = find("?>") else { throw .unexpectedEnd(at: bytes.count, inside: "a processing instruction") }
        position = end + 2
    }

    /// Skips `<!DOCTYPE …>` including an internal subset in brackets; its declarations are ignored.
    private mutating func skipDoctype() throws(XMLError) {
        position += 9
        var depth = 0
        var quote: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth = max(0, depth - 1)
            case UInt8(ascii: ">") where depth == 0: return
            default: break
            }
        }
        throw .unexpectedEnd(at: bytes.count, inside: "a DOCTYPE declaration")
    }

    /// Decodes the reference at `&` (`&amp;`, `&#123;`, `&#x1F600;`) into UTF-8 bytes.
    mutating func reference() throws(XMLError) -> [UInt8] {
        let start = position
        position += 1
        let limit = min(bytes.count, position + 32)
        var end = position
        while end < limit, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < limit else {
            let shown = String(decoding: bytes[position..<min(limit, position + 12)], as: UTF8.self)
            throw .badEntity(shown, at: start)
        }
        let body = String(decoding: bytes[position..<end], as: UTF8.self)
        position = end + 1
        if body.hasPrefix("#") {
            let hex = body.hasPrefix("#x")
            let digits = body.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.count <= 8, let value = UInt32(digits, radix: hex ? 16 : 10),
                value != 0, let scalar = Unicode.Scalar(value)
            else { throw .badCharacterReference(body, at: start) }
            return Array(String(Character(scalar)).utf8)
        }
        switch body {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "apos": return [UInt8(ascii: "'")]
        case "quot": return [UInt8(ascii: "\"")]
        default: throw .badEntity(body + ";", at: start)
        }
    }

    // MARK: Cursor helpers

    /// Whether the bytes at the cursor spell `prefix` (a literal, compared without allocating).
    func starts(with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { starts(with: $0) }
    }

    func starts(with prefix: some Collection<UInt8>) -> Bool {
        guard position + prefix.count <= bytes.count else { return false }
        var index = position
        for byte in prefix {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }

    /// The offset of the next occurrence of `marker` at or after the cursor.
    func find(_ marker: StaticString) -> Int? {
        marker.withUTF8Buffer { needle in
            guard let first = needle.first, bytes.count >= needle.count else { return nil }
            var index = position
            while index <= bytes.count - needle.count {
                if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }
    }

    mutating func expect(_ character: Unicode.Scalar, context: String) throws(XMLError) {
        guard position < bytes.count else { throw .unexpectedEnd(at: position, inside: "a tag") }
        guard bytes[position] == UInt8(ascii: character) else {
            throw .unexpectedCharacter(bytes[position], at: position, expecting: context)
        }
        position += 1
    }

    /// Skips whitespace; tells whether there was any.
    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = position
        while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
        return position > start
    }

    func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }
}
