import Foundation

/// Runs one search request over one or more indices (one shard each) and renders OpenSearch's answer:
/// `took`, `timed_out`, `_shards`, `hits` (`total`, `max_score`, `hits`) and `aggregations`.
struct SearchExecution {
    let indices: [IndexState]
    /// The pipeline named by `search_pipeline` (or the index default), for hybrid queries.
    let pipeline: SearchPipeline?
    let parameters: [String: String]

    static let supportedKeys: Set<String> = [
        "query", "size", "from", "_source", "sort", "highlight", "aggs", "aggregations", "track_total_hits", "track_scores",
        "min_score", "post_filter", "timeout", "version", "seq_no_primary_term", "explain", "profile", "ext",
    ]
    static let unsupportedKeys: Set<String> = [
        "search_after", "collapse", "rescore", "suggest", "script_fields", "pit", "slice", "indices_boost", "stored_fields",
        "docvalue_fields", "fields", "terminate_after", "stats", "verbose_pipeline",
    ]
    static let maxResultWindow = 10_000

    struct Hit {
        var key: ScoredHit
        var score: Float
    }

    func run(body: JSONValue, started: Date = Date()) throws(OpenSearchError) -> JSONValue {
        guard let members = body.objectValue else { throw .parsing("request body or source parameter is required") }
        for (key, value) in members where !Self.supportedKeys.contains(key) {
            if Self.unsupportedKeys.contains(key) { throw .illegalArgument("[\(key)] is not supported by the local OpenSearch twin") }
            let token: String = switch value {
            case .object: "START_OBJECT"
            case .array: "START_ARRAY"
            case .string: "VALUE_STRING"
            case .bool: "VALUE_BOOLEAN"
            case .null: "VALUE_NULL"
            default: "VALUE_NUMBER"
            }
            throw .parsing("Unknown key for a \(token) in [\(key)].")
        }
        if members["explain"] == .bool(true) { throw .illegalArgument("[explain] is not supported by the local OpenSearch twin") }
        let size = try Self.integer(parameters["size"].flatMap { Int($0) } ?? members["size"]?.number.map { Int($0) } ?? 10, "size")
        let from = try Self.integer(parameters["from"].flatMap { Int($0) } ?? members["from"]?.number.map { Int($0) } ?? 0, "from")
        if from + size > Self.maxResultWindow {
            throw .searchPhase(.illegalArgument("Result window is too large, from + size must be less than or equal to: [10000] but was [\(from + size)]. See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting."))
        }
        let query = try members["query"].map { value throws(OpenSearchError) in try SearchQuery.parse(value) } ?? .matchAll(boost: 1)
        var source = try SourceFilter(members["_source"])
        source.apply(parameters: parameters)
        let sort = try SortSpec.parse(members["sort"], indices: indices)
        let minScore = members["min_score"]?.number.map { Float($0) }
        let postFilter = try members["post_filter"].map { value throws(OpenSearchError) in try SearchQuery.parse(value) }

        var hits: [Hit] = []
        var matchedForAggregations: [IndexedDocument] = []
        var total: Int
        do throws(OpenSearchError) {
            if case .hybrid(let queries, let depth, let filter) = query {
                guard let processor = pipeline?.processor else {
                    var error = OpenSearchError.illegalArgument("hybrid query needs a search pipeline with a normalization-processor or score-ranker-processor: pass search_pipeline or set index.search.default_pipeline")
                    error.coordinating = true
                    throw error
                }
                let ranked: [[(ScoredHit, Float)]]
                (ranked, total) = try hybrid(queries, depth: depth ?? max(from + size, 1), filter: filter)
                // The processor runs on the coordinating node: its errors are not shard failures.
                let combined: [ScoredHit: Float]
                do throws(OpenSearchError) { combined = try HybridScores.combine(ranked, processor: processor) } catch {
                    var coordinating = error
                    coordinating.coordinating = true
                    throw coordinating
                }
                hits = combined.map { Hit(key: $0.key, score: $0.value) }
            } else {
                for (position, index) in indices.enumerated() {
                    let matches = try QueryEvaluator(index: index).evaluate(query)
                    for (slot, score) in matches where minScore.map({ score >= $0 }) ?? true {
                        hits.append(Hit(key: ScoredHit(index: position, slot: slot), score: score))
                    }
                }
                total = hits.count
            }
            if members["aggs"] != nil || members["aggregations"] != nil {
                for hit in hits { if let doc = indices[hit.key.index].document(atSlot: hit.key.slot) { matchedForAggregations.append(doc) } }
            }
            if let postFilter {
                var allowed: [Set<Int>] = []
                for index in indices { allowed.append(Set(try QueryEvaluator(index: index).evaluate(postFilter).keys)) }
                hits = hits.filter { allowed[$0.key.index].contains($0.key.slot) }
                total = hits.count
            }
        } catch {
            if error.coordinating { throw error }
            throw error.type == "illegal_argument_exception" || error.type == "query_shard_exception" ? .searchPhase(error) : error
        }

        let sorted = sort.isScoreOrder
        hits.sort { a, b in
            if sorted {
                if a.score != b.score { return a.score > b.score }
            } else if let order = sort.compare(a, b, indices: indices) {
                return order
            }
            return a.key.index != b.key.index ? a.key.index < b.key.index : a.key.slot < b.key.slot
        }
        let maxScore: JSONValue = sorted || members["track_scores"] == .bool(true) ? hits.map(\.score).max().map(Self.score) ?? .null : .null
        let page = hits.dropFirst(from).prefix(size)
        let highlighter = try members["highlight"].map { value throws(OpenSearchError) in try Highlighter(value, query: query, indices: indices) }
        var rendered: [JSONValue] = []
        for hit in page {
            let index = indices[hit.key.index]
            guard let doc = index.document(atSlot: hit.key.slot) else { continue }
            var entry: [String: JSONValue] = [
                "_index": .string(index.name), "_id": .string(doc.id),
                "_score": sorted || members["track_scores"] == .bool(true) || sort.includesScore ? Self.score(hit.score) : .null,
            ]
            if let filtered = source.apply(doc.source) { entry["_source"] = filtered }
            if members["version"] == .bool(true) { entry["_version"] = .int(doc.version) }
            if members["seq_no_primary_term"] == .bool(true) {
                entry["_seq_no"] = .int(doc.seqNo)
                entry["_primary_term"] = 1
            }
            if !sorted { entry["sort"] = .array(sort.values(hit, doc: doc, index: index)) }
            if let highlighter, let fragments = highlighter.highlight(doc, index: index) { entry["highlight"] = fragments }
            rendered.append(.object(entry))
        }

        var hitsObject: [String: JSONValue] = ["max_score": maxScore, "hits": .array(rendered)]
        if let totalJSON = try Self.total(total, members["track_total_hits"], parameters) { hitsObject["total"] = totalJSON }
        var answer: [String: JSONValue] = [
            "took": .int(Int(Date().timeIntervalSince(started) * 1000)), "timed_out": false,
            "_shards": ["total": .int(indices.count), "successful": .int(indices.count), "skipped": 0, "failed": 0],
            "hits": .object(hitsObject),
        ]
        if let spec = members["aggs"] ?? members["aggregations"] {
            answer["aggregations"] = try Aggregations(mappings: indices.map(\.mappings)).run(spec, over: matchedForAggregations)
        }
        return .object(answer)
    }

