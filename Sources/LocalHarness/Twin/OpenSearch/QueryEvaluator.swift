import Foundation

/// Evaluates a query over one index: the matching documents (by slot) and their scores, as Lucene would
/// score them on a single shard (BM25 for terms, constant scores for filters, exact k-NN).
struct QueryEvaluator {
    let index: IndexState

    typealias Matches = [Int: Float]

    func evaluate(_ query: SearchQuery) throws(OpenSearchError) -> Matches {
        switch query {
        case .matchAll(let boost): return all(boost)
        case .matchNone: return [:]
        case .term(let field, let value, let boost): return try term(field, value, boost)
        case .terms(let field, let values, let boost):
            var result: Matches = [:]
            for value in values { for slot in try term(field, value, 1).keys { result[slot] = boost } }
            return result
        case .range(let field, let bounds, let boost): return try range(field, bounds, boost)
        case .exists(let field, let boost):
            let children = field + "."
            return select(boost) { doc in
                field == "_id" || doc.has(field) || doc.text.keys.contains { $0.hasPrefix(children) } || doc.keywords.keys.contains { $0.hasPrefix(children) }
                    || doc.numbers.keys.contains { $0.hasPrefix(children) } || doc.vectors.keys.contains { $0.hasPrefix(children) }
            }
        case .ids(let ids, let boost):
            var result: Matches = [:]
            for id in ids { if let slot = index.slotById[id] { result[slot] = boost } }
            return result
        case .prefix(let field, let prefix, let boost):
            return select(boost) { doc in strings(doc, field).contains { $0.hasPrefix(prefix) } }
        case .wildcard(let field, let pattern, let boost):
            return select(boost) { doc in strings(doc, field).contains { Self.glob(pattern, $0) } }
        case .match(let field, let text, let requireAll, let msm, let boost):
            return try match(field, text, requireAll: requireAll, msm: msm, boost: boost)
        case .matchPhrase(let field, let text, let slop, let boost):
            return phrase(field, text, slop: slop, boost: boost)
        case .multiMatch(let text, let fields, let type, let requireAll, let tieBreaker, let msm, let boost):
            var perField: [Matches] = []
            for (field, fieldBoost) in expand(fields) {
                perField.append(type == "phrase"
                    ? phrase(field, text, slop: 0, boost: fieldBoost)
                    : try match(field, text, requireAll: requireAll, msm: msm, boost: fieldBoost))
            }
            let summed = type == "most_fields" || type == "cross_fields"
            return combine(perField, tieBreaker: summed ? 1 : tieBreaker, boost: boost)
        case .bool(let must, let should, let filter, let mustNot, let msm, let boost):
            return try bool(must: must, should: should, filter: filter, mustNot: mustNot, msm: msm, boost: boost)
        case .constantScore(let filter, let boost):
            return try evaluate(filter).mapValues { _ in boost }
        case .disMax(let queries, let tieBreaker, let boost):
            var perQuery: [Matches] = []
            for query in queries { perQuery.append(try evaluate(query)) }
            return combine(perQuery, tieBreaker: tieBreaker, boost: boost)
        case .knn(let knn): return try nearest(knn)
        case .hybrid:
            throw .illegalArgument("hybrid query must be a top level query and cannot be wrapped into other queries")
        }
    }

    // MARK: - Leaves

    private func all(_ score: Float) -> Matches {
        var result: Matches = [:]
        result.reserveCapacity(index.count)
        for slot in 0..<index.slotCount where index.document(atSlot: slot) != nil { result[slot] = score }
        return result
    }

    private func select(_ score: Float, _ predicate: (IndexedDocument) -> Bool) -> Matches {
        var result: Matches = [:]
        for slot in 0..<index.slotCount {
            if let doc = index.document(atSlot: slot), predicate(doc) { result[slot] = score }
        }
        return result
    }

