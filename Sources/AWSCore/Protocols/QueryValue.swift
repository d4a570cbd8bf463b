import Foundation

/// A parameter tree for the query protocol, in the order the fields should appear on the wire.
public indirect enum QueryValue: Sendable, Equatable, ExpressibleByStringLiteral {
    /// A scalar, already rendered as text.
    case string(String)
    /// A structure: `Prefix.Field=…` for each field.
    case structure([Field])
    /// A list: `Prefix.<memberName>.N` (1-based; `memberName` defaults to `member`). A flattened list
    /// writes `Prefix.N`, or replaces the last part of the prefix with `memberName` when one is given.
    /// An empty list writes `Prefix=` (botocore does).
    case list([QueryValue], memberName: String? = nil, flattened: Bool = false)
    /// A map: `Prefix.entry.N.<keyName>` and `Prefix.entry.N.<valueName>` (1-based; `entry.` is left out
    /// when flattened). SNS message attributes use `keyName: "Name", valueName: "Value"`.
    case map([Entry], keyName: String = "key", valueName: String = "value", flattened: Bool = false)

    /// One member of a structure.
    public struct Field: Sendable, Equatable {
        /// The member name as it appears on the wire (e.g. `TopicArn`).
        public var name: String
        public var value: QueryValue
        /// A member called `name` holding `value`.
        public init(_ name: String, _ value: QueryValue) {
            self.name = name
            self.value = value
        }
    }

    /// One entry of a map.
    public struct Entry: Sendable, Equatable {
        /// The map key, written as the entry's key member.
        public var key: String
        public var value: QueryValue
        /// An entry mapping `key` to `value`.
        public init(_ key: String, _ value: QueryValue) {
            self.key = key
            self.value = value
        }
    }

    /// A string literal is a `.string` scalar.
    public init(stringLiteral value: String) { self = .string(value) }

    /// `true` or `false`.
    public static func bool(_ value: Bool) -> QueryValue { .string(value ? "true" : "false") }
    /// An integer in decimal.
    public static func int(_ value: Int) -> QueryValue { .string(String(value)) }
    /// A blob, base64-encoded.
    public static func blob(_ value: Data) -> QueryValue { .string(value.base64EncodedString()) }
    /// A timestamp (ISO 8601 by default, as the query protocol writes them).
    public static func timestamp(_ value: Date, format: TimestampFormat = .queryAndLabelDefault) -> QueryValue {
        .string(AWSTimestamp.format(value, as: format))
    }
    /// A map of strings to strings with the default `key`/`value` names.
    public static func stringMap(_ pairs: [(String, String)]) -> QueryValue {
        .map(pairs.map { Entry($0.0, .string($0.1)) })
    }
}
