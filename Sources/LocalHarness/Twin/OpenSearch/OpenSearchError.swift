import Foundation

/// An OpenSearch error as the REST layer answers it:
/// `{"error": {"root_cause": [{"type": …, "reason": …}], "type": …, "reason": …, "caused_by": {…}}, "status": N}`.
struct OpenSearchError: Error, Sendable {
    var type: String
    var reason: String
    var status: Int
    /// Members beside `type` and `reason` (`index`, `index_uuid`, `resource.id`, …), also in `root_cause`.
    var details: [String: JSONValue] = [:]
    /// The error this one wraps (`caused_by`).
    var causedBy: (type: String, reason: String)?
    /// Overrides the root cause (a search phase failure's cause is the shard's error, not itself).
    var rootCause: (type: String, reason: String)?
    /// REST-layer refusals (no handler, wrong method) answer `{"error": "<reason>", "status": N}`.
    var plain = false
    /// Raised on the coordinating node (a search pipeline), so not wrapped as a shard failure.
    var coordinating = false

    /// The error object (`error` member), as bulk items carry it.
    var object: JSONValue {
        var members = details
        members["type"] = .string(type)
        members["reason"] = .string(reason)
        if let causedBy { members["caused_by"] = ["type": .string(causedBy.type), "reason": .string(causedBy.reason)] }
        return .object(members)
    }

    /// The whole error document of a failed request.
    var document: JSONValue {
        if plain { return ["error": .string(reason), "status": .int(status)] }
        var error = object.objectValue ?? [:]
        var root = rootCause == nil ? details : [:]
        root["type"] = .string(rootCause?.type ?? type)
        root["reason"] = .string(rootCause?.reason ?? reason)
        error["root_cause"] = [.object(root)]
        return ["error": .object(error), "status": .int(status)]
    }

    static func indexNotFound(_ index: String) -> OpenSearchError {
        OpenSearchError(type: "index_not_found_exception", reason: "no such index [\(index)]", status: 404, details: [
            "index": .string(index), "resource.id": .string(index), "resource.type": "index_or_alias", "index_uuid": "_na_",
        ])
    }

    static func alreadyExists(_ index: String, uuid: String) -> OpenSearchError {
        OpenSearchError(type: "resource_already_exists_exception", reason: "index [\(index)/\(uuid)] already exists", status: 400,
                        details: ["index": .string(index), "index_uuid": .string(uuid)])
    }

    static func invalidIndexName(_ index: String, _ why: String) -> OpenSearchError {
        OpenSearchError(type: "invalid_index_name_exception", reason: "Invalid index name [\(index)], \(why)", status: 400,
                        details: ["index": .string(index), "index_uuid": "_na_"])
    }

    static func parsing(_ reason: String) -> OpenSearchError {
        OpenSearchError(type: "parsing_exception", reason: reason, status: 400)
    }

    static func illegalArgument(_ reason: String) -> OpenSearchError {
        OpenSearchError(type: "illegal_argument_exception", reason: reason, status: 400)
    }

    static func mapperParsing(_ reason: String, causedBy: (type: String, reason: String)? = nil) -> OpenSearchError {
        OpenSearchError(type: "mapper_parsing_exception", reason: reason, status: 400, causedBy: causedBy)
    }

    /// A query that fails on the shards: `search_phase_execution_exception` whose root cause is the shard's error.
    static func searchPhase(_ cause: OpenSearchError) -> OpenSearchError {
        var error = OpenSearchError(type: "search_phase_execution_exception", reason: "all shards failed", status: cause.status,
                                    details: ["phase": "query", "grouped": true])
        error.causedBy = (cause.type, cause.reason)
        error.rootCause = (cause.type, cause.reason)
        return error
    }

    /// A request body that is not JSON.
    static func notJSON(_ detail: String) -> OpenSearchError {
        OpenSearchError(type: "x_content_parse_exception", reason: "[1:1] \(detail)", status: 400)
    }
}

extension TwinResponse {
    /// An OpenSearch JSON answer.
    static func openSearch(_ value: JSONValue, status: Int = 200) -> TwinResponse {
        TwinResponse(status: status, headers: [("Content-Type", "application/json; charset=UTF-8")], body: value.serializedData())
    }

    static func openSearch(_ error: OpenSearchError) -> TwinResponse {
        openSearch(error.document, status: error.status)
    }
}
