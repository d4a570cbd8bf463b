import Foundation

/// Documents: index, create, update, get, delete — alone or in a bulk request.
extension OpenSearchStore {
    /// One write's outcome as OpenSearch reports it (a bulk item, or a single request's answer).
    struct WriteOutcome {
        var index: String
        var id: String
        var status: Int
        var result: String?
        var version: Int?
        var seqNo: Int?
        var error: OpenSearchError?

        var json: JSONValue {
            var body: [String: JSONValue] = ["_index": .string(index), "_id": .string(id)]
            if let error {
                body["status"] = .int(status)
                body["error"] = error.object
                return .object(body)
            }
            if let version { body["_version"] = .int(version) }
            if let result { body["result"] = .string(result) }
            body["_shards"] = OpenSearchStore.shards
            if let seqNo {
                body["_seq_no"] = .int(seqNo)
                body["_primary_term"] = 1
            }
            return .object(body)
        }
    }

    static func versionConflict(_ index: IndexState, _ id: String, _ version: Int) -> OpenSearchError {
        OpenSearchError(type: "version_conflict_engine_exception",
                        reason: "[\(id)]: version conflict, document already exists (current version [\(version)])", status: 409,
                        details: ["index_uuid": .string(index.uuid), "shard": "0", "index": .string(index.name)])
    }

    static func validateId(_ id: String) throws(OpenSearchError) {
        if id.utf8.count > 512 { throw .illegalArgument("id [\(id)] is too long, must be no longer than 512 bytes but was: \(id.utf8.count)") }
        if id.isEmpty { throw .illegalArgument("if _id is specified it must not be empty") }
    }

    /// Index (or with `create`, only create) `source` as `id` (generated when nil).
    func write(_ indexName: String, id givenId: String?, source: JSONValue, create: Bool) -> WriteOutcome {
        do throws(OpenSearchError) {
            if let givenId { try Self.validateId(givenId) }
            var index = try autoCreate(indexName)
            let id = givenId ?? Self.generatedId(index, salt: 0)
            let existing = index.document(id)
            if create, let existing { throw Self.versionConflict(index, id, existing.version) }
            let version = (existing?.version ?? index.deletedVersions[id] ?? 0) + 1
            var mappings = index.mappings
            let doc = try IndexedDocument.make(id: id, source: source, version: version, seqNo: index.nextSeqNo, mappings: &mappings)
            index.mappings = mappings
            index.nextSeqNo += 1
            index.put(doc)
            indices[indexName] = index
            return WriteOutcome(index: indexName, id: id, status: existing == nil ? 201 : 200, result: existing == nil ? "created" : "updated",
                                version: version, seqNo: doc.seqNo)
        } catch {
            return WriteOutcome(index: indexName, id: givenId ?? "", status: error.status, error: error)
        }
    }

    /// A partial update: `doc` merged into the source, `upsert` or `doc_as_upsert` when missing.
    func update(_ indexName: String, id: String, body: JSONValue) -> WriteOutcome {
        do throws(OpenSearchError) {
            try Self.validateId(id)
            guard body.objectValue != nil else { throw OpenSearchError.parsing("request body is required") }
            if body["script"] != nil { throw OpenSearchError.illegalArgument("scripted updates are not supported by the local OpenSearch twin") }
            let index = try autoCreate(indexName)
            guard let existing = index.document(id) else {
                if let upsert = body["upsert"] ?? (body["doc_as_upsert"] == .bool(true) ? body["doc"] : nil) {
                    return write(indexName, id: id, source: upsert, create: true)
                }
                throw OpenSearchError(type: "document_missing_exception", reason: "[\(id)]: document missing", status: 404,
                                      details: ["index_uuid": .string(index.uuid), "shard": "0", "index": .string(indexName)])
            }
            guard let partial = body["doc"], partial.objectValue != nil else {
                throw OpenSearchError(type: "action_request_validation_exception", reason: "Validation Failed: 1: script or doc is missing;", status: 400)
            }
            let merged = IndexMappings.deepMerge(existing.source, partial)
            if merged == existing.source && body["detect_noop"] != .bool(false) {
                return WriteOutcome(index: indexName, id: id, status: 200, result: "noop", version: existing.version, seqNo: existing.seqNo)
            }
            return write(indexName, id: id, source: merged, create: false)
        } catch {
            return WriteOutcome(index: indexName, id: id, status: error.status, error: error)
        }
    }

    func delete(_ indexName: String, id: String) -> WriteOutcome {
        guard var index = indices[indexName] else {
            return WriteOutcome(index: indexName, id: id, status: 404, error: .indexNotFound(indexName))
        }
        let seqNo = index.nextSeqNo
        index.nextSeqNo += 1
        guard let removed = index.remove(id) else {
            indices[indexName] = index
            return WriteOutcome(index: indexName, id: id, status: 404, result: "not_found", version: 1, seqNo: seqNo)
        }
        index.deletedVersions[id] = removed.version + 1
        indices[indexName] = index
        return WriteOutcome(index: indexName, id: id, status: 200, result: "deleted", version: removed.version + 1, seqNo: seqNo)
    }

