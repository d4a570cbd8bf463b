import Foundation

/// The field types the twin indexes, by their mapping name.
enum FieldKind: Sendable, Equatable {
    case text, keyword, boolean, date, knnVector, object
    /// `integer`, `long`, `short`, `byte`, `unsigned_long` (whole numbers) or `float`, `double`, `half_float`, `scaled_float`.
    case number(integral: Bool)

    init?(type: String) {
        switch type {
        case "text", "match_only_text": self = .text
        case "keyword", "constant_keyword", "wildcard": self = .keyword
        case "boolean": self = .boolean
        case "date", "date_nanos": self = .date
        case "knn_vector": self = .knnVector
        case "object", "nested", "flat_object": self = .object
        case "integer", "long", "short", "byte", "unsigned_long": self = .number(integral: true)
        case "float", "double", "half_float", "scaled_float": self = .number(integral: false)
        default: return nil
        }
    }
}

/// The similarity of a `knn_vector` field.
enum SpaceType: String, Sendable {
    case l2, l1, linf, cosinesimil, innerproduct
}

/// One indexed field (a leaf of `properties`, or a multi-field such as `title.keyword`).
struct FieldMapping: Sendable {
    var path: String
    var type: String
    var kind: FieldKind
    var analyzer: TextAnalyzer = .standard
    var searchAnalyzer: TextAnalyzer = .standard
    var ignoreAbove: Int?
    var dimension = 0
    var spaceType: SpaceType = .l2
    /// `index: false`: kept in `_source`, not searchable.
    var indexed = true
    /// The paths of its multi-fields (`title.keyword` of `title`).
    var subFields: [String] = []
}

/// An index's mappings: the JSON GET answers and the fields it defines, with dynamic mapping of new fields.
struct IndexMappings: Sendable {
    /// `{"properties": {...}, ...}` as OpenSearch returns it.
    private(set) var json: JSONValue
    private(set) var fields: [String: FieldMapping] = [:]
    /// Object paths (`meta` of `meta.author`).
    private(set) var objects: Set<String> = []
    /// `true` (map new fields), `false` (keep them in `_source` only) or `strict` (refuse the document).
    var dynamic: String { json["dynamic"].map { $0.stringValue ?? ($0 == .bool(false) ? "false" : "true") } ?? "true" }

    init(_ json: JSONValue?) throws(OpenSearchError) {
        let given = json ?? .object([:])
        guard var members = given.objectValue else { throw .mapperParsing("Failed to parse mapping [_doc]: Expected map for property [mappings] but got \(given.typeName)") }
        if let dynamic = members["dynamic"], ![JSONValue.bool(true), .bool(false), "true", "false", "strict"].contains(dynamic) {
            throw .mapperParsing("Failed to parse mapping [_doc]: Could not convert [dynamic] to boolean")
        }
        let properties = members["properties"] ?? .object([:])
        for key in members.keys where !["properties", "dynamic", "_source", "_meta", "date_detection", "numeric_detection", "dynamic_templates", "_routing"].contains(key) {
            throw .mapperParsing("Root mapping definition has unsupported parameters:  [\(key) : \(members[key]!.serialized())]")
        }
        members["properties"] = properties
        self.json = .object(members)
        try register(properties, prefix: "")
    }

    func field(_ path: String) -> FieldMapping? { fields[path] }

    /// Adds the properties of a `PUT /<index>/_mapping` body; a field may not change type.
    mutating func merge(_ properties: JSONValue) throws(OpenSearchError) {
        try checkCompatible(properties, prefix: "")
        var root = json.objectValue ?? [:]
        root["properties"] = Self.deepMerge(root["properties"] ?? .object([:]), properties)
        json = .object(root)
        fields = [:]
        objects = []
        try register(root["properties"]!, prefix: "")
    }

    private func checkCompatible(_ properties: JSONValue, prefix: String) throws(OpenSearchError) {
        for (name, definition) in properties.objectValue ?? [:] {
            let path = prefix + name
            if let existing = fields[path], let type = definition["type"]?.stringValue, type != existing.type {
                throw .illegalArgument("mapper [\(path)] cannot be changed from type [\(existing.type)] to [\(type)]")
            }
            if let nested = definition["properties"] { try checkCompatible(nested, prefix: path + ".") }
        }
    }

    static func deepMerge(_ base: JSONValue, _ addition: JSONValue) -> JSONValue {
        guard var merged = base.objectValue, let extra = addition.objectValue else { return addition }
        for (key, value) in extra { merged[key] = merged[key].map { deepMerge($0, value) } ?? value }
        return .object(merged)
    }

