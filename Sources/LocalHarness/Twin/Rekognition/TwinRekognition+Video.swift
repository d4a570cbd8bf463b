import Foundation

/// Stored-video jobs: Start… validates and creates (or, for a reused ClientRequestToken, finds) the job;
/// Get… finishes it when its time has come and pages its results.
extension TwinRekognition {
    /// Rekognition's page size limit for Get… operations.
    static let maximumResults = 1000
    static let missingVideoMessage = "Unable to get object metadata from S3. Check object key, region and/or access permissions."

    func startVideoJob(_ kind: RekognitionVideoJobs.Kind, _ input: JSONValue, injectedFailure: String?) async -> TwinResponse {
        guard let object = input["Video"]?["S3Object"], let bucket = object["Bucket"]?.stringValue, !bucket.isEmpty,
              let name = object["Name"]?.stringValue, !name.isEmpty else {
            return RekognitionError.invalid("Video.S3Object with Bucket and Name is required").response
        }
        if let channel = input["NotificationChannel"], channel["SNSTopicArn"]?.stringValue == nil || channel["RoleArn"]?.stringValue == nil {
            return RekognitionError.invalid("NotificationChannel needs SNSTopicArn and RoleArn").response
        }
        switch kind {
        case .segments:
            let types = input["SegmentTypes"]?.arrayValue ?? []
            guard !types.isEmpty, types.allSatisfy({ $0 == "SHOT" || $0 == "TECHNICAL_CUE" }) else {
                return RekognitionError.invalid("SegmentTypes must list SHOT and/or TECHNICAL_CUE").response
            }
            for filter in [input["Filters"]?["ShotFilter"], input["Filters"]?["TechnicalCueFilter"]] {
                if let minimum = filter?["MinSegmentConfidence"], !(50...100).contains(minimum.number ?? 0) {
                    return RekognitionError.invalid("MinSegmentConfidence must be between 50 and 100").response
                }
            }
        case .faces:
            if let level = input["FaceAttributes"], level != "DEFAULT" && level != "ALL" {
                return RekognitionError.invalid("FaceAttributes must be DEFAULT or ALL").response
            }
        case .labels:
            if let features = input["Features"]?.arrayValue, features.count > 1 || !features.allSatisfy({ $0 == "GENERAL_LABELS" }) {
                return RekognitionError.invalid("Features must be GENERAL_LABELS").response
            }
        default: break
        }
        let token = input["ClientRequestToken"]?.stringValue
        var draw = DeterministicDraw(data: Data("\(kind.name)/\(token ?? UUID().uuidString)".utf8))
        let id = (0..<4).map { _ in String(draw.next(), radix: 16).leftPadded(to: 16) }.joined()
        let job = RekognitionVideoJobs.Job(id: id, kind: kind, request: input, created: now(), injectedFailure: injectedFailure)
        switch await jobs.start(job, token: token) {
        case .success(let started): return .json(["JobId": .string(started.id)])
        case .failure(let error): return error.response
        }
    }

    func getVideoJob(_ kind: RekognitionVideoJobs.Kind, _ input: JSONValue) async -> TwinResponse {
        guard let id = input["JobId"]?.stringValue, !id.isEmpty else { return RekognitionError.invalid("JobId is required").response }
        if let maximum = input["MaxResults"], (maximum.number ?? 0) < 1 { return RekognitionError.invalid("MaxResults must be at least 1").response }
        let sortBy = input["SortBy"]?.stringValue
        let allowedSorts: Set<String> = kind == .celebrities ? ["ID", "TIMESTAMP"] : kind == .labels || kind == .moderation ? ["NAME", "TIMESTAMP"] : []
        if let sortBy, !allowedSorts.contains(sortBy) { return RekognitionError.invalid("SortBy \(sortBy) is not valid here").response }
        let aggregateBy = input["AggregateBy"]?.stringValue
        if let aggregateBy, !(kind == .labels || kind == .moderation) || !["TIMESTAMPS", "SEGMENTS"].contains(aggregateBy) {
            return RekognitionError.invalid("AggregateBy \(aggregateBy) is not valid here").response
        }
        guard var job = await jobs.job(id), job.kind == kind else { return RekognitionError.notFound.response }
        if job.status == "IN_PROGRESS", now().timeIntervalSince(job.created) >= processingFor {
            job = await finish(job)
            await jobs.update(job)
        }
        var output: [String: JSONValue] = ["JobStatus": .string(job.status), "JobId": .string(job.id), "Video": job.request["Video"] ?? .null]
        if let tag = job.request["JobTag"] { output["JobTag"] = tag }
        if let message = job.statusMessage { output["StatusMessage"] = .string(message) }
        if kind == .labels || kind == .moderation {
            output["GetRequestMetadata"] = ["SortBy": .string(sortBy ?? "TIMESTAMP"), "AggregateBy": .string(aggregateBy ?? "TIMESTAMPS")]
        }
        guard job.status == "SUCCEEDED" else { return .json(.object(output)) }
        if kind == .segments {
            output["VideoMetadata"] = [job.videoMetadata ?? .null]
            output["AudioMetadata"] = [job.audioMetadata ?? .null]
            output["SelectedSegmentTypes"] = .array((job.request["SegmentTypes"]?.arrayValue ?? []).map { ["Type": $0, "ModelVersion": "1.0"] })
        } else {
            output["VideoMetadata"] = job.videoMetadata ?? .null
        }
        if let versionKey = kind.versionKey {
            output[versionKey] = .string(kind == .moderation ? ModerationTaxonomy.modelVersion : RekognitionImageAnalysis.labelModelVersion)
        }
        var detections = job.detections
        if aggregateBy == "SEGMENTS" { detections = VideoResults.aggregate(detections, kind: kind) }
        detections = VideoResults.sort(detections, kind: kind, by: sortBy)
        let pageSize = min(Self.maximumResults, Int(input["MaxResults"]?.number ?? Double(Self.maximumResults)))
        var offset = 0
        if let token = input["NextToken"]?.stringValue {
            guard let parsed = VideoResults.offset(token, jobId: job.id), parsed <= detections.count else { return RekognitionError.invalidToken.response }
            offset = parsed
        }
        let end = min(detections.count, offset + pageSize)
        output[kind.listKey] = .array(Array(detections[offset..<end]))
        if end < detections.count { output["NextToken"] = .string(VideoResults.token(jobId: job.id, offset: end)) }
        return .json(.object(output))
    }