    func getDocument(_ indexName: String, id: String, source: SourceFilter) throws(OpenSearchError) -> (Int, JSONValue) {
        guard let index = indices[indexName] else { throw .indexNotFound(indexName) }
        guard let doc = index.document(id) else { return (404, ["_index": .string(indexName), "_id": .string(id), "found": false]) }
        var body: [String: JSONValue] = [
            "_index": .string(indexName), "_id": .string(id), "_version": .int(doc.version), "_seq_no": .int(doc.seqNo),
            "_primary_term": 1, "found": true,
        ]
        if let filtered = source.apply(doc.source) { body["_source"] = filtered }
        return (200, .object(body))
    }

    /// `POST /_bulk`: NDJSON action lines (`index`, `create`, `update`, `delete`), each but `delete` followed by
    /// its document line; items fail one by one.
    func bulk(_ body: Data, defaultIndex: String?, started: Date) throws(OpenSearchError) -> JSONValue {
        if body.isEmpty { throw OpenSearchError(type: "action_request_validation_exception", reason: "Validation Failed: 1: no requests added;", status: 400) }
        guard body.last == UInt8(ascii: "\n") else { throw .illegalArgument("The bulk request must be terminated by a newline [\\n]") }
        let lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        var actions: [(String, [String: JSONValue], Data?)] = []
        var number = 0
        var iterator = lines.makeIterator()
        while let raw = iterator.next() {
            number += 1
            if raw.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            guard let line = try? JSONValue(parsing: Data(raw)), let object = line.objectValue else {
                throw .illegalArgument("Malformed action/metadata line [\(number)], expected START_OBJECT or END_OBJECT but found [VALUE_STRING]")
            }
            guard object.count == 1, let (action, meta) = object.first, ["index", "create", "update", "delete"].contains(action) else {
                throw .illegalArgument("Malformed action/metadata line [\(number)], expected field [create], [delete], [index] or [update] but found [\(object.keys.sorted().first ?? "")]")
            }
            guard let metadata = meta.objectValue else {
                throw .illegalArgument("Malformed action/metadata line [\(number)], expected START_OBJECT but found [\(meta.typeName)]")
            }
            for key in metadata.keys where !["_index", "_id", "routing", "if_seq_no", "if_primary_term", "version", "version_type", "pipeline", "require_alias", "retry_on_conflict", "op_type", "_source"].contains(key) {
                throw .illegalArgument("Action/metadata line [\(number)] contains an unknown parameter [\(key)]")
            }
            var document: Data?
            if action != "delete" {
                guard let next = iterator.next() else { throw .illegalArgument("The bulk request must be terminated by a newline [\\n]") }
                number += 1
                document = Data(next)
            }
            actions.append((action, metadata, document))
        }
        var problems: [String] = []
        for (action, metadata, _) in actions {
            if metadata["_index"]?.stringValue == nil && defaultIndex == nil { problems.append("index is missing") }
            if (action == "update" || action == "delete") && metadata["_id"]?.stringValue == nil { problems.append("id is missing") }
        }
        if !problems.isEmpty {
            let numbered = problems.enumerated().map { "\($0.offset + 1): \($0.element);" }.joined(separator: " ")
            throw OpenSearchError(type: "action_request_validation_exception", reason: "Validation Failed: \(numbered)", status: 400)
        }
        var items: [JSONValue] = []
        var touched = Set<String>()
        var failed = false
        for (salt, (action, metadata, document)) in actions.enumerated() {
            let indexName = metadata["_index"]?.stringValue ?? defaultIndex!
            let id = metadata["_id"]?.stringValue
            var outcome: WriteOutcome
            let parsed = document.flatMap { try? JSONValue(parsing: $0) }
            if action != "delete", parsed == nil {
                outcome = WriteOutcome(index: indexName, id: id ?? "", status: 400, error: .mapperParsing("failed to parse",
                    causedBy: ("json_parse_exception", "Unexpected character: the document line is not a JSON object")))
            } else {
                switch action {
                case "delete": outcome = delete(indexName, id: id!)
                case "update": outcome = update(indexName, id: id!, body: parsed!)
                default:
                    let generated = id ?? indices[indexName].map { Self.generatedId($0, salt: salt) }
                    outcome = write(indexName, id: generated, source: parsed!, create: action == "create" || metadata["op_type"]?.stringValue == "create")
                }
            }
            if outcome.error != nil { failed = true } else { touched.insert(indexName) }
            var item = outcome.json.objectValue ?? [:]
            item["status"] = .int(outcome.status)
            items.append([action: .object(item)])
        }
        for name in touched.sorted() { persist(name) }
        return ["took": .int(Int(Date().timeIntervalSince(started) * 1000)), "errors": .bool(failed), "items": .array(items)]
    }
}
