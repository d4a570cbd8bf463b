/// Writes ``XMLElement`` trees as XML text (S3 request bodies such as `CreateBucketConfiguration`
/// and `Delete`), escaping text and attribute values.
public enum XMLWriter {
    /// The declaration S3 examples start with.
    public static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#

    /// The element as XML: attributes in order, then its text, then its children; an element with
    /// neither text nor children is written self-closing (`<Quiet/>`).
    public static func string(_ element: XMLElement, includeDeclaration: Bool = false) -> String {
        var out = includeDeclaration ? declaration : ""
        write(element, to: &out)
        return out
    }

    /// Escapes character data: `&`, `<`, `>`, a CR (which a reader would otherwise turn into LF),
    /// and control characters as character references.
    public static func escapeText(_ text: String) -> String {
        escape(text, quoteAndWhitespace: false)
    }

    /// Escapes an attribute value written in double quotes: as text, plus `"`, `'`, tab and LF
    /// (which a reader would otherwise turn into spaces).
    public static func escapeAttribute(_ value: String) -> String {
        escape(value, quoteAndWhitespace: true)
    }

    private static func write(_ element: XMLElement, to out: inout String) {
        out += "<" + element.name
        for attribute in element.attributes {
            out += " \(attribute.name)=\"\(escapeAttribute(attribute.value))\""
        }
        if element.text.isEmpty && element.children.isEmpty {
            out += "/>"
            return
        }
        out += ">" + escapeText(element.text)
        for child in element.children { write(child, to: &out) }
        out += "</\(element.name)>"
    }

    private static func escape(_ text: String, quoteAndWhitespace: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#xD;"
            case "\"" where quoteAndWhitespace: out += "&quot;"
            case "'" where quoteAndWhitespace: out += "&apos;"
            case "\n" where quoteAndWhitespace: out += "&#xA;"
            case "\t" where quoteAndWhitespace: out += "&#x9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 {
                    out += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

extension XMLElement {
    /// This element written as XML (see ``XMLWriter/string(_:includeDeclaration:)``).
    public func xmlString(includeDeclaration: Bool = false) -> String {
        XMLWriter.string(self, includeDeclaration: includeDeclaration)
    }
}
