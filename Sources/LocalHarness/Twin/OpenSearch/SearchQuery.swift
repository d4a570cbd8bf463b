import Foundation

/// The query DSL subset the twin evaluates.
indirect enum SearchQuery: Sendable {
    case matchAll(boost: Float)
    case matchNone
    case term(field: String, value: JSONValue, boost: Float)
    case terms(field: String, values: [JSONValue], boost: Float)
    case range(field: String, bounds: RangeBounds, boost: Float)
    case exists(field: String, boost: Float)
    case ids([String], boost: Float)
    case prefix(field: String, prefix: String, boost: Float)
    case wildcard(field: String, pattern: String, boost: Float)
    case match(field: String, text: String, requireAll: Bool, minimumShouldMatch: String?, boost: Float)
    case matchPhrase(field: String, text: String, slop: Int, boost: Float)
    /// `best_fields` (max plus tie breaker), `most_fields` (sum) or `phrase`, over fields with boosts.
    case multiMatch(text: String, fields: [(String, Float)], type: String, requireAll: Bool, tieBreaker: Float, minimumShouldMatch: String?, boost: Float)
    case bool(must: [SearchQuery], should: [SearchQuery], filter: [SearchQuery], mustNot: [SearchQuery], minimumShouldMatch: String?, boost: Float)
    case constantScore(filter: SearchQuery, boost: Float)
    case disMax(queries: [SearchQuery], tieBreaker: Float, boost: Float)
    case knn(KNNQuery)
    /// Sub-queries whose scores a search pipeline normalises and combines.
    case hybrid(queries: [SearchQuery], paginationDepth: Int?, filter: SearchQuery?)

    var isHybrid: Bool { if case .hybrid = self { return true } else { return false } }
}

struct RangeBounds: Sendable {
    var gt: JSONValue?
    var gte: JSONValue?
    var lt: JSONValue?
    var lte: JSONValue?
}

struct KNNQuery: Sendable {
    var field: String
    var vector: [Float]
    var k: Int?
    var filter: SearchQuery?
    var minScore: Float?
    var maxDistance: Float?
    var boost: Float
}

extension SearchQuery {
    /// Queries OpenSearch has that the twin does not evaluate: refused by name rather than called unknown.
    static let unsupported: Set<String> = [
        "query_string", "simple_query_string", "fuzzy", "regexp", "nested", "has_child", "has_parent", "function_score",
        "script_score", "script", "geo_distance", "geo_bounding_box", "more_like_this", "neural", "neural_sparse",
        "match_bool_prefix", "match_phrase_prefix", "intervals", "span_term", "percolate", "rank_feature", "boosting",
        "combined_fields", "terms_set", "distance_feature", "wrapper", "pinned",
    ]

