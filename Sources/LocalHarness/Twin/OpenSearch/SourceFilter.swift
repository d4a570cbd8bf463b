import Foundation

/// `_source` filtering: `false`, a pattern, a list of patterns, or `{"includes": [...], "excludes": [...]}`
/// (patterns may use `*`; naming an object includes everything under it).
struct SourceFilter: Sendable {
    var enabled = true
    var includes: [String] = []
    var excludes: [String] = []

    init() {}

    init(_ json: JSONValue?) throws(OpenSearchError) {
        guard let json else { return }
        switch json {
        case .bool(let flag): enabled = flag
        case .string(let pattern): includes = [pattern]
        case .array(let patterns): includes = patterns.compactMap(\.stringValue)
        case .object(let members):
            includes = Self.list(members["includes"] ?? members["include"])
            excludes = Self.list(members["excludes"] ?? members["exclude"])
        default: throw .parsing("Unknown key for a \(json.typeName == "number" ? "VALUE_NUMBER" : "VALUE_NULL") in [_source].")
        }
    }

    private static func list(_ value: JSONValue?) -> [String] {
        guard let value else { return [] }
        return value.arrayValue?.compactMap(\.stringValue) ?? value.stringValue.map { [$0] } ?? []
    }

    /// Applies URL parameters (`_source=false`, `_source_includes=a,b`, `_source_excludes=c`).
    mutating func apply(parameters: [String: String]) {
        if let source = parameters["_source"] {
            if source == "false" { enabled = false } else if source != "true" { includes = source.split(separator: ",").map(String.init) }
        }
        if let value = parameters["_source_includes"] ?? parameters["_source_include"] { includes = value.split(separator: ",").map(String.init) }
        if let value = parameters["_source_excludes"] ?? parameters["_source_exclude"] { excludes = value.split(separator: ",").map(String.init) }
    }

    func apply(_ source: JSONValue) -> JSONValue? {
        guard enabled else { return nil }
        if includes.isEmpty && excludes.isEmpty { return source }
        return filter(source, prefix: "", included: includes.isEmpty)
    }

    private func filter(_ value: JSONValue, prefix: String, included: Bool) -> JSONValue {
        switch value {
        case .object(let members):
            var kept: [String: JSONValue] = [:]
            for (key, member) in members {
                let path = prefix + key
                if excludes.contains(where: { QueryEvaluator.glob($0, path) }) { continue }
                let whole = included || includes.contains { QueryEvaluator.glob($0, path) }
                if whole && !excludes.contains(where: { $0.hasPrefix(path + ".") }) {
                    kept[key] = member
                } else if member.objectValue != nil || member.arrayValue?.contains(where: { $0.objectValue != nil }) == true {
                    let inner = filter(member, prefix: path + ".", included: whole)
                    if inner.objectValue?.isEmpty == false || (inner.arrayValue?.isEmpty == false) { kept[key] = inner }
                }
            }
            return .object(kept)
        case .array(let elements):
            return .array(elements.compactMap { element in
                guard element.objectValue != nil else { return included ? element : nil }
                let inner = filter(element, prefix: prefix, included: included)
                return inner.objectValue?.isEmpty == false ? inner : nil
            })
        default:
            return value
        }
    }
}
