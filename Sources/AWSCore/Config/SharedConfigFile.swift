/// One parsed shared AWS file: `~/.aws/credentials` or `~/.aws/config`.
///
/// Keys are case-insensitive (stored lower-cased) and values trimmed, as the AWS CLI reads them.
/// In the config file a profile's section is `[profile name]`, except `[default]`; in the credentials
/// file every section is a profile named as written.
public struct SharedConfigFile: Sendable, Equatable {
    /// Which of the two shared files this is; decides how section names map to profiles.
    public enum Kind: Sendable, Equatable {
        case credentials, config
    }

    /// The properties of one section.
    public struct Section: Sendable, Equatable {
        /// `key = value` properties, keys lower-cased. A key that opens a sub-section has an empty value.
        public var properties: [String: String]
        /// Nested properties of keys written as `s3 =` followed by indented `addressing_style = path` lines.
        public var subsections: [String: [String: String]]

        public init(properties: [String: String] = [:], subsections: [String: [String: String]] = [:]) {
            self.properties = properties
            self.subsections = subsections
        }

        /// The value of `key` (any case); `nil` when absent.
        public subscript(key: String) -> String? { properties[key.lowercased()] }

        /// `other`'s properties and sub-section entries replace this section's where both have them.
        func overlaid(with other: Section) -> Section {
            var merged = self
            merged.properties.merge(other.properties) { _, new in new }
            for (key, entries) in other.subsections {
                merged.subsections[key, default: [:]].merge(entries) { _, new in new }
            }
            return merged
        }
    }

    /// Which file this is.
    public let kind: Kind
    /// Where the text came from, for error messages.
    public let path: String
    /// Every section by name: trimmed, with a `profile` prefix followed by one space.
    public let sections: [String: Section]

    /// Parses the text of a shared file; throws `ConfigError.malformedFile` naming the first bad line.
    public init(parsing text: String, kind: Kind, path: String) throws {
        self.kind = kind
        self.path = path
        var parser = SharedConfigParser(path: path)
        self.sections = try parser.parse(text)
    }

    /// Reads and parses the file at `path`; `nil` when there is no such file.
    public static func load(path: String, kind: Kind, fileReader: any FileContentReader) throws -> SharedConfigFile? {
        guard let text = try fileReader.contents(ofFile: path) else { return nil }
        return try SharedConfigFile(parsing: text, kind: kind, path: path)
    }

    /// The section of profile `name`, or `nil` when this file does not define it.
    public func profile(named name: String) -> Section? {
        switch kind {
        case .credentials:
            return sections[name]
        case .config:
            // `[profile default]` is accepted too and wins over `[default]`, as in the newer SDKs.
            if name == "default" { return sections["profile default"] ?? sections["default"] }
            return sections["profile " + name]
        }
    }

    /// The names of every profile this file defines, sorted.
    public var profileNames: [String] {
        switch kind {
        case .credentials:
            return sections.keys.sorted()
        case .config:
            let names = sections.keys.compactMap { name -> String? in
                if name == "default" { return name }
                return name.hasPrefix("profile ") ? String(name.dropFirst("profile ".count)) : nil
            }
            return Set(names).sorted()
        }
    }
}
