/// A problem reading AWS configuration: an unreadable or malformed shared file, or no region anywhere.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case fileUnreadable, malformedFile, noRegion
    }

    private let code: Code
    /// What happened, for people: names the file, line, variable or profile involved.
    public let detail: String

    private init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    /// The file exists but could not be read or is not UTF-8 text.
    public static func fileUnreadable(path: String, reason: String) -> ConfigError {
        .init(.fileUnreadable, "cannot read '\(path)': \(reason)")
    }

    /// A line of a shared config or credentials file does not parse.
    public static func malformedFile(path: String, line: Int, reason: String) -> ConfigError {
        .init(.malformedFile, "'\(path)' line \(line): \(reason)")
    }

    /// No region was found; `checked` lists every place looked at, in order.
    public static func noRegion(checked: [String]) -> ConfigError {
        .init(.noRegion, "no AWS region found: checked " + checked.joined(separator: ", "))
    }

    /// Stable, value-free name of the failure kind (safe as a metric label).
    public var kind: String { code.rawValue }

    public var description: String { "ConfigError.\(code.rawValue): \(detail)" }

    /// Two errors are equal when they are of the same kind, whatever their detail.
    public static func == (lhs: ConfigError, rhs: ConfigError) -> Bool { lhs.code == rhs.code }
}
