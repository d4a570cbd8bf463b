import AWSCore
import Foundation

/// A search request: the query, paging and which source fields to return.
public struct OpenSearchSearchRequest: Sendable, Equatable {
    public var query: OpenSearchQuery
    public var size: Int?
    public var from: Int?
    /// Source fields to return; nil returns the whole source.
    public var sourceIncludes: [String]?
    /// Any other top-level member of the search body (`sort`, `aggs`, `highlight`, …).
    public var extra: [String: JSON]

    public init(query: OpenSearchQuery, size: Int? = nil, from: Int? = nil, sourceIncludes: [String]? = nil, extra: [String: JSON] = [:]) {
        self.query = query
        self.size = size
        self.from = from
        self.sourceIncludes = sourceIncludes
        self.extra = extra
    }

    /// The search body.
    public var json: JSON {
        var body = extra
        body["query"] = query.json
        if let size { body["size"] = .number(Double(size)) }
        if let from { body["from"] = .number(Double(from)) }
        if let sourceIncludes { body["_source"] = .array(sourceIncludes.map(JSON.string)) }
        return .object(body)
    }
}

/// The hits of a search.
public struct OpenSearchSearchResponse: Sendable, Equatable {
    /// One matching document.
    public struct Hit: Sendable, Equatable {
        public var index: String
        public var id: String
        public var score: Double?
        public var source: JSON?
    }

    public var took: Int?
    /// The number of matches (a lower bound when the total is not tracked exactly).
    public var total: Int
    public var maxScore: Double?
    public var hits: [Hit]

    init(_ answer: JSON) throws {
        guard let outer = answer["hits"], case .array(let raw)? = outer["hits"] else { throw AWSClientError.invalidResponse }
        took = answer["took"]?.numberValue.map { Int($0) }
        total = Int(outer["total"]?["value"]?.numberValue ?? outer["total"]?.numberValue ?? Double(raw.count))
        maxScore = outer["max_score"]?.numberValue
        hits = try raw.map { hit in
            guard let index = hit["_index"]?.stringValue, let id = hit["_id"]?.stringValue else { throw AWSClientError.invalidResponse }
            return Hit(index: index, id: id, score: hit["_score"]?.numberValue, source: hit["_source"])
        }
    }
}
