import Foundation

/// `highlight`: the query's terms in the requested text fields wrapped in `<em>…</em>` (or the given tags),
/// as whole values up to `fragment_size` characters and as the sentences holding matches beyond it.
struct Highlighter {
    struct FieldOptions {
        var pattern: String
        var fragmentSize: Int
        var fragments: Int
    }

    var fields: [FieldOptions] = []
    var preTag = "<em>"
    var postTag = "</em>"
    /// Query terms by field, analysed as each field's search analyzer does.
    var terms: [String: Set<String>] = [:]

    init(_ json: JSONValue, query: SearchQuery, indices: [IndexState]) throws(OpenSearchError) {
        guard json.objectValue != nil else { throw .parsing("[highlight] must be an object") }
        preTag = json["pre_tags"]?.arrayValue?.first?.stringValue ?? preTag
        postTag = json["post_tags"]?.arrayValue?.first?.stringValue ?? postTag
        let defaultSize = Int(json["fragment_size"]?.number ?? 100)
        let defaultCount = Int(json["number_of_fragments"]?.number ?? 5)
        var specs: [(String, JSONValue)] = []
        if let object = json["fields"]?.objectValue {
            specs = object.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        } else if let list = json["fields"]?.arrayValue {
            specs = list.compactMap { $0.objectValue?.first.map { ($0.key, $0.value) } }
        }
        fields = specs.map { name, options in
            FieldOptions(pattern: name, fragmentSize: Int(options["fragment_size"]?.number ?? Double(defaultSize)),
                         fragments: Int(options["number_of_fragments"]?.number ?? Double(defaultCount)))
        }
        for index in indices { collect(query, index) }
    }

    private mutating func add(_ field: String, _ text: String, _ index: IndexState) {
        guard let mapping = index.mappings.field(field) else { return }
        let analyzer: TextAnalyzer = mapping.kind == .text ? mapping.searchAnalyzer : .keyword
        for token in analyzer.analyze(text) { terms[field, default: []].insert(token.term) }
    }

    private mutating func collect(_ query: SearchQuery, _ index: IndexState) {
        switch query {
        case .match(let field, let text, _, _, _), .matchPhrase(let field, let text, _, _): add(field, text, index)
        case .term(let field, let value, _): if let text = value.stringValue { terms[field, default: []].insert(text) }
        case .terms(let field, let values, _): for value in values { if let text = value.stringValue { terms[field, default: []].insert(text) } }
        case .multiMatch(let text, let fields, _, _, _, _, _):
            let names = fields.isEmpty ? index.mappings.fields.values.filter { $0.kind == .text }.map(\.path) : fields.map(\.0)
            for name in names {
                if name.contains("*") {
                    for path in index.mappings.fields.keys where QueryEvaluator.glob(name, path) { add(path, text, index) }
                } else {
                    add(name, text, index)
                }
            }
        case .bool(let must, let should, let filter, _, _, _): for sub in must + should + filter { collect(sub, index) }
        case .constantScore(let filter, _): collect(filter, index)
        case .disMax(let queries, _, _): for sub in queries { collect(sub, index) }
        case .hybrid(let queries, _, _): for sub in queries { collect(sub, index) }
        default: break
        }
    }

    /// `{"field": ["fragment", …]}` for the fields with matches; nil when none has any.
    func highlight(_ doc: IndexedDocument, index: IndexState) -> JSONValue? {
        var result: [String: JSONValue] = [:]
        for options in fields {
            let paths = options.pattern.contains("*")
                ? index.mappings.fields.values.filter { $0.kind == .text && QueryEvaluator.glob(options.pattern, $0.path) }.map(\.path)
                : [options.pattern]
            for path in paths {
                guard let mapping = index.mappings.field(path), let wanted = terms[path], !wanted.isEmpty else { continue }
                let analyzer: TextAnalyzer = mapping.kind == .text ? mapping.analyzer : .keyword
                var fragments: [String] = []
                let sourcePath = mapping.kind == .keyword && path.contains(".") && index.mappings.field(String(path.split(separator: ".").dropLast().joined(separator: "."))) != nil
                    ? String(path.split(separator: ".").dropLast().joined(separator: ".")) : path
                for value in Self.strings(doc.source, path: sourcePath.split(separator: ".").map(String.init)) {
                    let tokens = analyzer.analyze(value).filter { wanted.contains($0.term) }
                    if tokens.isEmpty { continue }
                    for piece in Self.pieces(value, size: options.fragmentSize, count: options.fragments, matches: tokens.map(\.range)) {
                        var marked = ""
                        var cursor = piece.lowerBound
                        for range in tokens.map(\.range) where range.lowerBound >= piece.lowerBound && range.upperBound <= piece.upperBound {
                            marked += value[cursor..<range.lowerBound] + preTag + value[range] + postTag
                            cursor = range.upperBound
                        }
                        marked += value[cursor..<piece.upperBound]
                        fragments.append(marked.trimmingCharacters(in: .whitespaces))
                    }
                }
                if !fragments.isEmpty { result[path] = .array(fragments.prefix(max(options.fragments, 1)).map(JSONValue.string)) }
            }
        }
        return result.isEmpty ? nil : .object(result)
    }

    /// The whole value when short enough (or `number_of_fragments` is 0), else the sentences with matches.
    private static func pieces(_ value: String, size: Int, count: Int, matches: [Range<String.Index>]) -> [Range<String.Index>] {
        if count == 0 || value.count <= size { return [value.startIndex..<value.endIndex] }
        var sentences: [Range<String.Index>] = []
        var start = value.startIndex
        var index = value.startIndex
        while index < value.endIndex {
            let next = value.index(after: index)
            if ".!?".contains(value[index]), next == value.endIndex || value[next] == " " {
                sentences.append(start..<next)
                start = next
            }
            index = next
        }
        if start < value.endIndex { sentences.append(start..<value.endIndex) }
        return sentences.filter { sentence in matches.contains { sentence.contains($0.lowerBound) } }
    }

    private static func strings(_ value: JSONValue, path: [String]) -> [String] {
        if let array = value.arrayValue { return array.flatMap { strings($0, path: path) } }
        guard let first = path.first else { return value.stringValue.map { [$0] } ?? [] }
        if let member = value[first] { return strings(member, path: Array(path.dropFirst())) }
        if let dotted = value[path.joined(separator: ".")] { return strings(dotted, path: []) }
        return []
    }
}
