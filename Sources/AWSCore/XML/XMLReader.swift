import Foundation

/// A small, dependency-free XML reader (Lambda's runtime has no libxml2, so no FoundationXML).
///
/// Reads UTF-8 documents into an ``XMLElement`` tree: the XML declaration, processing instructions,
/// comments and a DOCTYPE are skipped; namespace prefixes are dropped from names and `xmlns`
/// declarations from attributes; the five predefined entities, numeric character references and
/// CDATA are decoded. Anything malformed throws an ``XMLError``; no input makes it crash.
public enum XMLReader {
    /// How deeply elements may nest before the reader gives up.
    public static let maximumDepth = 256

    /// Parses a document and returns its root element.
    public static func parse(_ data: Data) throws(XMLError) -> XMLElement {
        try parse(bytes: [UInt8](data))
    }

    /// Parses a document held in a string.
    public static func parse(_ text: String) throws(XMLError) -> XMLElement {
        try parse(bytes: Array(text.utf8))
    }

    static func parse(bytes: [UInt8]) throws(XMLError) -> XMLElement {
        try XMLScanner.validate(bytes)
        var scanner = XMLScanner(bytes)
        return try scanner.document()
    }
}

/// The reader's state: a cursor over the bytes and the stack of open elements.
struct XMLScanner {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private struct OpenElement {
        var qualifiedName: String
        var element: XMLElement
        var text: [UInt8] = []
        var start: Int
    }

    mutating func document() throws(XMLError) -> XMLElement {
        if starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        try skipMisc(allowDoctype: true)
        guard position < bytes.count else { throw .noRootElement(at: position) }
        guard bytes[position] == UInt8(ascii: "<"), position + 1 < bytes.count, isNameStart(bytes[position + 1]) else {
            if position + 1 >= bytes.count && bytes[position] == UInt8(ascii: "<") {
                throw .unexpectedEnd(at: bytes.count, inside: "a start tag")
            }
            throw .unexpectedCharacter(bytes[position], at: position, expecting: "the root element")
        }
        let root = try elementTree()
        try skipMisc(allowDoctype: false)
        guard position >= bytes.count else { throw .contentAfterRoot(at: position) }
        return root
    }