    /// Each sub-query's hits ranked and cut at `depth`, and how many documents any of them matches.
    private func hybrid(_ queries: [SearchQuery], depth: Int, filter: SearchQuery?) throws(OpenSearchError) -> ([[(ScoredHit, Float)]], Int) {
        var ranked: [[(ScoredHit, Float)]] = []
        var everything = Set<ScoredHit>()
        for query in queries {
            let scoped: SearchQuery = filter.map { .bool(must: [query], should: [], filter: [$0], mustNot: [], minimumShouldMatch: nil, boost: 1) } ?? query
            var list: [(ScoredHit, Float)] = []
            for (position, index) in indices.enumerated() {
                for (slot, score) in try QueryEvaluator(index: index).evaluate(scoped) { list.append((ScoredHit(index: position, slot: slot), score)) }
            }
            everything.formUnion(list.map(\.0))
            list.sort { $0.1 != $1.1 ? $0.1 > $1.1 : ($0.0.index != $1.0.index ? $0.0.index < $1.0.index : $0.0.slot < $1.0.slot) }
            ranked.append(Array(list.prefix(depth)))
        }
        return (ranked, everything.count)
    }

    private static func integer(_ value: Int, _ name: String) throws(OpenSearchError) -> Int {
        guard value >= 0 else { throw .illegalArgument("[\(name)] parameter cannot be negative, found [\(value)]") }
        return value
    }

    /// `hits.total`: exact up to `track_total_hits` (10,000 by default), then a lower bound; absent when false.
    private static func total(_ count: Int, _ track: JSONValue?, _ parameters: [String: String]) throws(OpenSearchError) -> JSONValue? {
        var limit = 10_000
        switch parameters["track_total_hits"].map({ JSONValue.parse(Data($0.utf8)) ?? .string($0) }) ?? track {
        case .bool(true)?: limit = Int.max
        case .bool(false)?: return nil
        case .int(let n)?: limit = n
        case .double(let n)?: limit = Int(n)
        case nil: break
        default: throw .illegalArgument("Failed to parse value for [track_total_hits]: expected a boolean or an integer")
        }
        let value = min(count, limit)
        if parameters["rest_total_hits_as_int"] == "true" { return .int(value) }
        return ["value": .int(value), "relation": count > limit ? "gte" : "eq"]
    }

    /// A score as Lucene's float prints it (`0.2876821`, not its double expansion).
    static func score(_ value: Float) -> JSONValue {
        .double(Double(String(describing: value)) ?? Double(value))
    }
}
