import Foundation

/// AWS Elemental MediaConvert (restJson, signing name `mediaconvert`, paths under `/2017-08-29`): CreateJob, GetJob,
/// ListJobs, CancelJob and the legacy DescribeEndpoints (answered with the twin's own URL).
///
/// A job is SUBMITTED for `queuedFor`, then PROGRESSING (JobPercentComplete rising with the injected clock) for
/// `processingFor`, then COMPLETE with its outputs written by ``MediaConvertRenderer`` — or ERROR with MediaConvert's
/// code and message (1010 for an input it cannot open; 1999 with the scenario's message for an injected failure).
/// Without an ffmpeg (``installedFFmpeg()``) the media files are markers, and the job's user metadata says so:
/// `"mediagen-local:placeholder-outputs": "true"` (``placeholderMetadataKey``). A COMPLETE job's OutputGroupDetails
/// also carry the output paths MediaConvert reports in its COMPLETE event.
public struct TwinMediaConvert: TwinService {
    public let signingNames: Set<String> = ["mediaconvert"]
    /// The user-metadata entry the twin adds to jobs whose media outputs are markers rather than media.
    public static let placeholderMetadataKey = "mediagen-local:placeholder-outputs"
    static let prefix = "/2017-08-29"

    let renderer: MediaConvertRenderer
    let region: String
    let account: String
    let queuedFor: TimeInterval
    let processingFor: TimeInterval
    let now: @Sendable () -> Date
    let jobs = MediaConvertJobStore()

    /// - Parameter ffmpeg: the ffmpeg to transcode with; by default ``installedFFmpeg()`` (nil writes markers).
    public init(storage: any TwinStorage, region: String = "us-east-1", account: String = "123456789012", queuedFor: TimeInterval = 0.5,
                processingFor: TimeInterval = 1.5, ffmpeg: URL? = TwinMediaConvert.installedFFmpeg(), now: @escaping @Sendable () -> Date = Date.init) {
        self.renderer = MediaConvertRenderer(storage: storage, ffmpeg: ffmpeg)
        self.region = region
        self.account = account
        self.queuedFor = queuedFor
        self.processingFor = processingFor
        self.now = now
    }

