import Crypto
import Foundation

/// The twin's OpenSearch data: indices and search pipelines, kept in memory and, when given a directory,
/// in one JSON file per index (and one for the pipelines) rewritten atomically after every change, so they
/// survive a restart.
actor OpenSearchStore {
    let directory: URL?
    let now: @Sendable () -> Date
    var indices: [String: IndexState] = [:]
    var pipelines: [String: SearchPipeline] = [:]

    static let pipelinesFile = "_search_pipelines.json"

    init(directory: URL?, now: @escaping @Sendable () -> Date) {
        self.directory = directory
        self.now = now
        guard let directory else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        for file in files where file.pathExtension == "json" {
            guard let data = try? Data(contentsOf: file), let json = try? JSONValue(parsing: data) else { continue }
            if file.lastPathComponent == Self.pipelinesFile {
                for (name, body) in json.objectValue ?? [:] { pipelines[name] = try? SearchPipeline(name: name, body: body) }
            } else if let index = Self.restore(json) {
                indices[index.name] = index
            }
        }
    }

    var millis: Int { Int((now().timeIntervalSince1970 * 1000).rounded(.down)) }

    // MARK: - Persistence

    func persist(_ name: String) {
        guard let directory else { return }
        let file = directory.appendingPathComponent(name + ".json")
        guard let index = indices[name] else {
            try? FileManager.default.removeItem(at: file)
            return
        }
        let documents = index.documents.map { doc -> JSONValue in
            ["_id": .string(doc.id), "_version": .int(doc.version), "_seq_no": .int(doc.seqNo), "_source": doc.source]
        }
        let json: JSONValue = [
            "name": .string(index.name), "uuid": .string(index.uuid), "creation_date": .int(index.creationDate),
            "settings": .object(index.settings.mapValues(JSONValue.string)), "mappings": index.mappings.json,
            "next_seq_no": .int(index.nextSeqNo), "documents": .array(documents),
        ]
        try? json.serializedData().write(to: file, options: .atomic)
    }

    func persistPipelines() {
        guard let directory else { return }
        let json = JSONValue.object(pipelines.mapValues(\.body))
        try? json.serializedData().write(to: directory.appendingPathComponent(Self.pipelinesFile), options: .atomic)
    }

    private static func restore(_ json: JSONValue) -> IndexState? {
        guard let name = json["name"]?.stringValue, let uuid = json["uuid"]?.stringValue, var mappings = try? IndexMappings(json["mappings"]) else { return nil }
        let settings = (json["settings"]?.objectValue ?? [:]).compactMapValues(\.stringValue)
        var index = IndexState(name: name, uuid: uuid, creationDate: Int(json["creation_date"]?.number ?? 0), settings: settings, mappings: mappings)
        for entry in json["documents"]?.arrayValue ?? [] {
            guard let id = entry["_id"]?.stringValue, let source = entry["_source"],
                  let doc = try? IndexedDocument.make(id: id, source: source, version: Int(entry["_version"]?.number ?? 1),
                                                      seqNo: Int(entry["_seq_no"]?.number ?? 0), mappings: &mappings) else { continue }
            index.put(doc)
        }
        index.mappings = mappings
        index.nextSeqNo = Int(json["next_seq_no"]?.number ?? Double(index.count))
        return index
    }

    // MARK: - Names and ids

    /// A 20-character URL-safe id, derived from the index and its sequence number (so runs repeat).
    static func generatedId(_ index: IndexState, salt: Int) -> String {
        let digest = SHA256.hash(data: Data("\(index.uuid)/\(index.nextSeqNo)/\(salt)".utf8))
        return String(Data(digest).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").prefix(20))
    }

    static func uuid(for name: String, at millis: Int) -> String {
        let digest = SHA256.hash(data: Data("\(name)@\(millis)".utf8))
        return String(Data(digest).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").prefix(22))
    }

    static func validateIndexName(_ name: String) throws(OpenSearchError) {
        if name != name.lowercased() { throw .invalidIndexName(name, "must be lowercase") }
        if let first = name.first, "_-+".contains(first) { throw .invalidIndexName(name, "must not start with '_', '-', or '+'") }
        if name.contains(where: { "\\/*?\"<>| ,#".contains($0) }) {
            throw .invalidIndexName(name, "must not contain the following characters [ , \", *, \\, <, |, ,, >, /, ?]")
        }
        if name == "." || name == ".." { throw .invalidIndexName(name, "must not be '.' or '..'") }
        if name.utf8.count > 255 { throw .invalidIndexName(name, "index name is too long, (\(name.utf8.count) > 255)") }
    }

    /// The indices an expression names: `a,b`, wildcards, `_all` or `*`; a missing concrete name is
    /// `index_not_found_exception` unless `ignore_unavailable`.
    func resolve(_ expression: String?, ignoreUnavailable: Bool = false) throws(OpenSearchError) -> [IndexState] {
        let parts = (expression ?? "_all").split(separator: ",").map(String.init)
        var names: [String] = []
        for part in parts {
            if part == "_all" || part == "*" {
                names += indices.keys.sorted()
            } else if part.contains("*") {
                names += indices.keys.filter { QueryEvaluator.glob(part, $0) }.sorted()
            } else if indices[part] != nil {
                names.append(part)
            } else if !ignoreUnavailable {
                throw .indexNotFound(part)
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.compactMap { indices[$0] }
    }

    // MARK: - Index settings

    static let knownSettings = [
        "index.number_of_shards", "index.number_of_replicas", "index.knn", "index.refresh_interval", "index.max_result_window",
        "index.search.", "index.codec", "index.mapping.", "index.auto_expand_replicas", "index.hidden", "index.blocks.",
        "index.default_pipeline", "index.final_pipeline", "index.translog.", "index.merge.", "index.routing.", "index.number_of_routing_shards",
        "index.max_inner_result_window", "index.write.", "index.replication.",
    ]

    /// Settings in any of their forms (`{"index": {"knn": true}}`, `{"index.knn": true}`, `{"knn": true}`)
    /// as flat `index.*` keys with string values.
    static func flatten(_ settings: JSONValue?) throws(OpenSearchError) -> [String: String] {
        var flat: [String: String] = [:]
        func walk(_ value: JSONValue, _ prefix: String) {
            if let members = value.objectValue {
                for (key, member) in members { walk(member, prefix.isEmpty ? key : prefix + "." + key) }
            } else if let array = value.arrayValue {
                flat[prefix] = array.map { $0.stringValue ?? $0.serialized() }.joined(separator: ",")
            } else {
                flat[prefix] = value.stringValue ?? value.serialized()
            }
        }
        if let settings { walk(settings, "") }
        var result: [String: String] = [:]
        for (key, value) in flat {
            let full = key.hasPrefix("index.") ? key : "index." + key
            if full.hasPrefix("index.analysis.") {
                throw .illegalArgument("custom analysis settings [\(full)] are not supported by the local OpenSearch twin; use a built-in analyzer (standard, english, simple, whitespace, stop, keyword)")
            }
            guard knownSettings.contains(where: { $0.hasSuffix(".") ? full.hasPrefix($0) : full == $0 || full.hasPrefix($0 + ".") }) else {
                throw .illegalArgument("unknown setting [\(full)] please check that any required plugins are installed, or check the breaking changes documentation for removed settings")
            }
            result[full] = value
        }
        return result
    }

    /// Flat settings as the nested object GET answers.
    static func nested(_ flat: [String: String]) -> JSONValue {
        var root: [String: JSONValue] = [:]
        func insert(_ parts: ArraySlice<String>, _ value: String, into object: inout [String: JSONValue]) {
            let head = parts.first!
            if parts.count == 1 {
                object[head] = .string(value)
                return
            }
            if case .string? = object[head] {
                object[parts.joined(separator: ".")] = .string(value)
                return
            }
            var child = object[head]?.objectValue ?? [:]
            insert(parts.dropFirst(), value, into: &child)
            object[head] = .object(child)
        }
        for key in flat.keys.sorted(by: { $0.count < $1.count }) {
            insert(ArraySlice(key.split(separator: ".").map(String.init)), flat[key]!, into: &root)
        }
        return .object(root)
    }
}
