import Foundation

/// Amazon Transcribe batch jobs (awsJson 1.1, `Transcribe.`): Start/Get/List/DeleteTranscriptionJob. A job
/// moves QUEUED → IN_PROGRESS → COMPLETED over time and then writes a transcript in Transcribe's JSON format
/// (and SRT/WebVTT subtitles when asked) to the output location, made from a sidecar text next to the media
/// (`<key>.transcript.txt`, `[Speaker]` markers for speaker changes). Missing media or sidecar: FAILED.
public struct TwinTranscribe: TwinService {
    public let signingNames: Set<String> = ["transcribe"]
    let storage: any TwinStorage
    let region: String
    let queuedFor: TimeInterval
    let processingFor: TimeInterval
    let now: @Sendable () -> Date
    let jobs = TranscribeJobStore()

    static let languages: Set = ["en-US", "en-GB", "en-AU", "es-US", "es-ES", "fr-FR", "fr-CA", "de-DE", "it-IT", "pt-BR", "pt-PT", "ja-JP", "ko-KR", "zh-CN", "hi-IN", "ar-SA", "nl-NL", "ru-RU"]

    public init(storage: any TwinStorage, region: String = "us-east-1", queuedFor: TimeInterval = 0.5, processingFor: TimeInterval = 1.0,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.storage = storage
        self.region = region
        self.queuedFor = queuedFor
        self.processingFor = processingFor
        self.now = now
    }

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        guard let input = try? JSONValue(parsing: request.body) else { return .jsonError("SerializationException", "The request body is not JSON") }
        switch request.jsonOperation {
        case "StartTranscriptionJob": return await start(input, injectedFailure: request.injectedJobFailure)
        case "GetTranscriptionJob":
            guard let name = input["TranscriptionJobName"]?.stringValue else { return missing("transcriptionJobName") }
            guard let job = await advance(name) else { return notFound() }
            return .json(["TranscriptionJob": describe(job)])
        case "ListTranscriptionJobs":
            var summaries: [JSONValue] = []
            for job in await jobs.all {
                guard let current = await advance(job.name) else { continue }
                if let status = input["Status"]?.stringValue, current.status != status { continue }
                summaries.append(["TranscriptionJobName": .string(current.name), "TranscriptionJobStatus": .string(current.status),
                                  "CreationTime": .double(current.created.timeIntervalSince1970), "LanguageCode": current.languageCode.map(JSONValue.string) ?? .null])
            }
            return .json(["TranscriptionJobSummaries": .array(summaries)])
        case "DeleteTranscriptionJob":
            guard let name = input["TranscriptionJobName"]?.stringValue else { return missing("transcriptionJobName") }
            return await jobs.delete(name) ? .json([:]) : notFound()
        default:
            return .jsonError("UnknownOperationException", "The operation \(request.jsonOperation ?? "(none)") is not served by the local twin")
        }
    }

    private func start(_ input: JSONValue, injectedFailure: String?) async -> TwinResponse {
        guard let name = input["TranscriptionJobName"]?.stringValue, !name.isEmpty else { return missing("transcriptionJobName") }
        guard name.count <= 200, name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
            return .jsonError("BadRequestException", "1 validation error detected: Value '\(name)' at 'transcriptionJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-zA-Z._-]+")
        }
        guard let uri = input["Media"]?["MediaFileUri"]?.stringValue else { return missing("media.mediaFileUri") }
        guard S3Location(uri: uri) != nil else {
            return .jsonError("BadRequestException", "The URI that you provided doesn't point to an S3 object. Make sure that the object exists and try your request again.")
        }
        let language = input["LanguageCode"]?.stringValue
        let identify = input["IdentifyLanguage"] == .bool(true)
        if language == nil && !identify { return .jsonError("BadRequestException", "Either LanguageCode, IdentifyLanguage or IdentifyMultipleLanguages must be specified.") }
        if language != nil && identify { return .jsonError("BadRequestException", "LanguageCode and IdentifyLanguage cannot both be specified.") }
        if let language, !Self.languages.contains(language) {
            return .jsonError("BadRequestException", "1 validation error detected: Value '\(language)' at 'languageCode' failed to satisfy constraint: Member must satisfy enum value set")
        }
        let job = TranscribeJobStore.Job(name: name, request: input, created: now(), languageCode: language, identified: identify, status: "QUEUED",
                                            injectedFailure: injectedFailure)
        guard await jobs.insert(job) else {
            return .jsonError("ConflictException", "The requested job name already exists. Use a different job name.")
        }
        return .json(["TranscriptionJob": describe(job)])
    }

    /// The job as of now, finishing it (once) when its time has come.
    private func advance(_ name: String) async -> TranscribeJobStore.Job? {
        guard var job = await jobs.job(name) else { return nil }
        guard job.status == "QUEUED" || job.status == "IN_PROGRESS" else { return job }
        let elapsed = now().timeIntervalSince(job.created)
        if elapsed < queuedFor { return job }
        if elapsed < queuedFor + processingFor {
            job.status = "IN_PROGRESS"
            await jobs.update(job)
            return job
        }
        job = await finish(job)
        await jobs.update(job)
        return job
    }

    private func finish(_ job: TranscribeJobStore.Job) async -> TranscribeJobStore.Job {
        var job = job
        job.completed = now()
        if let reason = job.injectedFailure { return failed(job, reason) }
        let media = S3Location(uri: job.request["Media"]?["MediaFileUri"]?.stringValue ?? "")!
        do {
            guard try await storage.get(bucket: media.bucket, key: media.key) != nil else {
                return failed(job, "The S3 URI that you provided can't be accessed. Make sure that you have read permission and try your request again.")
            }
            guard let sidecar = try await storage.get(bucket: media.bucket, key: media.key + ".transcript.txt") else {
                return failed(job, "The media has no speech the local twin can transcribe: add \(media.key).transcript.txt next to it.")
            }
            let transcript = SidecarTranscript(text: String(decoding: sidecar, as: UTF8.self))
            guard !transcript.words.isEmpty else { return failed(job, "Your audio file must have a speech segment long enough in duration to perform automatic language identification.") }
            if job.identified { job.languageCode = TwinTranslate.detect(transcript.text) == "en" ? "en-US" : Self.locale(TwinTranslate.detect(transcript.text)) }
            let output = outputLocation(job, media: media)
            let showSpeakers = job.request["Settings"]?["ShowSpeakerLabels"] == .bool(true)
            let document = TranscriptJSON.document(job: job.name, transcript: transcript, speakers: showSpeakers, languageCode: job.identified ? job.languageCode : nil)
            try await storage.put(bucket: output.bucket, key: output.key, data: document.serializedData(), contentType: "application/json")
            job.transcriptURI = output.httpsURL(region: region)
            for format in job.request["Subtitles"]?["Formats"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
                let base = output.key.hasSuffix(".json") ? String(output.key.dropLast(5)) : output.key
                let location = S3Location(bucket: output.bucket, key: "\(base).\(format)")
                try await storage.put(bucket: location.bucket, key: location.key, data: Data(TranscriptJSON.subtitles(transcript, format: format).utf8),
                                      contentType: format == "vtt" ? "text/vtt" : "application/x-subrip")
                job.subtitleURIs.append(location.httpsURL(region: region))
            }
            job.status = "COMPLETED"
            return job
        } catch {
            return failed(job, "The twin could not read the media or write the transcript: \(error)")
        }
    }

    private func failed(_ job: TranscribeJobStore.Job, _ reason: String) -> TranscribeJobStore.Job {
        var job = job
        job.status = "FAILED"
        job.failureReason = reason
        return job
    }

    /// OutputBucketName + OutputKey (a key ending in `/` is a folder), else the media's bucket, `<job>.json`.
    private func outputLocation(_ job: TranscribeJobStore.Job, media: S3Location) -> S3Location {
        let bucket = job.request["OutputBucketName"]?.stringValue ?? media.bucket
        var key = job.request["OutputKey"]?.stringValue ?? "\(job.name).json"
        if key.hasSuffix("/") { key += "\(job.name).json" }
        return S3Location(bucket: bucket, key: key)
    }

    static func locale(_ language: String) -> String {
        ["ja": "ja-JP", "zh": "zh-CN", "ko": "ko-KR", "ar": "ar-SA", "ru": "ru-RU", "hi": "hi-IN"][language] ?? "en-US"
    }

    private func describe(_ job: TranscribeJobStore.Job) -> JSONValue {
        var described: [String: JSONValue] = [
            "TranscriptionJobName": .string(job.name), "TranscriptionJobStatus": .string(job.status),
            "Media": job.request["Media"] ?? .null, "CreationTime": .double(job.created.timeIntervalSince1970),
        ]
        if let language = job.languageCode { described["LanguageCode"] = .string(language) }
        if job.identified { described["IdentifyLanguage"] = true }
        if job.status != "QUEUED" { described["StartTime"] = .double(job.created.addingTimeInterval(queuedFor).timeIntervalSince1970) }
        if let completed = job.completed { described["CompletionTime"] = .double(completed.timeIntervalSince1970) }
        if let uri = job.transcriptURI { described["Transcript"] = ["TranscriptFileUri": .string(uri)] }
        if let reason = job.failureReason { described["FailureReason"] = .string(reason) }
        if let settings = job.request["Settings"] { described["Settings"] = settings }
        if let subtitles = job.request["Subtitles"] {
            var output = subtitles.objectValue ?? [:]
            if !job.subtitleURIs.isEmpty { output["SubtitleFileUris"] = .array(job.subtitleURIs.map(JSONValue.string)) }
            described["Subtitles"] = .object(output)
        }
        return .object(described)
    }

    private func missing(_ member: String) -> TwinResponse {
        .jsonError("BadRequestException", "1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null")
    }

    private func notFound() -> TwinResponse {
        .jsonError("BadRequestException", "The requested job couldn't be found. Check the job name and try your request again.")
    }
}
