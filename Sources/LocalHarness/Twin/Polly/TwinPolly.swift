import Foundation

/// Amazon Polly (restJson, signing name `polly`): SynthesizeSpeech (audio of a realistic duration for the text and
/// voice, or speech marks timed on the same timeline), DescribeVoices, and synthesis tasks written to S3 through
/// ``TwinStorage``. Polly's own validation errors throughout.
public struct TwinPolly: TwinService {
    public let signingNames: Set<String> = ["polly"]
    let storage: any TwinStorage
    let region: String
    let scheduledFor: TimeInterval
    let processingFor: TimeInterval
    let now: @Sendable () -> Date
    let tasks = PollyTaskStore()

    public init(storage: any TwinStorage, region: String = "us-east-1", scheduledFor: TimeInterval = 0.5, processingFor: TimeInterval = 1.0,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.storage = storage
        self.region = region
        self.scheduledFor = scheduledFor
        self.processingFor = processingFor
        self.now = now
    }

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        let parts = request.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        let query = HTTPAPIEvent.queryParameters(request.query)
        switch (request.method, parts.count > 1 ? parts[1] : "", parts.count) {
        case ("POST", "speech", 2): return synthesize(request.body)
        case ("GET", "voices", 2): return describeVoices(query)
        case ("POST", "synthesisTasks", 2): return await start(request.body, injectedFailure: request.injectedJobFailure)
        case ("GET", "synthesisTasks", 2): return await list(query)
        case ("GET", "synthesisTasks", 3): return await get(parts[2])
        default:
            return .restError("UnknownOperationException", "The local twin does not serve \(request.method) \(request.path) for Polly", status: 404)
        }
    }

    private func synthesize(_ body: Data) -> TwinResponse {
        guard let input = try? JSONValue(parsing: body), input.objectValue != nil else {
            return .restError("SerializationException", "The request body is not a JSON object", status: 400)
        }
        let synthesis: PollySynthesis
        do { synthesis = try PollySynthesis(input, task: false) } catch { return error.response }
        return TwinResponse(status: 200, headers: [
            ("Content-Type", PollyAudio.contentType(synthesis.format)), ("x-amzn-RequestCharacters", String(synthesis.billedCharacters)),
            ("x-amzn-RequestId", UUID().uuidString.lowercased()),
        ], body: synthesis.output())
    }

    private func describeVoices(_ query: [String: String]) -> TwinResponse {
        if let token = query["NextToken"], !token.isEmpty {
            return .restError("InvalidNextTokenException", "The NextToken is invalid", status: 400)
        }
        if let engine = query["Engine"], !["standard", "neural", "long-form", "generative"].contains(engine) {
            return .restError("ValidationException", "1 validation error detected: Value '\(engine)' at 'engine' failed to satisfy constraint: Member must satisfy enum value set: [standard, neural, long-form, generative]", status: 400)
        }
        let includeAdditional = query["IncludeAdditionalLanguageCodes"] == "true"
        let voices = PollyVoices.all.filter { voice in
            if let engine = query["Engine"], !voice.supports(engine: engine) { return false }
            if let language = query["LanguageCode"] {
                return voice.languageCode == language || (includeAdditional && voice.additionalLanguageCodes.contains(language))
            }
            return true
        }
        return ok(["Voices": .array(voices.map { voice in
            var object: [String: JSONValue] = [
                "Id": .string(voice.id), "Name": .string(voice.name), "Gender": .string(voice.gender), "LanguageCode": .string(voice.languageCode),
                "LanguageName": .string(PollyVoices.languageNames[voice.languageCode] ?? voice.languageCode),
                "SupportedEngines": .array(voice.engines.map(JSONValue.string)),
            ]
            if !voice.additionalLanguageCodes.isEmpty { object["AdditionalLanguageCodes"] = .array(voice.additionalLanguageCodes.map(JSONValue.string)) }
            return .object(object)
        })])
    }

    private func start(_ body: Data, injectedFailure: String?) async -> TwinResponse {
        guard let input = try? JSONValue(parsing: body), input.objectValue != nil else {
            return .restError("SerializationException", "The request body is not a JSON object", status: 400)
        }
        guard let bucket = input["OutputS3BucketName"]?.stringValue else {
            return .restError("ValidationException", "1 validation error detected: Value null at 'outputS3BucketName' failed to satisfy constraint: Member must not be null", status: 400)
        }
        guard bucket.range(of: #"^[a-z0-9][\.\-a-z0-9]{1,61}[a-z0-9]$"#, options: .regularExpression) != nil else {
            return .restError("InvalidS3BucketException", "The provided Amazon S3 bucket name is invalid: \(bucket)", status: 400)
        }
        let prefix = input["OutputS3KeyPrefix"]?.stringValue ?? ""
        guard prefix.range(of: #"^[0-9a-zA-Z\/\!\-_\.\*\'\(\):;\$@=+\,\?&]{0,800}$"#, options: .regularExpression) != nil else {
            return .restError("InvalidS3KeyException", "The provided Amazon S3 key prefix is invalid: \(prefix)", status: 400)
        }
        if let topic = input["SnsTopicArn"]?.stringValue,
           topic.range(of: #"^arn:aws(-(cn|iso(-b)?|us-gov))?:sns:[a-z0-9_-]{1,50}:\d{12}:[a-zA-Z0-9_-]{1,251}([a-zA-Z0-9_-]{0,5}|\.fifo)$"#, options: .regularExpression) == nil {
            return .restError("InvalidSnsTopicArnException", "The provided SNS topic ARN is invalid: \(topic)", status: 400)
        }
        let synthesis: PollySynthesis
        do { synthesis = try PollySynthesis(input, task: true) } catch { return error.response }
        let id = UUID().uuidString.lowercased()
        let key = prefix + id + "." + PollyAudio.fileExtension(synthesis.format)
        let task = PollyTaskStore.Entry(id: id, synthesis: synthesis, request: input, created: now(), status: "scheduled", bucket: bucket, key: key,
                                       outputURI: S3Location(bucket: bucket, key: key).httpsURL(region: region), injectedFailure: injectedFailure)
        await tasks.insert(task)
        return ok(["SynthesisTask": describe(task)])
    }

    private func get(_ id: String) async -> TwinResponse {
        guard id.range(of: "^[a-zA-Z0-9_-]{1,100}$", options: .regularExpression) != nil else {
            return .restError("InvalidTaskIdException", "The provided task ID is not valid", status: 400)
        }
        guard let task = await advance(id) else {
            return .restError("SynthesisTaskNotFoundException", "The Speech Synthesis task with requested Task ID \(id) cannot be found", status: 400)
        }
        return ok(["SynthesisTask": describe(task)])
    }

    private func list(_ query: [String: String]) async -> TwinResponse {
        let maxResults = query["MaxResults"].flatMap { Int($0) } ?? 100
        guard (1...100).contains(maxResults) else {
            return .restError("ValidationException", "1 validation error detected: Value '\(maxResults)' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100", status: 400)
        }
        if let status = query["Status"], !["scheduled", "inProgress", "completed", "failed"].contains(status) {
            return .restError("ValidationException", "1 validation error detected: Value '\(status)' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [scheduled, inProgress, completed, failed]", status: 400)
        }
        var matching: [PollyTaskStore.Entry] = []
        for task in await tasks.all {
            guard let current = await advance(task.id) else { continue }
            if let status = query["Status"], current.status != status { continue }
            matching.append(current)
        }
        var offset = 0
        if let token = query["NextToken"] {
            guard let value = Int(token), value > 0, value < matching.count else {
                return .restError("InvalidNextTokenException", "The NextToken is invalid", status: 400)
            }
            offset = value
        }
        let page = matching[offset..<min(matching.count, offset + maxResults)]
        var answer: [String: JSONValue] = ["SynthesisTasks": .array(page.map(describe))]
        if offset + maxResults < matching.count { answer["NextToken"] = .string(String(offset + maxResults)) }
        return ok(.object(answer))
    }

    /// The task as of now, finishing it (once) when its time has come.
    private func advance(_ id: String) async -> PollyTaskStore.Entry? {
        guard var task = await tasks.task(id) else { return nil }
        guard task.status == "scheduled" || task.status == "inProgress" else { return task }
        let elapsed = now().timeIntervalSince(task.created)
        if elapsed < scheduledFor { return task }
        if elapsed < scheduledFor + processingFor {
            task.status = "inProgress"
            await tasks.update(task)
            return task
        }
        if let reason = task.injectedFailure {
            task.status = "failed"
            task.reason = reason
        } else {
            do {
                try await storage.put(bucket: task.bucket, key: task.key, data: task.synthesis.output(), contentType: PollyAudio.contentType(task.synthesis.format))
                task.status = "completed"
            } catch {
                task.status = "failed"
                task.reason = "Error occurred while trying to write to S3 bucket \(task.bucket): \(error)"
            }
        }
        await tasks.update(task)
        return task
    }

    private func describe(_ task: PollyTaskStore.Entry) -> JSONValue {
        let synthesis = task.synthesis
        var object: [String: JSONValue] = [
            "TaskId": .string(task.id), "TaskStatus": .string(task.status), "OutputUri": .string(task.outputURI),
            "CreationTime": .double(task.created.timeIntervalSince1970), "RequestCharacters": .int(synthesis.billedCharacters),
            "OutputFormat": .string(synthesis.format), "TextType": .string(synthesis.textType), "VoiceId": .string(synthesis.voice.id),
            "Engine": .string(synthesis.engine), "LanguageCode": .string(synthesis.languageCode),
        ]
        if synthesis.format != "json" { object["SampleRate"] = .string(String(synthesis.sampleRate)) }
        if !synthesis.markTypes.isEmpty { object["SpeechMarkTypes"] = .array(synthesis.markTypes.map(JSONValue.string)) }
        if let topic = task.request["SnsTopicArn"] { object["SnsTopicArn"] = topic }
        if let reason = task.reason { object["TaskStatusReason"] = .string(reason) }
        return .object(object)
    }

    private func ok(_ body: JSONValue) -> TwinResponse {
        TwinResponse(status: 200, headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", UUID().uuidString.lowercased())], body: body.serializedData())
    }
}
