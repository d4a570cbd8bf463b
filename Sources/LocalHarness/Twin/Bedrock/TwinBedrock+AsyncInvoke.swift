import AWSCore
import Foundation

/// StartAsyncInvoke, GetAsyncInvoke and ListAsyncInvokes for Nova Reel: an invocation is InProgress for
/// `inProgressFor`, then writes `output.mp4` and `manifest.json` to `<s3Uri>/<invocation id>/` and is Completed
/// (or Failed, with a scenario's injected reason or the storage error).
extension TwinBedrock {
    static let account = "123456789012"

    func asyncInvoke(_ request: TwinRequest, parts: [String]) async -> TwinResponse {
        switch (request.method, parts.count) {
        case ("POST", 1): return await startAsyncInvoke(request)
        case ("GET", 1): return await listAsyncInvokes(HTTPAPIEvent.queryParameters(request.query))
        case ("GET", 2):
            guard let invocation = await advance(parts[1]) else {
                return .restError("ValidationException", "The specified invocation ARN \(parts[1]) could not be found.", status: 400)
            }
            return restAnswer(describe(invocation))
        default:
            return .restError("UnknownOperationException", "The local twin does not serve \(request.method) \(request.path) for Bedrock Runtime", status: 404)
        }
    }

    private func startAsyncInvoke(_ request: TwinRequest) async -> TwinResponse {
        guard let body = try? JSONValue(parsing: request.body), body.objectValue != nil else {
            return .restError("ValidationException", "The request body is not a JSON object", status: 400)
        }
        func missing(_ member: String) -> TwinResponse {
            .restError("ValidationException", "1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null", status: 400)
        }
        guard let rawModel = body["modelId"]?.stringValue else { return missing("modelId") }
        guard let input = body["modelInput"], input.objectValue != nil else { return missing("modelInput") }
        guard let uri = body["outputDataConfig"]?["s3OutputDataConfig"]?["s3Uri"]?.stringValue else { return missing("outputDataConfig.s3OutputDataConfig.s3Uri") }
        let modelId = Self.modelName(rawModel)
        guard NovaReelJob.models.contains(modelId) else {
            return .restError("ValidationException", "The provided model identifier is invalid, or the model does not support asynchronous invocation.", status: 400)
        }
        guard let output = Self.s3Folder(uri) else { return .restError("ValidationException", "Invalid Output Config/Credentials: \(uri) is not an s3:// URI", status: 400) }
        guard storage != nil else { return .restError("ValidationException", "The local twin was started without storage for asynchronous invocations", status: 400) }
        let job: NovaReelJob
        do { job = try NovaReelJob(modelId: modelId, input: input) } catch { return .restError("ValidationException", error.message, status: 400) }
        let id = Self.invocationId()
        let arn = "arn:aws:bedrock:\(region):\(Self.account):async-invoke/\(id)"
        let folder = output.prefix.isEmpty ? id : output.prefix + "/" + id
        let submitted = now()
        let invocation = AsyncInvokeStore.Invocation(
            id: id, arn: arn, modelId: modelId, clientRequestToken: body["clientRequestToken"]?.stringValue, video: job,
            outputURI: "s3://\(output.bucket)/\(folder)", submitted: submitted, lastModified: submitted, status: "InProgress",
            injectedFailure: request.injectedJobFailure)
        let stored = await invocations.insert(invocation)
        return restAnswer(["invocationArn": .string(stored.arn)])
    }

