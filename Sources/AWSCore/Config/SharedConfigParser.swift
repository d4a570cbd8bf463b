import Foundation

/// The line-by-line INI reader behind `SharedConfigFile`.
///
/// Accepts what the AWS CLI accepts: `#` and `;` comment lines, `=` or `:` between key and value,
/// inline comments after whitespace, indented continuation lines (multi-line values, or sub-sections
/// under a key with an empty value), CRLF line ends. Anything else is a `ConfigError.malformedFile`.
struct SharedConfigParser {
    let path: String
    private var sections: [String: SharedConfigFile.Section] = [:]
    private var currentSection: String?
    private var currentKey: String?
    private var lineNumber = 0

    init(path: String) { self.path = path }

    mutating func parse(_ text: String) throws -> [String: SharedConfigFile.Section] {
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            try parseLine(rawLine)
        }
        return sections
    }

    private mutating func parseLine(_ line: Substring) throws {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { return }
        let indented = line.first?.isWhitespace ?? false
        if indented, let section = currentSection, let key = currentKey {
            try parseContinuation(trimmed, section: section, key: key)
        } else if trimmed.hasPrefix("[") {
            let name = try sectionName(in: trimmed)
            currentSection = name
            currentKey = nil
            if sections[name] == nil { sections[name] = SharedConfigFile.Section() }
        } else {
            guard let section = currentSection else {
                throw malformed("a property comes before any [section] header")
            }
            let (key, value) = try property(in: trimmed)
            sections[section]?.properties[key] = value
            sections[section]?.subsections[key] = nil
            currentKey = key
        }
    }

    private mutating func parseContinuation(_ trimmed: String, section: String, key: String) throws {
        let opensSubsection = sections[section]?.subsections[key] != nil || sections[section]?.properties[key] == ""
        if opensSubsection {
            let (subKey, value) = try property(in: trimmed)
            sections[section]?.subsections[key, default: [:]][subKey] = value
        } else {
            let existing = sections[section]?.properties[key] ?? ""
            sections[section]?.properties[key] = existing + "\n" + Self.removingInlineComment(trimmed)
        }
    }

    private func sectionName(in trimmed: String) throws -> String {
        guard let close = trimmed.firstIndex(of: "]") else {
            throw malformed("section header has no closing ']'")
        }
        let rest = trimmed[trimmed.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard rest.isEmpty || rest.hasPrefix("#") || rest.hasPrefix(";") else {
            throw malformed("unexpected text after the section header")
        }
        let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw malformed("empty section name") }
        let prefix = "profile"
        if name.hasPrefix(prefix), name.dropFirst(prefix.count).first?.isWhitespace == true {
            return "profile " + name.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        }
        return name
    }

    private func property(in trimmed: String) throws -> (key: String, value: String) {
        guard let split = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
            throw malformed("expected 'key = value'")
        }
        let key = trimmed[..<split].trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty else { throw malformed("property has no name before '='") }
        let value = trimmed[trimmed.index(after: split)...].trimmingCharacters(in: .whitespaces)
        return (key, Self.removingInlineComment(value))
    }

    /// Drops a `#` or `;` comment that follows whitespace; a `#` inside a value (`a#b`) is kept.
    static func removingInlineComment(_ value: String) -> String {
        var previousWasSpace = false
        for index in value.indices {
            let character = value[index]
            if previousWasSpace, character == "#" || character == ";" {
                return value[..<index].trimmingCharacters(in: .whitespaces)
            }
            previousWasSpace = character.isWhitespace
        }
        return value
    }

    private func malformed(_ reason: String) -> ConfigError {
        .malformedFile(path: path, line: lineNumber, reason: reason)
    }
}
