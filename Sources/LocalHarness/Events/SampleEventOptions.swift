import Foundation

/// The options of one ``SampleEvent/make(_:options:now:)`` call: checked against the kind, read with their
/// defaults, parsed where they hold JSON or numbers.
struct SampleEventOptions {
    let kind: SampleEvent.Kind
    private let values: [String: String]
    private let defaults: [String: String]

    init(kind: SampleEvent.Kind, values: [String: String]) throws {
        let known = kind.options
        if let unknown = values.keys.sorted().first(where: { name in !known.contains { $0.name == name } }) {
            throw SampleEventError.unknownOption(unknown, kind: kind)
        }
        self.kind = kind
        self.values = values
        var defaults: [String: String] = [:]
        for option in known { defaults[option.name] = option.defaultValue }
        self.defaults = defaults
    }

    /// The value given, else the default (nil when neither).
    subscript(_ name: String) -> String? { values[name] ?? defaults[name] }

    /// Whether the caller gave `name`.
    func isGiven(_ name: String) -> Bool { values[name] != nil }

    /// The region.
    var region: String { self["region"] ?? "us-east-1" }

    /// The account, checked to be 12 digits.
    func account() throws -> String {
        let account = self["account"] ?? "123456789012"
        guard account.count == 12, account.allSatisfy(\.isASCIIDigit) else {
            throw SampleEventError.invalidOption("account", value: account, expected: "a 12-digit account id")
        }
        return account
    }

    /// `name` as a non-empty string.
    func nonEmpty(_ name: String) throws -> String {
        let value = self[name] ?? ""
        guard !value.isEmpty else { throw SampleEventError.invalidOption(name, value: value, expected: "non-empty") }
        return value
    }

    /// `name` as a boolean (`true`/`false`, `1`/`0`, `yes`/`no`).
    func bool(_ name: String) throws -> Bool {
        let value = self[name] ?? "false"
        switch value.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no", "": return false
        default: throw SampleEventError.invalidOption(name, value: value, expected: "true or false")
        }
    }

    /// `name` as a non-negative integer.
    func count(_ name: String) throws -> Int64 {
        let value = self[name] ?? ""
        guard let number = Int64(value), number >= 0 else {
            throw SampleEventError.invalidOption(name, value: value, expected: "a non-negative integer")
        }
        return number
    }

    /// `name` as a JSON object (nil when absent).
    func object(_ name: String) throws -> [String: Any]? {
        guard let value = self[name] else { return nil }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(value.utf8))) as? [String: Any] else {
            throw SampleEventError.invalidOption(name, value: value, expected: "a JSON object")
        }
        return object
    }

    /// `name` as a JSON array of strings (nil when absent).
    func strings(_ name: String) throws -> [String]? {
        guard let value = self[name] else { return nil }
        guard let array = (try? JSONSerialization.jsonObject(with: Data(value.utf8))) as? [Any],
              !array.isEmpty, array.allSatisfy({ $0 is String })
        else {
            throw SampleEventError.invalidOption(name, value: value, expected: "a non-empty JSON array of strings")
        }
        return array.compactMap { $0 as? String }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