    /// The ffmpeg to use, if any: `MEDIAGEN_FFMPEG`, then `ffmpeg` on PATH, then imageio-ffmpeg's binary in the venv
    /// (``FFmpegLocator``).
    public static func installedFFmpeg() -> URL? { FFmpegLocator.locate() }

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        let parts = request.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        guard parts.first == "2017-08-29", parts.count >= 2 else { return unknown(request) }
        switch (request.method, parts.count, parts[1]) {
        case ("POST", 2, "jobs"):
            guard let body = try? JSONValue(parsing: request.body.isEmpty ? Data("{}".utf8) : request.body) else {
                return .restError("BadRequestException", "The request body is not valid JSON", status: 400)
            }
            return await create(body, injectedFailure: request.injectedJobFailure)
        case ("GET", 2, "jobs"):
            return await list(query: Self.query(request.query))
        case ("GET", 3, "jobs"):
            guard let job = await advance(parts[2]) else { return notFound(parts[2]) }
            return Self.answer(["job": describe(job)])
        case ("DELETE", 3, "jobs"):
            return await cancel(parts[2])
        case ("POST", 2, "endpoints"):
            let host = request.header("host") ?? "127.0.0.1"
            return Self.answer(["endpoints": [["url": .string("http://\(host)")]]])
        default:
            return unknown(request)
        }
    }

    private func create(_ body: JSONValue, injectedFailure: String?) async -> TwinResponse {
        if let problem = MediaConvertRequestCheck.problem(in: body) { return .restError("BadRequestException", problem, status: 400) }
        var request = body.objectValue ?? [:]
        let created = now()
        let token = request["clientRequestToken"]?.stringValue
        let sequence = await jobs.count
        let seed = PseudoTranslator.hash("\(token ?? "")|\(sequence)|\(created.timeIntervalSince1970)")
        let suffix = String(String(seed, radix: 36).suffix(6))
        let id = "\(Int((created.timeIntervalSince1970 * 1000).rounded(.down)))-\(suffix)"
        if renderer.ffmpeg == nil {
            var metadata = request["userMetadata"]?.objectValue ?? [:]
            metadata[Self.placeholderMetadataKey] = "true"
            request["userMetadata"] = .object(metadata)
        }
        let job = await jobs.insert(MediaConvertJobStore.Job(id: id, request: .object(request), created: created, status: "SUBMITTED",
                                                             injectedFailure: injectedFailure), token: token)
        return Self.answer(["job": describe(job)], status: 201)
    }

    private func list(query: [String: String]) async -> TwinResponse {
        let maxResults = Int(query["maxResults"] ?? "20") ?? 0
        guard (1...20).contains(maxResults) else { return .restError("BadRequestException", "/maxResults: Should be an integer from 1 to 20", status: 400) }
        if let status = query["status"], !["SUBMITTED", "PROGRESSING", "COMPLETE", "CANCELED", "ERROR"].contains(status) {
            return .restError("BadRequestException", "/status: Should be one of [CANCELED, COMPLETE, ERROR, PROGRESSING, SUBMITTED]", status: 400)
        }
        let order = query["order"] ?? "DESCENDING"
        guard order == "ASCENDING" || order == "DESCENDING" else { return .restError("BadRequestException", "/order: Should be one of [ASCENDING, DESCENDING]", status: 400) }
        var matching: [MediaConvertJobStore.Job] = []
        for stored in await jobs.all {
            guard let job = await advance(stored.id) else { continue }
            if let status = query["status"], job.status != status { continue }
            if let queue = query["queue"], queueARN(job) != queueARN(queue) { continue }
            matching.append(job)
        }
        if order == "DESCENDING" { matching.reverse() }
        let start = Int(query["nextToken"] ?? "0") ?? 0
        guard start >= 0, start <= matching.count else { return .restError("BadRequestException", "/nextToken: The token is not valid", status: 400) }
        let page = matching[start..<min(start + maxResults, matching.count)]
        var answer: [String: JSONValue] = ["jobs": .array(page.map(describe))]
        if start + maxResults < matching.count { answer["nextToken"] = .string(String(start + maxResults)) }
        return Self.answer(.object(answer))
    }

    private func cancel(_ id: String) async -> TwinResponse {
        guard var job = await advance(id) else { return notFound(id) }
        guard job.status == "SUBMITTED" || job.status == "PROGRESSING" else {
            return .restError("BadRequestException", "Job [\(id)] is \(job.status) and can no longer be canceled", status: 400)
        }
        job.status = "CANCELED"
        job.finished = now()
        await jobs.update(job)
        return Self.answer([:], status: 202)
    }

    /// The job as of now, finishing it (once) when its time has come.
    func advance(_ id: String) async -> MediaConvertJobStore.Job? {
        guard var job = await jobs.job(id) else { return nil }
        guard job.status == "SUBMITTED" || job.status == "PROGRESSING" else { return job }
        let elapsed = now().timeIntervalSince(job.created)
        if elapsed < queuedFor { return job }
        if job.status == "SUBMITTED" {
            job.status = "PROGRESSING"
            job.started = job.created.addingTimeInterval(queuedFor)
            await jobs.update(job)
        }
        guard elapsed >= queuedFor + processingFor, await jobs.claimFinish(id) else { return job }
        var finished = job
        finished.finished = now()
        if let reason = job.injectedFailure {
            finished.status = "ERROR"
            finished.errorCode = 1999
            finished.errorMessage = reason
        } else {
            switch await renderer.render(jobId: id, settings: job.request["settings"] ?? [:]) {
            case .success(let outcome):
                finished.status = "COMPLETE"
                finished.outputGroupDetails = Self.outputGroupDetails(outcome.plan)
            case .failure(let failure):
                finished.status = "ERROR"
                finished.errorCode = failure.code
                finished.errorMessage = failure.message
            }
        }
        // A cancel that arrived while the outputs were being written stands.
        if let current = await jobs.job(id), current.status == "CANCELED" { return current }
        await jobs.update(finished)
        return finished
    }

    /// Each group's outputs: length and frame size as GetJob reports them, plus the S3 paths MediaConvert reports in its
    /// COMPLETE event (`outputFilePaths`, `playlistFilePaths`, `type`), which SDKs reading GetJob pass over.
    static func outputGroupDetails(_ plan: MediaConvertOutputPlan) -> JSONValue {
        .array(plan.groups.map { group in
            var detail: [String: JSONValue] = ["type": group.isHLS ? "HLS_GROUP" : "FILE_GROUP"]
            if let manifest = group.manifest { detail["playlistFilePaths"] = [.string("s3://\(manifest.bucket)/\(manifest.key)")] }
            detail["outputDetails"] = .array(group.outputs.map { output in
                var detail: [String: JSONValue] = ["outputFilePaths": [.string("s3://\(output.location.bucket)/\(output.location.key)")]]
                if let duration = plan.duration { detail["durationInMs"] = .int(Int((duration * 1000).rounded())) }
                if let width = output.width, let height = output.height { detail["videoDetails"] = ["widthInPx": .int(width), "heightInPx": .int(height)] }
                return .object(detail)
            })
            return .object(detail)
        })
    }

    func queueARN(_ job: MediaConvertJobStore.Job) -> String { queueARN(job.request["queue"]?.stringValue ?? "Default") }

    func queueARN(_ queue: String) -> String { queue.hasPrefix("arn:") ? queue : "arn:aws:mediaconvert:\(region):\(account):queues/\(queue)" }

    func describe(_ job: MediaConvertJobStore.Job) -> JSONValue {
        let request = job.request
        var described: [String: JSONValue] = [
            "id": .string(job.id), "arn": .string("arn:aws:mediaconvert:\(region):\(account):jobs/\(job.id)"),
            "status": .string(job.status), "role": request["role"] ?? .null, "settings": request["settings"] ?? [:],
            "queue": .string(queueARN(job)), "createdAt": .int(Int(job.created.timeIntervalSince1970)),
            "priority": request["priority"] ?? 0, "retryCount": 0, "accelerationStatus": "NOT_APPLICABLE", "billingTagsSource": "JOB",
            "simulateReservedQueue": request["simulateReservedQueue"] ?? "DISABLED", "statusUpdateInterval": request["statusUpdateInterval"] ?? "SECONDS_60",
            "messages": ["info": [], "warning": []], "userMetadata": request["userMetadata"] ?? [:],
        ]
        for member in ["clientRequestToken", "accelerationSettings", "hopDestinations", "jobTemplate"] {
            if let value = request[member] { described[member] = value }
        }
        var timing: [String: JSONValue] = ["submitTime": .int(Int(job.created.timeIntervalSince1970))]
        if let started = job.started { timing["startTime"] = .int(Int(started.timeIntervalSince1970)) }
        if let finished = job.finished { timing["finishTime"] = .int(Int(finished.timeIntervalSince1970)) }
        described["timing"] = .object(timing)
        if job.status == "PROGRESSING" {
            let fraction = (now().timeIntervalSince(job.created) - queuedFor) / max(processingFor, 0.001)
            let percent = min(99, max(0, Int(fraction * 100)))
            described["jobPercentComplete"] = .int(percent)
            described["currentPhase"] = .string(percent < 10 ? "PROBING" : percent < 90 ? "TRANSCODING" : "UPLOADING")
        }
        if let code = job.errorCode { described["errorCode"] = .int(code) }
        if let message = job.errorMessage { described["errorMessage"] = .string(message) }
        if let details = job.outputGroupDetails { described["outputGroupDetails"] = details }
        return .object(described)
    }

    static func answer(_ body: JSONValue, status: Int = 200) -> TwinResponse {
        TwinResponse(status: status, headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", UUID().uuidString.lowercased())],
                     body: body.serializedData())
    }

    static func query(_ query: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0) }
            fields[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return fields
    }

    private func notFound(_ id: String) -> TwinResponse {
        .restError("NotFoundException", "The job \(id) was not found", status: 404)
    }

    private func unknown(_ request: TwinRequest) -> TwinResponse {
        .restError("NotFoundException", "The local twin does not serve \(request.method) \(request.path) for MediaConvert", status: 404)
    }
}
