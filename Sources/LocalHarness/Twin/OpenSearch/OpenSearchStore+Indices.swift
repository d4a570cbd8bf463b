import Foundation

/// Index lifecycle: create, get, exists, delete, mappings, settings, refresh.
extension OpenSearchStore {
    static let shards: JSONValue = ["total": 2, "successful": 1, "failed": 0]

    func createIndex(_ name: String, body: JSONValue?) throws(OpenSearchError) -> JSONValue {
        try Self.validateIndexName(name)
        if let existing = indices[name] { throw .alreadyExists(name, uuid: existing.uuid) }
        let body = body ?? .object([:])
        guard let members = body.objectValue else { throw .parsing("request body is required") }
        for key in members.keys where !["settings", "mappings", "aliases"].contains(key) {
            throw .parsing("unknown key [\(key)] for create index")
        }
        let index = try makeIndex(name, settings: members["settings"], mappings: members["mappings"])
        indices[name] = index
        persist(name)
        return ["acknowledged": true, "shards_acknowledged": true, "index": .string(name)]
    }

    /// A new index (also made on the fly when a document is written to a missing one).
    func makeIndex(_ name: String, settings: JSONValue?, mappings: JSONValue?) throws(OpenSearchError) -> IndexState {
        var flat = try Self.flatten(settings)
        let created = millis
        let uuid = Self.uuid(for: name, at: created)
        flat["index.number_of_shards"] = flat["index.number_of_shards"] ?? "1"
        flat["index.number_of_replicas"] = flat["index.number_of_replicas"] ?? "1"
        flat["index.uuid"] = uuid
        flat["index.creation_date"] = String(created)
        flat["index.provided_name"] = name
        flat["index.version.created"] = "136407827"
        let parsed = try IndexMappings(mappings)
        return IndexState(name: name, uuid: uuid, creationDate: created, settings: flat, mappings: parsed)
    }

    /// The index `name`, created with dynamic mappings when missing (OpenSearch's `action.auto_create_index`).
    func autoCreate(_ name: String) throws(OpenSearchError) -> IndexState {
        if let index = indices[name] { return index }
        try Self.validateIndexName(name)
        let index = try makeIndex(name, settings: nil, mappings: nil)
        indices[name] = index
        return index
    }

    func getIndex(_ expression: String) throws(OpenSearchError) -> JSONValue {
        var answer: [String: JSONValue] = [:]
        for index in try resolve(expression) {
            answer[index.name] = ["aliases": .object([:]), "mappings": index.mappings.json, "settings": Self.nested(index.settings)]
        }
        return .object(answer)
    }

    func deleteIndex(_ expression: String) throws(OpenSearchError) -> JSONValue {
        if expression == "_all" || expression == "*" {
            throw .illegalArgument("Wildcard expressions or all indices are not allowed")
        }
        for index in try resolve(expression) {
            indices[index.name] = nil
            persist(index.name)
        }
        return ["acknowledged": true]
    }

    func getMapping(_ expression: String?) throws(OpenSearchError) -> JSONValue {
        var answer: [String: JSONValue] = [:]
        for index in try resolve(expression) { answer[index.name] = ["mappings": index.mappings.json] }
        return .object(answer)
    }

    func putMapping(_ expression: String, body: JSONValue?) throws(OpenSearchError) -> JSONValue {
        guard let body, body.objectValue != nil else { throw .parsing("request body is required") }
        let targets = try resolve(expression)
        for var index in targets {
            if let dynamic = body["dynamic"] {
                var root = index.mappings.json.objectValue ?? [:]
                root["dynamic"] = dynamic
                index.mappings = try IndexMappings(.object(root))
            }
            try index.mappings.merge(body["properties"] ?? .object([:]))
            indices[index.name] = index
            persist(index.name)
        }
        return ["acknowledged": true]
    }

    func getSettings(_ expression: String?) throws(OpenSearchError) -> JSONValue {
        var answer: [String: JSONValue] = [:]
        for index in try resolve(expression) { answer[index.name] = ["settings": Self.nested(index.settings)] }
        return .object(answer)
    }

    func refresh(_ expression: String?) throws(OpenSearchError) -> JSONValue {
        let count = try resolve(expression).count
        return ["_shards": ["total": .int(count * 2), "successful": .int(count), "failed": 0]]
    }

    func info() -> JSONValue {
        [
            "name": "mediagen-local-twin", "cluster_name": "mediagen-local", "cluster_uuid": "mediagen-local-twin",
            "version": [
                "distribution": "opensearch", "number": "2.19.0", "build_type": "local-twin", "build_hash": "local-twin",
                "build_date": "2026-01-01T00:00:00.000Z", "build_snapshot": false, "lucene_version": "9.12.1",
                "minimum_wire_compatibility_version": "7.10.0", "minimum_index_compatibility_version": "7.0.0",
            ],
            "tagline": "The OpenSearch Project: https://opensearch.org/",
        ]
    }

    func health() -> JSONValue {
        [
            "cluster_name": "mediagen-local", "status": "green", "timed_out": false, "number_of_nodes": 1, "number_of_data_nodes": 1,
            "active_primary_shards": .int(indices.count), "active_shards": .int(indices.count), "relocating_shards": 0,
            "initializing_shards": 0, "unassigned_shards": 0, "delayed_unassigned_shards": 0, "number_of_pending_tasks": 0,
            "number_of_in_flight_fetch": 0, "task_max_waiting_in_queue_millis": 0, "active_shards_percent_as_number": 100.0,
        ]
    }
}
