import Foundation

/// The analysed terms of one text field of one document.
struct TextFieldTerms: Sendable {
    var frequencies: [String: Int] = [:]
    var positions: [String: [Int]] = [:]
    /// Tokens indexed (Lucene's field length, from which BM25's norm comes).
    var length = 0
    var nextPosition = 0
}

/// A document as stored (its `_source` and version) and as indexed: analysed text, exact keywords, numbers
/// (dates as epoch milliseconds, booleans as 0 and 1) and vectors, by field path.
struct IndexedDocument: Sendable {
    var id: String
    var source: JSONValue
    var version: Int
    var seqNo: Int
    var text: [String: TextFieldTerms] = [:]
    var keywords: [String: [String]] = [:]
    var numbers: [String: [Double]] = [:]
    var vectors: [String: [Float]] = [:]

    /// OpenSearch's gap between the values of an array in a text field.
    static let positionIncrementGap = 100

    func has(_ path: String) -> Bool {
        text[path] != nil || keywords[path] != nil || numbers[path] != nil || vectors[path] != nil
    }

    /// Indexes `source` under `mappings`, adding dynamic mappings for new fields; throws the error OpenSearch
    /// answers for a value its field cannot take.
    static func make(id: String, source: JSONValue, version: Int, seqNo: Int, mappings: inout IndexMappings) throws(OpenSearchError) -> IndexedDocument {
        guard source.objectValue != nil else {
            throw .mapperParsing("failed to parse", causedBy: ("not_x_content_exception", "Compressor detection can only be called on some xcontent bytes or compressed xcontent bytes"))
        }
        var document = IndexedDocument(id: id, source: source, version: version, seqNo: seqNo)
        try document.walk(source, path: "", mappings: &mappings)
        return document
    }

    private mutating func walk(_ value: JSONValue, path: String, mappings: inout IndexMappings) throws(OpenSearchError) {
        switch value {
        case .object(let members):
            if let field = mappings.field(path) {
                throw failure(field, preview: value.serialized(), cause: nil)
            }
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                try walk(member, path: path.isEmpty ? key : path + "." + key, mappings: &mappings)
            }
        case .array(let elements):
            if let field = mappings.field(path), field.kind == .knnVector {
                try vector(elements, field: field)
            } else {
                for element in elements { try walk(element, path: path, mappings: &mappings) }
            }
        case .null:
            return
        default:
            var field = mappings.field(path)
            if field == nil {
                if mappings.objects.contains(path) {
                    throw .mapperParsing("object mapping for [\(path)] tried to parse field [\(path)] as object, but found a concrete value")
                }
                switch mappings.dynamic {
                case "strict":
                    let parent = path.split(separator: ".").dropLast().joined(separator: ".")
                    let leaf = path.split(separator: ".").last.map(String.init) ?? path
                    throw OpenSearchError(type: "strict_dynamic_mapping_exception",
                                          reason: "mapping set to strict, dynamic introduction of [\(leaf)] within [\(parent.isEmpty ? "_doc" : parent)] is not allowed", status: 400)
                case "false": return
                default:
                    mappings.addDynamic(path: path, value: value)
                    field = mappings.field(path)
                }
            }
            guard let field else { return }
            try leaf(value, field: field)
            for sub in field.subFields {
                if let subField = mappings.field(sub) { try leaf(value, field: subField) }
            }
        }
    }

    private func failure(_ field: FieldMapping, preview: String, cause: (type: String, reason: String)?) -> OpenSearchError {
        .mapperParsing("failed to parse field [\(field.path)] of type [\(field.type)] in document with id '\(id)'. Preview of field's value: '\(preview)'", causedBy: cause)
    }

    private static func scalarText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        default: return value.serialized()
        }
    }

    private mutating func leaf(_ value: JSONValue, field: FieldMapping) throws(OpenSearchError) {
        let path = field.path
        switch field.kind {
        case .text:
            guard field.indexed else { return }
            var terms = text[path] ?? TextFieldTerms()
            let offset = terms.length == 0 && terms.nextPosition == 0 ? 0 : terms.nextPosition + Self.positionIncrementGap
            let tokens = field.analyzer.analyze(Self.scalarText(value), positionOffset: offset)
            for token in tokens {
                terms.frequencies[token.term, default: 0] += 1
                terms.positions[token.term, default: []].append(token.position)
            }
            terms.length += tokens.count
            terms.nextPosition = (tokens.last?.position ?? offset) + 1
            text[path] = terms
        case .keyword:
            let string = Self.scalarText(value)
            if let limit = field.ignoreAbove, string.count > limit { return }
            keywords[path, default: []].append(string)
        case .number(let integral):
            var number: Double?
            switch value {
            case .int(let n): number = Double(n)
            case .double(let n): number = n
            case .string(let s): number = Double(s.trimmingCharacters(in: .whitespaces))
            default: number = nil
            }
            guard var parsed = number, parsed.isFinite else {
                throw failure(field, preview: Self.scalarText(value), cause: ("number_format_exception", "For input string: \"\(Self.scalarText(value))\""))
            }
            if integral { parsed = parsed.rounded(.towardZero) }
            if field.type == "integer", abs(parsed) > Double(Int32.max) {
                throw failure(field, preview: Self.scalarText(value), cause: ("illegal_argument_exception", "Value [\(Self.scalarText(value))] is out of range for an integer"))
            }
            numbers[path, default: []].append(parsed)
        case .boolean:
            let flag: Bool
            switch value {
            case .bool(let b): flag = b
            case .string("true"): flag = true
            case .string("false"), .string(""): flag = false
            default:
                throw failure(field, preview: Self.scalarText(value), cause: ("illegal_argument_exception", "Failed to parse value [\(Self.scalarText(value))] as only [true] or [false] are allowed."))
            }
            numbers[path, default: []].append(flag ? 1 : 0)
        case .date:
            let millis: Int?
            switch value {
            case .int(let n): millis = n
            case .double(let n): millis = Int(n)
            case .string(let s): millis = DateParsing.millis(s)
            default: millis = nil
            }
            guard let millis else {
                throw failure(field, preview: Self.scalarText(value), cause: ("illegal_argument_exception",
                    "failed to parse date field [\(Self.scalarText(value))] with format [strict_date_optional_time||epoch_millis]"))
            }
            numbers[path, default: []].append(Double(millis))
        case .knnVector:
            throw failure(field, preview: Self.scalarText(value), cause: ("illegal_argument_exception", "Vector dimension mismatch. Expected: \(field.dimension), Given: 1"))
        case .object:
            return
        }
    }

    private mutating func vector(_ elements: [JSONValue], field: FieldMapping) throws(OpenSearchError) {
        var values: [Float] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            guard let number = element.number, number.isFinite else {
                throw failure(field, preview: "null", cause: ("illegal_argument_exception", "KNN vector values cannot be NaN or Infinity or non-numeric"))
            }
            values.append(Float(number))
        }
        guard values.count == field.dimension else {
            throw failure(field, preview: "null", cause: ("illegal_argument_exception", "Vector dimension mismatch. Expected: \(field.dimension), Given: \(values.count)"))
        }
        if field.spaceType == .cosinesimil, values.allSatisfy({ $0 == 0 }) {
            throw failure(field, preview: "null", cause: ("illegal_argument_exception", "zero vector is not supported when space type is [cosinesimil]"))
        }
        vectors[field.path] = values
    }
}
