import Foundation

/// Search, count, delete by query, and search pipelines.
extension OpenSearchStore {
    func search(_ expression: String?, body: JSONValue, parameters: [String: String], started: Date) throws(OpenSearchError) -> JSONValue {
        let targets = try resolve(expression, ignoreUnavailable: parameters["ignore_unavailable"] == "true")
        var pipeline: SearchPipeline?
        if let name = parameters["search_pipeline"] {
            if name != "_none" {
                guard let found = pipelines[name] else { throw .illegalArgument("Pipeline \(name) is not defined") }
                pipeline = found
            }
        } else if let name = targets.first?.settings["index.search.default_pipeline"], name != "_none" {
            pipeline = pipelines[name]
        }
        return try SearchExecution(indices: targets, pipeline: pipeline, parameters: parameters).run(body: body, started: started)
    }

    func count(_ expression: String?, body: JSONValue?) throws(OpenSearchError) -> JSONValue {
        let targets = try resolve(expression)
        let query = try body?["query"].map { value throws(OpenSearchError) in try SearchQuery.parse(value) } ?? .matchAll(boost: 1)
        var total = 0
        do throws(OpenSearchError) {
            for index in targets { total += try QueryEvaluator(index: index).evaluate(query).count }
        } catch {
            throw .searchPhase(error)
        }
        return ["count": .int(total), "_shards": ["total": .int(targets.count), "successful": .int(targets.count), "skipped": 0, "failed": 0]]
    }

    func deleteByQuery(_ expression: String, body: JSONValue?, started: Date) throws(OpenSearchError) -> JSONValue {
        guard let queryJSON = body?["query"] else {
            throw OpenSearchError(type: "action_request_validation_exception", reason: "Validation Failed: 1: query is missing;", status: 400)
        }
        let query = try SearchQuery.parse(queryJSON)
        var deleted = 0
        for var index in try resolve(expression) {
            let matches: QueryEvaluator.Matches
            do throws(OpenSearchError) { matches = try QueryEvaluator(index: index).evaluate(query) } catch { throw .searchPhase(error) }
            let ids = matches.keys.compactMap { index.document(atSlot: $0)?.id }
            for id in ids {
                if let removed = index.remove(id) { index.deletedVersions[id] = removed.version + 1 }
                index.nextSeqNo += 1
            }
            deleted += ids.count
            indices[index.name] = index
            if !ids.isEmpty { persist(index.name) }
        }
        return [
            "took": .int(Int(Date().timeIntervalSince(started) * 1000)), "timed_out": false, "total": .int(deleted), "deleted": .int(deleted),
            "batches": .int(deleted == 0 ? 0 : 1), "version_conflicts": 0, "noops": 0, "retries": ["bulk": 0, "search": 0],
            "throttled_millis": 0, "requests_per_second": -1.0, "throttled_until_millis": 0, "failures": [],
        ]
    }

    func putPipeline(_ name: String, body: JSONValue?) throws(OpenSearchError) -> JSONValue {
        guard let body else { throw .parsing("request body is required") }
        pipelines[name] = try SearchPipeline(name: name, body: body)
        persistPipelines()
        return ["acknowledged": true]
    }

    func getPipeline(_ name: String?) throws(OpenSearchError) -> JSONValue {
        if let name {
            guard let pipeline = pipelines[name] else {
                throw OpenSearchError(type: "resource_not_found_exception", reason: "Search pipeline [\(name)] not found", status: 404)
            }
            return [name: pipeline.body]
        }
        return .object(pipelines.mapValues(\.body))
    }

    func deletePipeline(_ name: String) throws(OpenSearchError) -> JSONValue {
        guard pipelines.removeValue(forKey: name) != nil else {
            throw OpenSearchError(type: "resource_not_found_exception", reason: "Search pipeline [\(name)] not found", status: 404)
        }
        persistPipelines()
        return ["acknowledged": true]
    }
}