    /// Reads the video and computes every result of the job's kind, or fails it with the service's message.
    private func finish(_ job: RekognitionVideoJobs.Job) async -> RekognitionVideoJobs.Job {
        var job = job
        if let reason = job.injectedFailure {
            job.status = "FAILED"
            job.statusMessage = reason
            return job
        }
        let bytes: Data
        let location: S3Location
        switch await media.read(job.request["Video"]?["S3Object"] ?? .null) {
        case .failure:
            job.status = "FAILED"
            job.statusMessage = Self.missingVideoMessage
            return job
        case .success(let (data, place)):
            bytes = data
            location = place
        }
        let sidecar: JSONValue?
        switch await media.sidecar(location) {
        case .failure(let error):
            job.status = "FAILED"
            job.statusMessage = error.message
            return job
        case .success(let value): sidecar = value
        }
        var analysis: FFmpegAnalysis?
        if sidecar?["VideoMetadata"] == nil, let ffmpeg { analysis = await FFmpegAnalysis.run(bytes, executable: ffmpeg) }
        let timeline = VideoTimeline(bytes: bytes, sidecar: sidecar, ffmpeg: analysis)
        job.videoMetadata = timeline.videoMetadata
        job.audioMetadata = timeline.audioMetadata
        let minConfidence = job.request["MinConfidence"]?.number ?? 50
        switch job.kind {
        case .segments:
            let types = Set((job.request["SegmentTypes"]?.arrayValue ?? []).compactMap(\.stringValue))
            job.detections = timeline.segments(types: types, filters: job.request["Filters"], sidecar: sidecar)
        case .labels:
            if let given = sidecar?["GetLabelDetection"]?["Labels"]?.arrayValue {
                job.detections = given.compactMap { item in
                    guard let label = item["Label"], (label["Confidence"]?.number ?? 99) >= minConfidence else { return nil }
                    return ["Timestamp": item["Timestamp"] ?? 0, "Label": RekognitionImageAnalysis.completeLabel(label)]
                }
            } else {
                job.detections = timeline.labelDetections(minConfidence: minConfidence)
            }
        case .moderation:
            var detections: [JSONValue] = []
            for item in sidecar?["GetContentModeration"]?["ModerationLabels"]?.arrayValue ?? [] {
                switch RekognitionImageAnalysis.moderationLabels([item["ModerationLabel"] ?? .null], minConfidence: minConfidence) {
                case .failure(let error):
                    job.status = "FAILED"
                    job.statusMessage = error.message
                    return job
                case .success(let labels):
                    detections += labels.map { ["Timestamp": item["Timestamp"] ?? 0, "ModerationLabel": $0, "ContentTypes": item["ContentTypes"] ?? []] }
                }
            }
            job.detections = detections
        case .faces:
            job.detections = sidecar?["GetFaceDetection"]?["Faces"]?.arrayValue
                ?? timeline.faceDetections(all: job.request["FaceAttributes"] == "ALL")
        default:
            job.detections = sidecar?["GetCelebrityRecognition"]?["Celebrities"]?.arrayValue ?? []
        }
        job.status = "SUCCEEDED"
        return job
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { count >= length ? self : String(repeating: "0", count: length - count) + self }
}
