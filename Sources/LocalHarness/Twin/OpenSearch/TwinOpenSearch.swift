import Foundation

/// The OpenSearch data plane (REST, signing names `es` for a managed domain and `aoss` for a Serverless
/// collection): indices with text, keyword, numeric, date, boolean and `knn_vector` mappings, documents and
/// bulk writes, and search with the query DSL, BM25 scoring, exact k-NN, hybrid queries through search
/// pipelines (min-max / L2 normalisation, reciprocal rank fusion), sorting, highlighting and aggregations.
///
/// Local by design: every index is one shard, writes are visible at once (`refresh` is accepted and changes
/// nothing), k-NN search is exact rather than approximate, and data lives under `directory` when given.
public struct TwinOpenSearch: TwinService {
    public let signingNames: Set<String> = ["es", "aoss"]
    let store: OpenSearchStore

    /// - Parameters:
    ///   - directory: where indices are kept between runs (`.mediagen/opensearch`); nil keeps them in memory.
    ///   - now: the clock for creation dates.
    public init(directory: URL? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        store = OpenSearchStore(directory: directory, now: now)
    }

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        let started = Date()
        let parts = request.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        let parameters = Self.parameters(request.query)
        let method = request.method
        do throws(OpenSearchError) {
            return try await route(method, parts, parameters, request, started)
        } catch {
            if method == "HEAD" { return TwinResponse(status: error.status, headers: [("Content-Type", "application/json; charset=UTF-8")]) }
            return .openSearch(error)
        }
    }

    private func route(_ method: String, _ parts: [String], _ parameters: [String: String], _ request: TwinRequest, _ started: Date) async throws(OpenSearchError) -> TwinResponse {
        func body() throws(OpenSearchError) -> JSONValue? {
            if request.body.isEmpty || request.body.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { return nil }
            guard let json = try? JSONValue(parsing: request.body) else { throw .notJSON("Unexpected character: the request body is not valid JSON") }
            return json
        }
        func only(_ allowed: [String]) throws(OpenSearchError) {
            guard allowed.contains(method) else { throw Self.methodNotAllowed(request.path, method, allowed) }
        }
        let forced = parameters["refresh"] == "true" || parameters["refresh"] == ""
        switch parts.count {
        case 0:
            try only(["GET", "HEAD"])
            return .openSearch(await store.info())
        case 1 where parts[0] == "_bulk", 2 where parts[1] == "_bulk":
            try only(["POST", "PUT"])
            return .openSearch(try await store.bulk(request.body, defaultIndex: parts.count == 2 ? parts[0] : nil, started: started))
        case 1 where parts[0] == "_search", 2 where parts[1] == "_search":
            try only(["GET", "POST"])
            return .openSearch(try await store.search(parts.count == 2 ? parts[0] : nil, body: try body() ?? .object([:]), parameters: parameters, started: started))
        case 1 where parts[0] == "_count", 2 where parts[1] == "_count":
            try only(["GET", "POST"])
            return .openSearch(try await store.count(parts.count == 2 ? parts[0] : nil, body: try body()))
        case 1 where parts[0] == "_refresh", 2 where parts[1] == "_refresh":
            try only(["GET", "POST"])
            return .openSearch(try await store.refresh(parts.count == 2 ? parts[0] : nil))
        case 1 where parts[0] == "_mapping":
            try only(["GET"])
            return .openSearch(try await store.getMapping(nil))
        case 2 where parts[0] == "_cluster" && parts[1] == "health":
            try only(["GET"])
            return .openSearch(await store.health())
        case 2 where parts[0] == "_search" && parts[1] == "pipeline":
            try only(["GET"])
            return .openSearch(try await store.getPipeline(nil))
        case 3 where parts[0] == "_search" && parts[1] == "pipeline":
            try only(["PUT", "GET", "DELETE"])
            switch method {
            case "PUT": return .openSearch(try await store.putPipeline(parts[2], body: try body()))
            case "GET": return .openSearch(try await store.getPipeline(parts[2]))
            default: return .openSearch(try await store.deletePipeline(parts[2]))
            }
        case 1 where !parts[0].hasPrefix("_"):
            try only(["PUT", "GET", "HEAD", "DELETE"])
            switch method {
            case "PUT": return .openSearch(try await store.createIndex(parts[0], body: try body()))
            case "GET": return .openSearch(try await store.getIndex(parts[0]))
            case "HEAD":
                _ = try await store.resolve(parts[0])
                return TwinResponse(status: 200, headers: [("Content-Type", "application/json; charset=UTF-8")])
            default: return .openSearch(try await store.deleteIndex(parts[0]))
            }
        case 2 where parts[1] == "_mapping":
            try only(["GET", "PUT", "POST"])
            if method == "GET" { return .openSearch(try await store.getMapping(parts[0])) }
            return .openSearch(try await store.putMapping(parts[0], body: try body()))
        case 2 where parts[1] == "_settings":
            try only(["GET"])
            return .openSearch(try await store.getSettings(parts[0]))
        case 2 where parts[1] == "_delete_by_query":
            try only(["POST"])
            return .openSearch(try await store.deleteByQuery(parts[0], body: try body(), started: started))
        case 2 where parts[1] == "_doc", 3 where parts[1] == "_doc" || parts[1] == "_create":
            let id = parts.count == 3 ? parts[2] : nil
            if parts[1] == "_doc", let id, method == "GET" || method == "HEAD" {
                var filter = SourceFilter()
                filter.apply(parameters: parameters)
                let (status, answer) = try await store.getDocument(parts[0], id: id, source: filter)
                return method == "HEAD" ? TwinResponse(status: status) : .openSearch(answer, status: status)
            }
            if parts[1] == "_doc", let id, method == "DELETE" {
                let outcome = await store.delete(parts[0], id: id)
                if let error = outcome.error { throw error }
                await store.persist(parts[0])
                return .openSearch(Self.forced(outcome.json, forced), status: outcome.status)
            }
            try only(id == nil ? ["POST"] : ["PUT", "POST"])
            guard let source = try? JSONValue(parsing: request.body) else {
                throw .mapperParsing("failed to parse", causedBy: ("not_x_content_exception", "Compressor detection can only be called on some xcontent bytes or compressed xcontent bytes"))
            }
            let create = parts[1] == "_create" || parameters["op_type"] == "create"
            let outcome = await store.write(parts[0], id: id, source: source, create: create)
            if let error = outcome.error { throw error }
            await store.persist(parts[0])
            return .openSearch(Self.forced(outcome.json, forced), status: outcome.status)
        case 3 where parts[1] == "_update":
            try only(["POST"])
            let outcome = await store.update(parts[0], id: parts[2], body: try body() ?? .object([:]))
            if let error = outcome.error { throw error }
            await store.persist(parts[0])
            return .openSearch(Self.forced(outcome.json, forced), status: outcome.status)
        case 3 where parts[1] == "_source":
            try only(["GET"])
            var filter = SourceFilter()
            filter.apply(parameters: parameters)
            let (status, answer) = try await store.getDocument(parts[0], id: parts[2], source: filter)
            guard status == 200 else {
                throw OpenSearchError(type: "resource_not_found_exception", reason: "Document not found [\(parts[0])]/[\(parts[2])]", status: 404)
            }
            return .openSearch(answer["_source"] ?? .object([:]))
        default:
            throw OpenSearchError(type: "illegal_argument_exception", reason: "no handler found for uri [\(request.path)] and method [\(method)]", status: 400, plain: true)
        }
    }

    private static func forced(_ json: JSONValue, _ forced: Bool) -> JSONValue {
        guard forced, var object = json.objectValue else { return json }
        object["forced_refresh"] = true
        return .object(object)
    }

    static func methodNotAllowed(_ path: String, _ method: String, _ allowed: [String]) -> OpenSearchError {
        OpenSearchError(type: "method_not_allowed", reason: "Incorrect HTTP method for uri [\(path)] and method [\(method)], allowed: [\(allowed.joined(separator: ", "))]", status: 405, plain: true)
    }

    /// `a=1&b=x%20y` as a dictionary (a bare `refresh` is the empty string).
    static func parameters(_ query: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s) }
            result[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return result
    }
}
