/// XML that could not be read: names the problem and the byte offset where it was found.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case noRootElement, unexpectedEnd, unclosedTag, mismatchedEndTag, unexpectedCharacter, invalidName
        case duplicateAttribute, badEntity, badCharacterReference, invalidUTF8, invalidCharacter
        case contentAfterRoot, tooDeep
    }

    private let code: Code
    /// Offset in bytes from the start of the document.
    public let offset: Int
    /// What was wrong, for people.
    public let detail: String

    private init(_ code: Code, _ offset: Int, _ detail: String) {
        self.code = code
        self.offset = offset
        self.detail = detail
    }

    /// The document holds no element (empty, or only whitespace, comments and declarations).
    static func noRootElement(at offset: Int) -> XMLError {
        .init(.noRootElement, offset, "the document has no root element")
    }

    /// The document stops in the middle of a construct (`what` names it, e.g. "a comment").
    static func unexpectedEnd(at offset: Int, inside what: String) -> XMLError {
        .init(.unexpectedEnd, offset, "the document ends inside \(what)")
    }

    /// The document ends while `<name>` (opened at `offset`) is still open.
    static func unclosedTag(_ name: String, at offset: Int) -> XMLError {
        .init(.unclosedTag, offset, "<\(name)> is never closed")
    }

    /// An end tag does not match the open element.
    static func mismatchedEndTag(expected: String, found: String, at offset: Int) -> XMLError {
        .init(.mismatchedEndTag, offset, "expected </\(expected)>, found </\(found)>")
    }

    /// A byte that cannot appear here (`context` says what was expected).
    static func unexpectedCharacter(_ byte: UInt8, at offset: Int, expecting context: String) -> XMLError {
        let shown = byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        return .init(.unexpectedCharacter, offset, "unexpected \(shown); expected \(context)")
    }

    /// A tag or attribute name that is not a valid XML name.
    static func invalidName(_ name: String, at offset: Int) -> XMLError {
        .init(.invalidName, offset, "'\(name)' is not a valid XML name")
    }

    /// The same attribute appears twice on one element.
    static func duplicateAttribute(_ name: String, at offset: Int) -> XMLError {
        .init(.duplicateAttribute, offset, "the attribute '\(name)' appears twice")
    }

    /// `&name;` is not one of the five predefined entities, or the reference is not terminated by `;`.
    static func badEntity(_ reference: String, at offset: Int) -> XMLError {
        .init(.badEntity, offset, "'&\(reference)' is not a known entity reference")
    }

    /// `&#…;` does not name a valid Unicode character.
    static func badCharacterReference(_ reference: String, at offset: Int) -> XMLError {
        .init(.badCharacterReference, offset, "'&\(reference);' is not a valid character reference")
    }

    /// The bytes are not valid UTF-8.
    static func invalidUTF8(at offset: Int) -> XMLError {
        .init(.invalidUTF8, offset, "the document is not valid UTF-8")
    }

    /// A control character that XML does not allow.
    static func invalidCharacter(_ byte: UInt8, at offset: Int) -> XMLError {
        .init(.invalidCharacter, offset, "control character 0x\(String(byte, radix: 16)) is not allowed in XML")
    }

    /// Something other than whitespace, comments or processing instructions follows the root element.
    static func contentAfterRoot(at offset: Int) -> XMLError {
        .init(.contentAfterRoot, offset, "content follows the root element")
    }

    /// Elements nest deeper than the reader allows.
    static func tooDeep(limit: Int, at offset: Int) -> XMLError {
        .init(.tooDeep, offset, "elements nest deeper than \(limit) levels")
    }

    /// Stable, value-free name of the failure kind (safe as a metric label).
    public var kind: String { code.rawValue }

    public var description: String { "XMLError.\(code.rawValue) at byte \(offset): \(detail)" }
}