    /// Keyword values, or the terms of a text field.
    private func strings(_ doc: IndexedDocument, _ field: String) -> [String] {
        if field == "_id" { return [doc.id] }
        if let values = doc.keywords[field] { return values }
        if let terms = doc.text[field] { return Array(terms.frequencies.keys) }
        return []
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        default: return value.number.map(JSONValue.numberText) ?? value.serialized()
        }
    }

    /// A number (or date, or boolean) from a query value, as the field stores it.
    private func numeric(_ value: JSONValue, _ field: FieldMapping) throws(OpenSearchError) -> Double {
        switch field.kind {
        case .date:
            if let number = value.number { return number }
            if let text = value.stringValue {
                if text.hasPrefix("now") { return DateMath.resolve(text) }
                if let millis = DateParsing.millis(text) { return Double(millis) }
            }
            throw .parsing("failed to parse date field [\(Self.text(value))] with format [strict_date_optional_time||epoch_millis]")
        case .boolean:
            if value == .bool(true) || value == "true" { return 1 }
            if value == .bool(false) || value == "false" { return 0 }
            throw .illegalArgument("Can't parse boolean value [\(Self.text(value))], expected [true] or [false]")
        default:
            if let number = value.number ?? value.stringValue.flatMap({ Double($0) }) { return number }
            throw OpenSearchError(type: "query_shard_exception", reason: "failed to create query: For input string: \"\(Self.text(value))\"", status: 400,
                                  details: ["index": .string(index.name), "index_uuid": .string(index.uuid)])
        }
    }

    private func term(_ field: String, _ value: JSONValue, _ boost: Float) throws(OpenSearchError) -> Matches {
        if field == "_id" {
            return index.slotById[Self.text(value)].map { [$0: boost] } ?? [:]
        }
        guard let mapping = index.mappings.field(field), mapping.indexed else { return [:] }
        switch mapping.kind {
        case .text, .keyword:
            return termScores(field, Self.text(value), boost: boost, keyword: mapping.kind == .keyword)
        case .number, .date, .boolean:
            let wanted = try numeric(value, mapping)
            return select(boost) { $0.numbers[field]?.contains(wanted) == true }
        case .knnVector, .object:
            throw .illegalArgument("Field [\(field)] of type [\(mapping.type)] does not support term queries")
        }
    }

    /// BM25 scores of one term in a text or keyword field.
    private func termScores(_ field: String, _ term: String, boost: Float, keyword: Bool) -> Matches {
        let stats = index.statistics(field)
        guard let docFreq = stats.docFreq[term], docFreq > 0 else { return [:] }
        let weight = boost * BM25.idf(docCount: stats.docCount, docFreq: docFreq)
        let average = stats.averageLength
        let postings = index.postings[field]?[term] ?? [:]
        let lengths = keyword ? [:] : index.lengths[field] ?? [:]
        var result: Matches = [:]
        result.reserveCapacity(postings.count)
        for (slot, freq) in postings {
            // Keyword fields have no norms: Lucene reads their length as 1.
            result[slot] = BM25.score(freq: Float(freq), length: keyword ? 1 : lengths[slot] ?? 1, averageLength: average, weight: weight)
        }
        return result
    }

    private func range(_ field: String, _ bounds: RangeBounds, _ boost: Float) throws(OpenSearchError) -> Matches {
        guard let mapping = index.mappings.field(field) else { return [:] }
        switch mapping.kind {
        case .number, .date, .boolean:
            let gt = try bounds.gt.map { v throws(OpenSearchError) in try numeric(v, mapping) }
            let gte = try bounds.gte.map { v throws(OpenSearchError) in try numeric(v, mapping) }
            let lt = try bounds.lt.map { v throws(OpenSearchError) in try numeric(v, mapping) }
            let lte = try bounds.lte.map { v throws(OpenSearchError) in try numeric(v, mapping) }
            return select(boost) { doc in
                (doc.numbers[field] ?? []).contains { n in
                    (gt.map { n > $0 } ?? true) && (gte.map { n >= $0 } ?? true) && (lt.map { n < $0 } ?? true) && (lte.map { n <= $0 } ?? true)
                }
            }
        case .keyword, .text:
            let gt = bounds.gt.map(Self.text), gte = bounds.gte.map(Self.text), lt = bounds.lt.map(Self.text), lte = bounds.lte.map(Self.text)
            return select(boost) { doc in
                strings(doc, field).contains { s in
                    (gt.map { s > $0 } ?? true) && (gte.map { s >= $0 } ?? true) && (lt.map { s < $0 } ?? true) && (lte.map { s <= $0 } ?? true)
                }
            }
        case .knnVector, .object:
            throw .illegalArgument("Field [\(field)] of type [\(mapping.type)] does not support range queries")
        }
    }

    private func match(_ field: String, _ text: String, requireAll: Bool, msm: String?, boost: Float) throws(OpenSearchError) -> Matches {
        guard let mapping = index.mappings.field(field), mapping.indexed else {
            return field == "_id" ? try term(field, .string(text), boost) : [:]
        }
        switch mapping.kind {
        case .text:
            let tokens = mapping.searchAnalyzer.analyze(text)
            if tokens.isEmpty { return [:] }
            let clauses = tokens.map { termScores(field, $0.term, boost: boost, keyword: false) }
            if clauses.count == 1 { return clauses[0] }
            let required = requireAll ? clauses.count : Self.minimumShouldMatch(msm, optional: clauses.count, defaultValue: 1)
            return Self.disjunction(clauses, required: required)
        case .keyword:
            return termScores(field, text, boost: boost, keyword: true)
        case .number, .date, .boolean:
            return try term(field, .string(text), boost)
        case .knnVector, .object:
            throw .illegalArgument("Field [\(field)] of type [\(mapping.type)] does not support match queries")
        }
    }

    /// Sums the clauses a document matches, keeping documents that match at least `required` of them.
    static func disjunction(_ clauses: [Matches], required: Int) -> Matches {
        var sums: [Int: (Double, Int)] = [:]
        for clause in clauses {
            for (slot, score) in clause {
                let current = sums[slot] ?? (0, 0)
                sums[slot] = (current.0 + Double(score), current.1 + 1)
            }
        }
        var result: Matches = [:]
        for (slot, (sum, count)) in sums where count >= max(required, 1) { result[slot] = Float(sum) }
        return result
    }

    /// `minimum_should_match`: `2`, `-1`, `75%`, `-25%`.
    static func minimumShouldMatch(_ spec: String?, optional: Int, defaultValue: Int) -> Int {
        guard let spec = spec?.trimmingCharacters(in: .whitespaces), !spec.isEmpty else { return defaultValue }
        var result: Int
        if spec.hasSuffix("%"), let percent = Double(spec.dropLast()) {
            let count = Int((Double(optional) * abs(percent) / 100).rounded(.down))
            result = percent < 0 ? optional - count : count
        } else if let number = Int(spec) {
            result = number < 0 ? optional + number : number
        } else {
            return defaultValue
        }
        result = min(optional, max(0, result))
        return result
    }

    private func phrase(_ field: String, _ text: String, slop: Int, boost: Float) -> Matches {
        guard let mapping = index.mappings.field(field), mapping.indexed else { return [:] }
        if mapping.kind == .keyword { return termScores(field, text, boost: boost, keyword: true) }
        guard mapping.kind == .text else { return [:] }
        let tokens = mapping.searchAnalyzer.analyze(text)
        if tokens.isEmpty { return [:] }
        if tokens.count == 1 { return termScores(field, tokens[0].term, boost: boost, keyword: false) }
        let stats = index.statistics(field)
        var idf: Float = 0
        for token in tokens {
            guard let docFreq = stats.docFreq[token.term] else { return [:] }
            idf += BM25.idf(docCount: stats.docCount, docFreq: docFreq)
        }
        let weight = boost * idf
        let base = tokens[0].position
        var result: Matches = [:]
        for slot in 0..<index.slotCount {
            guard let doc = index.document(atSlot: slot), let terms = doc.text[field], let starts = terms.positions[tokens[0].term] else { continue }
            var freq: Float = 0
            for start in starts {
                var worst = 0
                var found = true
                for token in tokens.dropFirst() {
                    let expected = start + token.position - base
                    guard let positions = terms.positions[token.term],
                          let distance = positions.map({ abs($0 - expected) }).min(), distance <= slop else { found = false; break }
                    worst = max(worst, distance)
                }
                if found { freq += slop == 0 ? 1 : 1 / Float(1 + worst) }
            }
            if freq > 0 { result[slot] = BM25.score(freq: freq, length: terms.length, averageLength: stats.averageLength, weight: weight) }
        }
        return result
    }

    /// Field patterns (`title^2`, `meta.*`) expanded to the mapped text and keyword fields they name; no
    /// fields means every text and keyword field (`index.query.default_field` is `*`).
    private func expand(_ fields: [(String, Float)]) -> [(String, Float)] {
        let searchable = index.mappings.fields.values.filter { $0.kind == .text || $0.kind == .keyword }.map(\.path).sorted()
        if fields.isEmpty { return searchable.map { ($0, 1) } }
        var result: [(String, Float)] = []
        for (pattern, boost) in fields {
            if pattern.contains("*") {
                for path in searchable where Self.glob(pattern, path) { result.append((path, boost)) }
            } else {
                result.append((pattern, boost))
            }
        }
        return result
    }

    /// The best score plus `tieBreaker` times the others (1 sums them).
    private func combine(_ perQuery: [Matches], tieBreaker: Float, boost: Float) -> Matches {
        var scores: [Int: [Float]] = [:]
        for matches in perQuery { for (slot, score) in matches { scores[slot, default: []].append(score) } }
        return scores.mapValues { values in
            let best = values.max() ?? 0
            let sum = values.reduce(Float(0), +)
            return (best + tieBreaker * (sum - best)) * boost
        }
    }

    private func bool(must: [SearchQuery], should: [SearchQuery], filter: [SearchQuery], mustNot: [SearchQuery], msm: String?, boost: Float) throws(OpenSearchError) -> Matches {
        var required: [Matches] = []
        for query in must { required.append(try evaluate(query)) }
        var filters: [Matches] = []
        for query in filter { filters.append(try evaluate(query)) }
        var optional: [Matches] = []
        for query in should { optional.append(try evaluate(query)) }
        var excluded = Set<Int>()
        for query in mustNot { excluded.formUnion(try evaluate(query).keys) }

        let minimum = Self.minimumShouldMatch(msm, optional: optional.count, defaultValue: must.isEmpty && filter.isEmpty && !should.isEmpty ? 1 : 0)
        var candidates: Set<Int>
        if let first = (required + filters).first {
            candidates = Set(first.keys)
            for other in (required + filters).dropFirst() { candidates.formIntersection(other.keys) }
        } else if minimum > 0 {
            candidates = Set(optional.flatMap(\.keys))
        } else {
            candidates = Set(all(0).keys)
        }
        candidates.subtract(excluded)
        var result: Matches = [:]
        for slot in candidates {
            var sum = 0.0
            var matched = 0
            for clause in required { sum += Double(clause[slot] ?? 0) }
            for clause in optional {
                if let score = clause[slot] {
                    sum += Double(score)
                    matched += 1
                }
            }
            if matched < minimum { continue }
            result[slot] = Float(sum) * boost
        }
        return result
    }

    private func nearest(_ knn: KNNQuery) throws(OpenSearchError) -> Matches {
        guard let mapping = index.mappings.field(knn.field) else {
            throw .illegalArgument("Field '\(knn.field)' is not knn_vector type.")
        }
        guard mapping.kind == .knnVector else { throw .illegalArgument("Field '\(knn.field)' is not knn_vector type.") }
        guard knn.vector.count == mapping.dimension else {
            throw .illegalArgument("Query vector has invalid dimension: \(knn.vector.count). Dimension should be: \(mapping.dimension)")
        }
        if mapping.spaceType == .cosinesimil, knn.vector.allSatisfy({ $0 == 0 }) {
            throw .illegalArgument("zero vector is not supported when space type is [cosinesimil]")
        }
        let allowed: Set<Int>? = try knn.filter.map { filter throws(OpenSearchError) in Set(try evaluate(filter).keys) }
        var scored: [(slot: Int, score: Float)] = []
        scored.reserveCapacity(index.count)
        for (slot, vector) in index.vectors[knn.field] ?? [:] {
            if let allowed, !allowed.contains(slot) { continue }
            scored.append((slot, VectorScoring.score(mapping.spaceType, knn.vector, vector)))
        }
        if let threshold = knn.minScore ?? knn.maxDistance.map({ VectorScoring.score(forDistance: $0, mapping.spaceType) }) {
            scored = scored.filter { $0.score >= threshold }
        } else if let k = knn.k {
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.slot < $1.slot }
            if scored.count > k { scored.removeLast(scored.count - k) }
        }
        var result: Matches = [:]
        for entry in scored { result[entry.slot] = entry.score * knn.boost }
        return result
    }

    /// `*` and `?` wildcards.
    static func glob(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                pi += 1; ti += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