    /// Parses one query object (`{"match": {...}}`); throws OpenSearch's parsing errors.
    static func parse(_ json: JSONValue) throws(OpenSearchError) -> SearchQuery {
        guard let members = json.objectValue else { throw .parsing("query malformed, must start with start_object") }
        guard members.count == 1, let (name, body) = members.first else {
            if members.isEmpty { return .matchAll(boost: 1) }
            let names = members.keys.sorted()
            throw .parsing("[\(names[0])] malformed query, expected [END_OBJECT] but found [FIELD_NAME]")
        }
        switch name {
        case "match_all": return .matchAll(boost: try boost(body))
        case "match_none": return .matchNone
        case "term":
            let (field, inner) = try single(name, body)
            if let object = inner.objectValue {
                guard let value = object["value"] else { throw .parsing("[term] query does not support [\(object.keys.sorted().first ?? "")]") }
                return .term(field: field, value: value, boost: try boost(inner))
            }
            return .term(field: field, value: inner, boost: 1)
        case "terms":
            guard var object = body.objectValue else { throw .parsing("[terms] query malformed, no start_object after query name") }
            let boostValue = try boost(body)
            object["boost"] = nil
            object["_name"] = nil
            guard object.count == 1, let (field, values) = object.first, let array = values.arrayValue else {
                throw .parsing("[terms] query does not support multiple fields")
            }
            return .terms(field: field, values: array, boost: boostValue)
        case "range":
            let (field, inner) = try single(name, body)
            guard let object = inner.objectValue else { throw .parsing("[range] query malformed, no start_object after query name") }
            var bounds = RangeBounds(gt: object["gt"], gte: object["gte"], lt: object["lt"], lte: object["lte"])
            if let from = object["from"], from != .null { if object["include_lower"] == .bool(false) { bounds.gt = from } else { bounds.gte = from } }
            if let to = object["to"], to != .null { if object["include_upper"] == .bool(false) { bounds.lt = to } else { bounds.lte = to } }
            for key in object.keys where !["gt", "gte", "lt", "lte", "from", "to", "include_lower", "include_upper", "boost", "format", "time_zone", "relation", "_name"].contains(key) {
                throw .parsing("[range] query does not support [\(key)]")
            }
            return .range(field: field, bounds: bounds, boost: try boost(inner))
        case "exists":
            guard let field = body["field"]?.stringValue else { throw .parsing("[exists] must be provided with a [field]") }
            return .exists(field: field, boost: try boost(body))
        case "ids":
            guard let values = body["values"]?.arrayValue else { throw .parsing("[ids] query malformed, no values") }
            return .ids(values.compactMap { $0.stringValue ?? $0.number.map { JSONValue.numberText($0) } }, boost: try boost(body))
        case "prefix", "wildcard":
            let (field, inner) = try single(name, body)
            guard let value = inner.stringValue ?? inner["value"]?.stringValue ?? inner["wildcard"]?.stringValue else {
                throw .parsing("[\(name)] query malformed, no value")
            }
            let b = inner.objectValue == nil ? 1 : try boost(inner)
            return name == "prefix" ? .prefix(field: field, prefix: value, boost: b) : .wildcard(field: field, pattern: value, boost: b)
        case "match":
            let (field, inner) = try single(name, body)
            if inner.objectValue == nil { return .match(field: field, text: try text(inner, name), requireAll: false, minimumShouldMatch: nil, boost: 1) }
            guard let query = inner["query"] else { throw .parsing("[match] requires query value") }
            return .match(field: field, text: try text(query, name), requireAll: try requireAll(inner),
                          minimumShouldMatch: msm(inner["minimum_should_match"]), boost: try boost(inner))
        case "match_phrase":
            let (field, inner) = try single(name, body)
            if inner.objectValue == nil { return .matchPhrase(field: field, text: try text(inner, name), slop: 0, boost: 1) }
            guard let query = inner["query"] else { throw .parsing("[match_phrase] requires query value") }
            return .matchPhrase(field: field, text: try text(query, name), slop: Int(inner["slop"]?.number ?? 0), boost: try boost(inner))
        case "multi_match":
            guard let query = body["query"] else { throw .parsing("No text specified for multi_match query") }
            let type = body["type"]?.stringValue ?? "best_fields"
            guard ["best_fields", "most_fields", "cross_fields", "phrase"].contains(type) else {
                if ["phrase_prefix", "bool_prefix"].contains(type) { throw .illegalArgument("[multi_match] type [\(type)] is not supported by the local OpenSearch twin") }
                throw .parsing("failed to parse [multi_match] query type [\(type)]. unknown type.")
            }
            var fields: [(String, Float)] = []
            let rawFields: [JSONValue] = body["fields"]?.arrayValue ?? body["fields"].map { [$0] } ?? []
            for raw in rawFields {
                guard let spec = raw.stringValue else { throw .parsing("[multi_match] query does not support [fields] of this form") }
                if let caret = spec.firstIndex(of: "^") {
                    guard let weight = Float(spec[spec.index(after: caret)...]) else { throw .illegalArgument("Could not parse boost of field [\(spec)]") }
                    fields.append((String(spec[..<caret]), weight))
                } else {
                    fields.append((spec, 1))
                }
            }
            return .multiMatch(text: try text(query, name), fields: fields, type: type, requireAll: try requireAll(body),
                               tieBreaker: Float(body["tie_breaker"]?.number ?? 0), minimumShouldMatch: msm(body["minimum_should_match"]), boost: try boost(body))
        case "bool":
            guard let object = body.objectValue else { throw .parsing("[bool] query malformed, no start_object after query name") }
            func clauses(_ key: String) throws(OpenSearchError) -> [SearchQuery] {
                guard let value = object[key] else { return [] }
                var result: [SearchQuery] = []
                for element in value.arrayValue ?? [value] { result.append(try parse(element)) }
                return result
            }
            for key in object.keys where !["must", "should", "filter", "must_not", "minimum_should_match", "boost", "_name", "adjust_pure_negative"].contains(key) {
                throw .parsing("[bool] query does not support [\(key)]")
            }
            let parsed = SearchQuery.bool(must: try clauses("must"), should: try clauses("should"), filter: try clauses("filter"),
                                          mustNot: try clauses("must_not"), minimumShouldMatch: msm(object["minimum_should_match"]), boost: try boost(body))
            if case .bool(let must, let should, let filter, let mustNot, _, _) = parsed,
               (must + should + filter + mustNot).contains(where: \.isHybrid) {
                throw .illegalArgument("hybrid query must be a top level query and cannot be wrapped into other queries")
            }
            return parsed
        case "constant_score":
            guard let filter = body["filter"] else { throw .parsing("[constant_score] requires a 'filter' element") }
            return .constantScore(filter: try parse(filter), boost: try boost(body))
        case "dis_max":
            var queries: [SearchQuery] = []
            for element in body["queries"]?.arrayValue ?? [] { queries.append(try parse(element)) }
            return .disMax(queries: queries, tieBreaker: Float(body["tie_breaker"]?.number ?? 0), boost: try boost(body))
        case "knn":
            return .knn(try knn(body))
        case "hybrid":
            guard let list = body["queries"]?.arrayValue, !list.isEmpty else { throw .parsing("[hybrid] requires 'queries' field with at least one clause") }
            guard list.count <= 5 else { throw .parsing("Number of sub-queries exceeds maximum supported by [hybrid] query") }
            var queries: [SearchQuery] = []
            for element in list {
                let sub = try parse(element)
                if sub.isHybrid { throw .illegalArgument("hybrid query must be a top level query and cannot be wrapped into other queries") }
                queries.append(sub)
            }
            let filter: SearchQuery? = try body["filter"].map { value throws(OpenSearchError) in try parse(value) }
            let depth = body["pagination_depth"]?.number.map { Int($0) }
            if let depth, !(1...10_000).contains(depth) { throw .illegalArgument("pagination_depth should be less than or equal to index.max_result_window setting") }
            return .hybrid(queries: queries, paginationDepth: depth, filter: filter)
        default:
            if unsupported.contains(name) { throw .illegalArgument("[\(name)] query is not supported by the local OpenSearch twin") }
            throw OpenSearchError(type: "parsing_exception", reason: "unknown query [\(name)]", status: 400,
                                  causedBy: ("named_object_not_found_exception", "[1:\(name.count + 12)] unknown field [\(name)]"))
        }
    }