    /// Reads one element and everything inside it, without recursion.
    private mutating func elementTree() throws(XMLError) -> XMLElement {
        var stack: [OpenElement] = []
        while true {
            if stack.isEmpty || (bytes[position] == UInt8(ascii: "<") && isStartTag()) {
                guard stack.count < XMLReader.maximumDepth else {
                    throw .tooDeep(limit: XMLReader.maximumDepth, at: position)
                }
                let start = position
                let (qualifiedName, element, selfClosing) = try startTag()
                if selfClosing {
                    guard !stack.isEmpty else { return element }
                    stack[stack.count - 1].element.children.append(element)
                } else {
                    stack.append(OpenElement(qualifiedName: qualifiedName, element: element, start: start))
                }
            } else if starts(with: "</") {
                let start = position
                position += 2
                let name = try name(context: "an end tag name")
                skipWhitespace()
                try expect(">", context: "'>' to close </\(name)>")
                var open = stack.removeLast()
                guard open.qualifiedName == name else {
                    throw .mismatchedEndTag(expected: open.qualifiedName, found: name, at: start)
                }
                open.element.text = finishedText(open.text, hasChildren: !open.element.children.isEmpty)
                guard !stack.isEmpty else { return open.element }
                stack[stack.count - 1].element.children.append(open.element)
            } else if starts(with: "<!--") {
                try skipComment()
            } else if starts(with: "<![CDATA[") {
                position += 9
                guard let end = find("]]>") else { throw .unexpectedEnd(at: bytes.count, inside: "a CDATA section") }
                appendNormalised(bytes[position..<end], to: &stack[stack.count - 1].text)
                position = end + 3
            } else if starts(with: "<?") {
                try skipProcessingInstruction()
            } else if bytes[position] == UInt8(ascii: "<") {
                let next = position + 1 < bytes.count ? bytes[position + 1] : nil
                guard let next else { throw .unexpectedEnd(at: bytes.count, inside: "a tag") }
                throw .unexpectedCharacter(next, at: position + 1, expecting: "a tag name, '/', '!--' or '![CDATA['")
            } else if bytes[position] == UInt8(ascii: "&") {
                stack[stack.count - 1].text.append(contentsOf: try reference())
            } else {
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "<"), bytes[position] != UInt8(ascii: "&") {
                    position += 1
                }
                appendNormalised(bytes[start..<position], to: &stack[stack.count - 1].text)
            }
            if position >= bytes.count, let open = stack.last {
                throw .unclosedTag(open.qualifiedName, at: open.start)
            }
        }
    }

    private func isStartTag() -> Bool {
        position + 1 < bytes.count && isNameStart(bytes[position + 1])
    }

    /// Reads `<name attr="v" …>` or `<name …/>`; returns the qualified name, the element and
    /// whether it closed itself.
    private mutating func startTag() throws(XMLError) -> (String, XMLElement, Bool) {
        position += 1
        let qualifiedName = try name(context: "a tag name")
        var element = XMLElement(localName(qualifiedName))
        var seen: Set<String> = []
        while true {
            let hadWhitespace = skipWhitespace()
            guard position < bytes.count else { throw .unexpectedEnd(at: position, inside: "the start tag <\(qualifiedName)>") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return (qualifiedName, element, false)
            }
            if starts(with: "/>") {
                position += 2
                return (qualifiedName, element, true)
            }
            guard hadWhitespace else {
                throw .unexpectedCharacter(bytes[position], at: position, expecting: "whitespace, '>' or '/>'")
            }
            let nameStart = position
            let attributeName = try name(context: "an attribute name, '>' or '/>'")
            skipWhitespace()
            try expect("=", context: "'=' after the attribute '\(attributeName)'")
            skipWhitespace()
            let value = try attributeValue()
            guard seen.insert(attributeName).inserted else { throw .duplicateAttribute(attributeName, at: nameStart) }
            if attributeName == "xmlns" || attributeName.hasPrefix("xmlns:") { continue }
            let local = localName(attributeName)
            if !element.attributes.contains(where: { $0.name == local }) {
                element.attributes.append(XMLAttribute(local, value))
            }
        }
    }

    private mutating func attributeValue() throws(XMLError) -> String {
        guard position < bytes.count else { throw .unexpectedEnd(at: position, inside: "an attribute value") }
        let quote = bytes[position]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw .unexpectedCharacter(quote, at: position, expecting: "a quoted attribute value")
        }
        position += 1
        var value: [UInt8] = []
        while true {
            guard position < bytes.count else { throw .unexpectedEnd(at: position, inside: "an attribute value") }
            let byte = bytes[position]
            if byte == quote {
                position += 1
                return String(decoding: value, as: UTF8.self)
            }
            switch byte {
            case UInt8(ascii: "<"):
                throw .unexpectedCharacter(byte, at: position, expecting: "an attribute value without '<'")
            case UInt8(ascii: "&"):
                value.append(contentsOf: try reference())
            case UInt8(ascii: "\r"):
                // A line break (CR, CRLF) or tab in an attribute value is read as one space.
                value.append(UInt8(ascii: " "))
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                value.append(UInt8(ascii: " "))
                position += 1
            default:
                value.append(byte)
                position += 1
            }
        }
    }

    /// Reads an XML name at the cursor.
    private mutating func name(context: String) throws(XMLError) -> String {
        guard position < bytes.count else { throw .unexpectedEnd(at: position, inside: context) }
        guard isNameStart(bytes[position]) else {
            throw .unexpectedCharacter(bytes[position], at: position, expecting: context)
        }
        let start = position
        while position < bytes.count, isNameByte(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// The part of a qualified name after its prefix (`s3:Key` → `Key`).
    private func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        let local = qualified[qualified.index(after: colon)...]
        return local.isEmpty ? qualified : String(local)
    }

    private func finishedText(_ text: [UInt8], hasChildren: Bool) -> String {
        if hasChildren, text.allSatisfy(isWhitespace) { return "" }
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends text with line ends normalised: CRLF and a lone CR become LF.
    private func appendNormalised(_ run: ArraySlice<UInt8>, to text: inout [UInt8]) {
        var previousWasCR = false
        for byte in run {
            if byte == UInt8(ascii: "\r") {
                text.append(UInt8(ascii: "\n"))
                previousWasCR = true
                continue
            }
            if !(byte == UInt8(ascii: "\n") && previousWasCR) { text.append(byte) }
            previousWasCR = false
        }
    }
}