    private mutating func register(_ properties: JSONValue, prefix: String) throws(OpenSearchError) {
        guard let members = properties.objectValue else { throw .mapperParsing("Expected map for property [properties] on field [\(prefix)]") }
        for (name, definition) in members {
            let path = prefix + name
            guard let body = definition.objectValue else { throw .mapperParsing("Expected map for property [fields] on field [\(path)] but got a class java.lang.String") }
            let type = body["type"]?.stringValue ?? (body["properties"] != nil ? "object" : "object")
            guard let kind = FieldKind(type: type) else { throw .mapperParsing("No handler for type [\(type)] declared on field [\(name)]") }
            if kind == .object {
                objects.insert(path)
                try register(body["properties"] ?? .object([:]), prefix: path + ".")
                continue
            }
            fields[path] = try Self.leaf(path: path, name: name, type: type, kind: kind, body: body)
            for (subName, subDefinition) in (body["fields"]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
                fields[path]!.subFields.append(path + "." + subName)
                let subType = subDefinition["type"]?.stringValue ?? "object"
                guard let subKind = FieldKind(type: subType), subKind != .object, subKind != .knnVector else {
                    throw .mapperParsing("No handler for type [\(subType)] declared on field [\(subName)]")
                }
                fields[path + "." + subName] = try Self.leaf(path: path + "." + subName, name: subName, type: subType, kind: subKind, body: subDefinition.objectValue ?? [:])
            }
        }
    }

    private static func leaf(path: String, name: String, type: String, kind: FieldKind, body: [String: JSONValue]) throws(OpenSearchError) -> FieldMapping {
        var field = FieldMapping(path: path, type: type, kind: kind)
        if let index = body["index"] { field.indexed = index != .bool(false) && index != "false" }
        if kind == .text {
            let name = body["analyzer"]?.stringValue ?? "standard"
            guard let analyzer = TextAnalyzer(named: name) else { throw .mapperParsing("analyzer [\(name)] has not been configured in mappings") }
            field.analyzer = analyzer
            let searchName = body["search_analyzer"]?.stringValue ?? name
            guard let search = TextAnalyzer(named: searchName) else { throw .mapperParsing("analyzer [\(searchName)] has not been configured in mappings") }
            field.searchAnalyzer = search
        }
        if kind == .keyword { field.ignoreAbove = body["ignore_above"]?.number.map { Int($0) } }
        if kind == .knnVector {
            guard let dimension = body["dimension"]?.number.map({ Int($0) }) ?? body["dimension"]?.stringValue.flatMap({ Int($0) }) else {
                throw .mapperParsing("Dimension value missing for vector: \(name)")
            }
            guard (1...16_000).contains(dimension) else {
                throw .mapperParsing("Dimension value cannot be greater than 16000 for vector: \(name)")
            }
            field.dimension = dimension
            let space = body["method"]?["space_type"]?.stringValue ?? body["space_type"]?.stringValue ?? "l2"
            guard let spaceType = SpaceType(rawValue: space) else {
                throw .mapperParsing("Unable to parse mapping into Mapper", causedBy: ("illegal_argument_exception", "Unable to find space: \(space)"))
            }
            field.spaceType = spaceType
        }
        return field
    }

    /// Maps `value`, first seen at `path`, the way dynamic mapping does: strings that look like dates are
    /// `date`, other strings `text` with a `keyword` sub-field, whole numbers `long`, others `float`.
    mutating func addDynamic(path: String, value: JSONValue) {
        let definition: JSONValue
        switch value {
        case .string(let text):
            definition = DateParsing.millis(text) != nil && text.count >= 10
                ? ["type": "date"]
                : ["type": "text", "fields": ["keyword": ["type": "keyword", "ignore_above": 256]]]
        case .int: definition = ["type": "long"]
        case .double: definition = ["type": "float"]
        case .bool: definition = ["type": "boolean"]
        default: return
        }
        var properties = definition
        let parts = path.split(separator: ".").map(String.init)
        for part in parts.reversed() {
            properties = ["properties": .object([part: properties])]
        }
        var root = json.objectValue ?? [:]
        root["properties"] = Self.deepMerge(root["properties"] ?? .object([:]), properties["properties"] ?? .object([:]))
        json = .object(root)
        fields = [:]
        objects = []
        try? register(root["properties"]!, prefix: "")
    }
}
