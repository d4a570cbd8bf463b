import AWSCore
import Foundation

/// A query of the OpenSearch query DSL, typed for the forms the handlers use, with `raw` for the rest.
public indirect enum OpenSearchQuery: Sendable, Equatable {
    case matchAll
    /// Full-text match on one field; `operator` is `or` (default) or `and`.
    case match(field: String, query: String, operator: String? = nil)
    /// Full-text match over several fields (`title^2` boosts); `type` e.g. `best_fields`, `phrase`.
    case multiMatch(query: String, fields: [String], type: String? = nil)
    /// Boolean combination; `filter` and `mustNot` do not score.
    case bool(
        must: [OpenSearchQuery] = [], should: [OpenSearchQuery] = [], filter: [OpenSearchQuery] = [],
        mustNot: [OpenSearchQuery] = [], minimumShouldMatch: Int? = nil)
    /// A range on numbers or dates; unset bounds are left out.
    case range(field: String, gte: JSON? = nil, gt: JSON? = nil, lte: JSON? = nil, lt: JSON? = nil)
    /// An exact value.
    case term(field: String, value: JSON)
    /// Any of several exact values.
    case terms(field: String, values: [JSON])
    /// The `k` nearest neighbours of `vector` in a `knn_vector` field, optionally pre-filtered.
    case knn(field: String, vector: [Double], k: Int, filter: OpenSearchQuery? = nil)
    /// Several queries whose scores a search pipeline normalises and combines.
    case hybrid([OpenSearchQuery])
    /// A query written out as JSON.
    case raw(JSON)

    /// The query as DSL JSON.
    public var json: JSON {
        switch self {
        case .matchAll:
            return ["match_all": .object([:])]
        case .match(let field, let query, let op):
            var body: [String: JSON] = ["query": .string(query)]
            if let op { body["operator"] = .string(op) }
            return ["match": .object([field: .object(body)])]
        case .multiMatch(let query, let fields, let type):
            var body: [String: JSON] = ["query": .string(query), "fields": .array(fields.map(JSON.string))]
            if let type { body["type"] = .string(type) }
            return ["multi_match": .object(body)]
        case .bool(let must, let should, let filter, let mustNot, let minimumShouldMatch):
            var body: [String: JSON] = [:]
            if !must.isEmpty { body["must"] = .array(must.map(\.json)) }
            if !should.isEmpty { body["should"] = .array(should.map(\.json)) }
            if !filter.isEmpty { body["filter"] = .array(filter.map(\.json)) }
            if !mustNot.isEmpty { body["must_not"] = .array(mustNot.map(\.json)) }
            if let minimumShouldMatch { body["minimum_should_match"] = .number(Double(minimumShouldMatch)) }
            return ["bool": .object(body)]
        case .range(let field, let gte, let gt, let lte, let lt):
            var body: [String: JSON] = [:]
            if let gte { body["gte"] = gte }
            if let gt { body["gt"] = gt }
            if let lte { body["lte"] = lte }
            if let lt { body["lt"] = lt }
            return ["range": .object([field: .object(body)])]
        case .term(let field, let value):
            return ["term": .object([field: value])]
        case .terms(let field, let values):
            return ["terms": .object([field: .array(values)])]
        case .knn(let field, let vector, let k, let filter):
            var body: [String: JSON] = ["vector": .array(vector.map(JSON.number)), "k": .number(Double(k))]
            if let filter { body["filter"] = filter.json }
            return ["knn": .object([field: .object(body)])]
        case .hybrid(let queries):
            return ["hybrid": ["queries": .array(queries.map(\.json))]]
        case .raw(let json):
            return json
        }
    }
}
