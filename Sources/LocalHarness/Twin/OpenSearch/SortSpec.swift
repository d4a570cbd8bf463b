import Foundation

/// The `sort` of a search: `_score`, `_doc`, `_id` or fields (keyword, numeric, date, boolean), each
/// ascending or descending, missing values last unless told otherwise.
struct SortSpec {
    struct Key {
        var field: String
        var ascending: Bool
        var missingFirst: Bool
        var kind: FieldKind?
    }

    var keys: [Key] = []

    /// No sort, or `_score` descending alone: hits in score order, with scores.
    var isScoreOrder: Bool { keys.isEmpty || (keys.count == 1 && keys[0].field == "_score" && !keys[0].ascending) }
    var includesScore: Bool { keys.contains { $0.field == "_score" } }

    static func parse(_ json: JSONValue?, indices: [IndexState]) throws(OpenSearchError) -> SortSpec {
        guard let json else { return SortSpec() }
        var spec = SortSpec()
        for element in json.arrayValue ?? [json] {
            var field: String
            var order: String?
            var missing: String?
            var unmappedType: String?
            switch element {
            case .string(let name): field = name
            case .object(let members):
                guard members.count == 1, let (name, options) = members.first else { throw .parsing("malformed sort format, only one field per sort object") }
                field = name
                if let text = options.stringValue { order = text } else {
                    order = options["order"]?.stringValue
                    missing = options["missing"]?.stringValue
                    unmappedType = options["unmapped_type"]?.stringValue
                }
            default: throw .parsing("malformed sort format, within the sort array, an object, or an actual string are allowed")
            }
            if let order, order != "asc", order != "desc" { throw .illegalArgument("Unknown SortOrder [\(order)]") }
            let defaultAscending = field != "_score"
            let ascending = order.map { $0 == "asc" } ?? defaultAscending
            var kind: FieldKind?
            if !["_score", "_doc", "_id"].contains(field) {
                let mapping = indices.lazy.compactMap { $0.mappings.field(field) }.first
                if let mapping {
                    if mapping.kind == .text || mapping.kind == .knnVector || mapping.kind == .object {
                        throw .searchPhase(.illegalArgument("Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [\(field)] in order to load field data by uninverting the inverted index. Note that this can use significant memory."))
                    }
                    kind = mapping.kind
                } else if let unmappedType {
                    kind = FieldKind(type: unmappedType)
                } else {
                    throw .searchPhase(OpenSearchError(type: "query_shard_exception", reason: "No mapping found for [\(field)] in order to sort on", status: 400))
                }
            }
            spec.keys.append(Key(field: field, ascending: ascending, missingFirst: missing == "_first", kind: kind))
        }
        return spec
    }

    private enum Value: Comparable {
        case number(Double)
        case string(String)

        static func < (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.number(let x), .number(let y)): return x < y
            case (.string(let x), .string(let y)): return x < y
            case (.number, .string): return true
            case (.string, .number): return false
            }
        }
    }

    private func value(_ key: Key, _ hit: SearchExecution.Hit, _ doc: IndexedDocument?) -> Value? {
        switch key.field {
        case "_score": return .number(Double(hit.score))
        case "_doc": return .number(Double(hit.key.slot))
        case "_id": return doc.map { .string($0.id) }
        default:
            guard let doc else { return nil }
            if let strings = doc.keywords[key.field], !strings.isEmpty {
                return .string(key.ascending ? strings.min()! : strings.max()!)
            }
            if let numbers = doc.numbers[key.field], !numbers.isEmpty {
                return .number(key.ascending ? numbers.min()! : numbers.max()!)
            }
            return nil
        }
    }

    /// Whether `a` goes before `b`; nil when the sort keys do not tell them apart.
    func compare(_ a: SearchExecution.Hit, _ b: SearchExecution.Hit, indices: [IndexState]) -> Bool? {
        let docA = indices[a.key.index].document(atSlot: a.key.slot)
        let docB = indices[b.key.index].document(atSlot: b.key.slot)
        for key in keys {
            let x = value(key, a, docA), y = value(key, b, docB)
            switch (x, y) {
            case (nil, nil): continue
            case (nil, _): return key.missingFirst
            case (_, nil): return !key.missingFirst
            case (let x?, let y?):
                if x == y { continue }
                return key.ascending ? x < y : y < x
            }
        }
        return nil
    }

    /// The hit's `sort` values as OpenSearch prints them.
    func values(_ hit: SearchExecution.Hit, doc: IndexedDocument, index: IndexState) -> [JSONValue] {
        keys.map { key in
            switch value(key, hit, doc) {
            case .string(let s)?: return .string(s)
            case .number(let n)?:
                if key.field == "_score" { return SearchExecution.score(Float(n)) }
                switch key.kind {
                case .number(integral: false)?: return .double(n)
                default: return .int(Int(n))
                }
            case nil:
                switch key.kind {
                case .number(integral: true)?, .date?, .boolean?:
                    return .int(key.ascending != key.missingFirst ? Int.max : Int.min)
                default: return .null
                }
            }
        }
    }
}
