/// Escaping for the XML the ad server writes.
enum XMLText {
    /// Text content: `&`, `<`, `>`.
    static func text(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// An attribute value: text escaping plus both quotes.
    static func attribute(_ value: String) -> String {
        text(value).replacingAll("\"", with: "&quot;").replacingAll("'", with: "&apos;")
    }

    /// A URL as `xs:anyURI` accepts it: characters a URI may not hold (spaces, `<>"[]{}|\\^`` ` and non-ASCII) percent-encoded.
    static func uri(_ value: String) -> String {
        var encoded = ""
        for byte in value.utf8 {
            let allowed = byte > 0x20 && byte < 0x7F && !"<>\"[]{}|\\^`".utf8.contains(byte)
            encoded += allowed ? String(UnicodeScalar(byte)) : "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }
        return encoded
    }

    /// A CDATA section (a `]]>` inside is split across two sections).
    static func cdata(_ value: String) -> String {
        "<![CDATA[" + value.replacingAll("]]>", with: "]]]]><![CDATA[>") + "]]>"
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