    private func listAsyncInvokes(_ query: [String: String]) async -> TwinResponse {
        let maxResults = query["maxResults"].flatMap { Int($0) } ?? 1000
        guard (1...1000).contains(maxResults) else {
            return .restError("ValidationException", "1 validation error detected: Value '\(maxResults)' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000", status: 400)
        }
        if let status = query["statusEquals"], !["InProgress", "Completed", "Failed"].contains(status) {
            return .restError("ValidationException", "1 validation error detected: Value '\(status)' at 'statusEquals' failed to satisfy constraint: Member must satisfy enum value set: [InProgress, Completed, Failed]", status: 400)
        }
        let after = query["submitTimeAfter"].flatMap { AWSTimestamp.parse($0) }
        let before = query["submitTimeBefore"].flatMap { AWSTimestamp.parse($0) }
        var matching: [AsyncInvokeStore.Invocation] = []
        for stored in await invocations.all {
            guard let invocation = await advance(stored.arn) else { continue }
            if let status = query["statusEquals"], invocation.status != status { continue }
            if let after, invocation.submitted <= after { continue }
            if let before, invocation.submitted >= before { continue }
            matching.append(invocation)
        }
        if query["sortOrder"] != "Ascending" { matching.reverse() }
        var offset = 0
        if let token = query["nextToken"] {
            guard let value = Int(token), value > 0, value < matching.count else {
                return .restError("ValidationException", "The pagination token is invalid", status: 400)
            }
            offset = value
        }
        var answer: [String: JSONValue] = ["asyncInvokeSummaries": .array(matching[offset..<min(matching.count, offset + maxResults)].map(describe))]
        if offset + maxResults < matching.count { answer["nextToken"] = .string(String(offset + maxResults)) }
        return restAnswer(.object(answer))
    }

    /// The invocation as of now, finishing it (once) when its time has come.
    private func advance(_ arn: String) async -> AsyncInvokeStore.Invocation? {
        guard var invocation = await invocations.invocation(arn) else { return nil }
        guard invocation.status == "InProgress", now().timeIntervalSince(invocation.submitted) >= inProgressFor else { return invocation }
        let ended = now()
        invocation.ended = ended
        invocation.lastModified = ended
        if let reason = invocation.injectedFailure {
            invocation.status = "Failed"
            invocation.failureMessage = reason
        } else if let storage, let folder = Self.s3Folder(invocation.outputURI) {
            do {
                try await storage.put(bucket: folder.bucket, key: folder.prefix + "/output.mp4", data: invocation.video.mp4(creation: invocation.submitted), contentType: "video/mp4")
                let manifest = invocation.video.manifest(invocationArn: invocation.arn, modelId: invocation.modelId, outputURI: invocation.outputURI)
                try await storage.put(bucket: folder.bucket, key: folder.prefix + "/manifest.json", data: manifest.serializedData(), contentType: "application/json")
                invocation.status = "Completed"
            } catch {
                invocation.status = "Failed"
                invocation.failureMessage = "Unable to write the output to \(invocation.outputURI): \(error)"
            }
        }
        await invocations.update(invocation)
        return invocation
    }

    private func describe(_ invocation: AsyncInvokeStore.Invocation) -> JSONValue {
        var object: [String: JSONValue] = [
            "invocationArn": .string(invocation.arn), "modelArn": .string("arn:aws:bedrock:\(region)::foundation-model/\(invocation.modelId)"),
            "status": .string(invocation.status), "submitTime": .string(AWSTimestamp.format(invocation.submitted, as: .iso8601)),
            "lastModifiedTime": .string(AWSTimestamp.format(invocation.lastModified, as: .iso8601)),
            "outputDataConfig": ["s3OutputDataConfig": ["s3Uri": .string(invocation.outputURI)]],
        ]
        if let token = invocation.clientRequestToken { object["clientRequestToken"] = .string(token) }
        if let ended = invocation.ended { object["endTime"] = .string(AWSTimestamp.format(ended, as: .iso8601)) }
        if let message = invocation.failureMessage { object["failureMessage"] = .string(message) }
        return .object(object)
    }

    /// `s3://bucket[/prefix]` as the bucket and the prefix without surrounding slashes.
    static func s3Folder(_ uri: String) -> (bucket: String, prefix: String)? {
        guard uri.hasPrefix("s3://") else { return nil }
        let rest = uri.dropFirst(5)
        let bucket = String(rest.prefix { $0 != "/" })
        guard !bucket.isEmpty else { return nil }
        let prefix = rest.dropFirst(bucket.count).split(separator: "/").joined(separator: "/")
        return (bucket, prefix)
    }

    /// Twelve lowercase letters and digits, as Bedrock's invocation ids.
    static func invocationId() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<12).map { _ in alphabet.randomElement()! })
    }

    func restAnswer(_ body: JSONValue) -> TwinResponse {
        TwinResponse(status: 200, headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", UUID().uuidString.lowercased())], body: body.serializedData())
    }
}
