import Foundation

/// The aggregations the twin computes over a search's matching documents: `terms` (with sub-aggregations),
/// `value_count`, `cardinality`, `min`, `max`, `avg`, `sum` and `stats`.
struct Aggregations {
    /// Mappings of the searched indices, to know each field's type.
    let mappings: [IndexMappings]

    static let metrics: Set<String> = ["value_count", "cardinality", "min", "max", "avg", "sum", "stats"]

    func run(_ spec: JSONValue, over documents: [IndexedDocument]) throws(OpenSearchError) -> JSONValue {
        guard let named = spec.objectValue else { throw .parsing("Unexpected token in [aggs]: aggregations must be an object") }
        var result: [String: JSONValue] = [:]
        for (name, body) in named {
            guard let members = body.objectValue else { throw .parsing("Expected [START_OBJECT] under [\(name)], but got a [\(body.typeName)] in [\(name)]") }
            let sub = members["aggs"] ?? members["aggregations"]
            let types = members.keys.filter { $0 != "aggs" && $0 != "aggregations" && $0 != "meta" }
            guard types.count == 1, let type = types.first else { throw .parsing("Expected one aggregation type under [\(name)]") }
            let config = members[type]!
            guard let field = config["field"]?.stringValue else {
                if type == "terms" || Self.metrics.contains(type) { throw .illegalArgument("Required one of fields [field, script], but none were specified.") }
                throw .parsing("Unknown aggregation type [\(type)]")
            }
            let mapping = mappings.lazy.compactMap { $0.field(field) }.first
            if mapping?.kind == .text || mapping?.kind == .knnVector {
                throw .searchPhase(.illegalArgument("Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [\(field)] in order to load field data by uninverting the inverted index. Note that this can use significant memory."))
            }
            switch type {
            case "terms": result[name] = try terms(config, field: field, mapping: mapping, sub: sub, documents)
            case _ where Self.metrics.contains(type): result[name] = metric(type, field: field, mapping: mapping, documents)
            default: throw .parsing("Unknown aggregation type [\(type)]")
            }
        }
        return .object(result)
    }

    private enum Key: Hashable, Comparable {
        case string(String)
        case number(Double)

        static func < (a: Key, b: Key) -> Bool {
            switch (a, b) {
            case (.string(let x), .string(let y)): return x < y
            case (.number(let x), .number(let y)): return x < y
            case (.number, .string): return true
            case (.string, .number): return false
            }
        }
    }

    private func keys(_ doc: IndexedDocument, _ field: String) -> [Key] {
        if field == "_id" { return [.string(doc.id)] }
        if let strings = doc.keywords[field] { return strings.map(Key.string) }
        return (doc.numbers[field] ?? []).map(Key.number)
    }

    private func keyJSON(_ key: Key, _ mapping: FieldMapping?) -> [String: JSONValue] {
        switch key {
        case .string(let s): return ["key": .string(s)]
        case .number(let n):
            switch mapping?.kind {
            case .date?: return ["key": .int(Int(n)), "key_as_string": .string(DateParsing.format(Int(n)))]
            case .boolean?: return ["key": .int(Int(n)), "key_as_string": n == 1 ? "true" : "false"]
            case .number(integral: true)?: return ["key": .int(Int(n))]
            default: return ["key": .double(n)]
            }
        }
    }

    private func terms(_ config: JSONValue, field: String, mapping: FieldMapping?, sub: JSONValue?, _ documents: [IndexedDocument]) throws(OpenSearchError) -> JSONValue {
        let size = Int(config["size"]?.number ?? 10)
        let minimum = Int(config["min_doc_count"]?.number ?? 1)
        var buckets: [Key: [IndexedDocument]] = [:]
        for doc in documents {
            for key in Set(keys(doc, field)) { buckets[key, default: []].append(doc) }
        }
        var orderKey = "_count", ascending = false
        if let order = (config["order"]?.arrayValue?.first ?? config["order"])?.objectValue?.first {
            orderKey = order.key
            ascending = order.value.stringValue == "asc"
        }
        var ordered = buckets.filter { $0.value.count >= minimum }.sorted { a, b in
            if orderKey == "_key" { return ascending ? a.key < b.key : b.key < a.key }
            if a.value.count != b.value.count { return ascending ? a.value.count < b.value.count : a.value.count > b.value.count }
            return a.key < b.key
        }
        let other = ordered.dropFirst(size).reduce(0) { $0 + $1.value.count }
        ordered = Array(ordered.prefix(size))
        var rendered: [JSONValue] = []
        for (key, docs) in ordered {
            var bucket = keyJSON(key, mapping)
            bucket["doc_count"] = .int(docs.count)
            if let sub {
                for (name, value) in try run(sub, over: docs).objectValue ?? [:] { bucket[name] = value }
            }
            rendered.append(.object(bucket))
        }
        return ["doc_count_error_upper_bound": 0, "sum_other_doc_count": .int(other), "buckets": .array(rendered)]
    }

    private func metric(_ type: String, field: String, mapping: FieldMapping?, _ documents: [IndexedDocument]) -> JSONValue {
        let values = documents.flatMap { keys($0, field) }
        let numbers = values.compactMap { key -> Double? in if case .number(let n) = key { return n } else { return nil } }
        func withString(_ value: Double?) -> JSONValue {
            guard let value else { return ["value": .null] }
            if mapping?.kind == .date { return ["value": .double(value), "value_as_string": .string(DateParsing.format(Int(value)))] }
            return ["value": .double(value)]
        }
        switch type {
        case "value_count": return ["value": .int(values.count)]
        case "cardinality": return ["value": .int(Set(values).count)]
        case "min": return withString(numbers.min())
        case "max": return withString(numbers.max())
        case "sum": return ["value": .double(numbers.reduce(0, +))]
        case "avg": return ["value": numbers.isEmpty ? .null : .double(numbers.reduce(0, +) / Double(numbers.count))]
        default:
            return [
                "count": .int(numbers.count), "min": numbers.min().map(JSONValue.double) ?? .null, "max": numbers.max().map(JSONValue.double) ?? .null,
                "avg": numbers.isEmpty ? .null : .double(numbers.reduce(0, +) / Double(numbers.count)), "sum": .double(numbers.reduce(0, +)),
            ]
        }
    }
}