    private static func knn(_ body: JSONValue) throws(OpenSearchError) -> KNNQuery {
        guard let object = body.objectValue, object.count == 1, let (field, inner) = object.first else {
            throw .parsing("[knn] query doesn't support multiple fields")
        }
        guard let values = inner["vector"]?.arrayValue else { throw .illegalArgument("[knn] requires query vector") }
        var vector: [Float] = []
        for value in values {
            guard let number = value.number else { throw .parsing("[knn] failed to parse field [vector]") }
            vector.append(Float(number))
        }
        if vector.isEmpty { throw .illegalArgument("[knn] query vector is empty") }
        let k = inner["k"]?.number.map { Int($0) }
        let minScore = inner["min_score"]?.number.map { Float($0) }
        let maxDistance = inner["max_distance"]?.number.map { Float($0) }
        guard [k != nil, minScore != nil, maxDistance != nil].filter({ $0 }).count == 1 else {
            throw .illegalArgument("[knn] requires exactly one of k, distance or score to be set")
        }
        if let k, !(1...10_000).contains(k) { throw .illegalArgument("[knn] requires k to be in the range (0, 10000]") }
        let filter: SearchQuery? = try inner["filter"].map { value throws(OpenSearchError) in try parse(value) }
        return KNNQuery(field: field, vector: vector, k: k, filter: filter, minScore: minScore, maxDistance: maxDistance, boost: try boost(inner))
    }

    private static func single(_ name: String, _ body: JSONValue) throws(OpenSearchError) -> (String, JSONValue) {
        guard var object = body.objectValue else { throw .parsing("[\(name)] query malformed, no start_object after query name") }
        object["boost"] = nil
        object["_name"] = nil
        guard object.count == 1, let (field, inner) = object.first else {
            let names = object.keys.sorted()
            if names.isEmpty { throw .illegalArgument("[\(name)] requires fieldName") }
            throw .parsing("[\(name)] query doesn't support multiple fields, found [\(names[0])] and [\(names[1])]")
        }
        return (field, inner)
    }

    private static func text(_ value: JSONValue, _ name: String) throws(OpenSearchError) -> String {
        switch value {
        case .string(let text): return text
        case .int, .double: return JSONValue.numberText(value.number!)
        case .bool(let flag): return flag ? "true" : "false"
        default: throw .parsing("[\(name)] unknown token [START_OBJECT] after [query]")
        }
    }

    private static func requireAll(_ body: JSONValue) throws(OpenSearchError) -> Bool {
        guard let op = body["operator"]?.stringValue else { return false }
        switch op.lowercased() {
        case "and": return true
        case "or": return false
        default: throw .illegalArgument("No enum constant org.opensearch.index.query.Operator.\(op.uppercased())")
        }
    }

    private static func msm(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        return value.stringValue ?? value.number.map { JSONValue.numberText($0) }
    }

    private static func boost(_ body: JSONValue) throws(OpenSearchError) -> Float {
        guard let value = body["boost"] else { return 1 }
        guard let number = value.number else { throw .parsing("[boost] must be a number") }
        guard number >= 0 else { throw .illegalArgument("negative [boost] are not allowed in [\(body.serialized())], use a value between 0 and 1 to deboost") }
        return Float(number)
    }
}

extension JSONValue {
    /// A number as JSON writes it (`3`, `2.5`).
    static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }
}
