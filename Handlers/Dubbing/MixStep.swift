import AWSClients
import Foundation
import HandlerKit
import LambdaRuntime
import MediaKit

/// `mix`: a language's fitted cues become the QC report, the timeline and the dub track — a WAV rendered in
/// chunks (the clips placed on the timeline; for `duck`, over the original audio lowered while a clip plays),
/// uploaded in parts — and the settings of the MediaConvert job that lays the track over the video.
struct MixStep: Sendable {
    let configuration: DubbingConfiguration
    let s3: S3Client
    let jobs: JobSteps
    /// The dub track's rate (MediaConvert's and the original extract's).
    static let sampleRate = 48_000
    /// S3 parts are at least 5 MiB (the last may be smaller).
    static let partBytes = 6 * 1024 * 1024

    func callAsFunction(_ state: DubbingState) async throws -> DubbingState {
        guard let language = state.language else { throw StepError(errorType: "InvalidStepInput", message: "mix needs language") }
        return try await jobs.run(jobId: state.jobId, name: "mix-\(language)", progress: (start: 70, end: 80)) {
            let bucket = configuration.outputsBucket
            var fitted: [FittedCue] = []
            for key in try await s3.listAllKeys(bucket: bucket, prefix: DubbingKeys.fittedPrefix(state.jobId, language)) {
                fitted += try JSONDecoder().decode([FittedCue].self, from: try await s3.getObject(bucket: bucket, key: key).body)
            }
            fitted.sort { $0.index < $1.index }
            let report = DubbingQCReport(language: language, fitted: fitted)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: DubbingKeys.qc(state.jobId, language), body: try encoder.encode(report), contentType: "application/json"))

            let original = state.request.mix == "duck" ? try await OriginalAudio.open(s3: s3, bucket: bucket, key: DubbingKeys.original(state.jobId)) : nil
            let rate = original?.sampleRate ?? Self.sampleRate
            let keys = Dictionary(uniqueKeysWithValues: fitted.map { ($0.index, DubbingKeys.clip(state.jobId, language, index: $0.index)) })
            let timeline: DubTimeline
            do {
                timeline = try DubTimeline(fitted: fitted, keys: keys, sampleRate: rate, minimumDuration: original.map { Double($0.frames) / Double($0.sampleRate) } ?? 0)
            } catch {
                throw StepError(errorType: "TimelineOverlap", message: "\(error)")
            }
            _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: DubbingKeys.timeline(state.jobId, language), body: try encoder.encode(timeline),
                                                        contentType: "application/json"))
            let channels = original?.channels ?? 1
            try await render(timeline, original: original, channels: channels, to: DubbingKeys.track(state.jobId, language))

            var next = state
            next.render = RenderJob(
                settings: RenderSettings.dubbedVideo(source: "s3://\(configuration.uploadsBucket)/\(state.request.source)",
                                                     track: "s3://\(bucket)/\(DubbingKeys.track(state.jobId, language))",
                                                     destination: "s3://\(bucket)/\(DubbingKeys.renderDestination(state.jobId, language))", channels: channels),
                token: "\(state.jobId)-\(language)")
            var outputs = state.outputs ?? [:]
            outputs["video:\(language)"] = DubbingKeys.video(state.jobId, language)
            outputs["audio:\(language)"] = DubbingKeys.audio(state.jobId, language)
            outputs["qc:\(language)"] = DubbingKeys.qc(state.jobId, language)
            outputs["timeline:\(language)"] = DubbingKeys.timeline(state.jobId, language)
            next.outputs = outputs
            let summary = report.summary
            return (output: next, detail: "\(timeline.clips.count) clips over \(String(format: "%.1f", timeline.duration)) s; \(summary.overflow) could not fit")
        }
    }

    /// Renders the track chunk by chunk and uploads it (one PUT when small, else a multipart upload, aborted on failure).
    private func render(_ timeline: DubTimeline, original: OriginalAudio?, channels: Int, to key: String) async throws {
        let bucket = configuration.outputsBucket
        let rate = timeline.sampleRate
        let totalFrames = max(Int((timeline.duration * Double(rate)).rounded(.up)), original?.frames ?? 0)
        let framesPerChunk = Self.partBytes / (2 * channels)
        var clips = ClipCache(s3: s3, bucket: bucket, sampleRate: rate)
        var uploadId: String?
        var parts: [S3CompletedPart] = []
        var pending = WAVHeader.bytes(sampleRate: rate, channels: channels, frameCount: totalFrames)
        do {
            var from = 0
            while from < totalFrames || from == 0 {
                let to = min(from + framesPerChunk, totalFrames)
                let originalChunk = try await original?.frames(from..<to, s3: s3)
                let placed = try await clips.clips(overlapping: from..<to, in: timeline)
                let samples = DubMixer.render(frames: from..<to, sampleRate: rate, channels: channels, clips: placed, original: originalChunk)
                samples.withUnsafeBufferPointer { pending.append(contentsOf: UnsafeRawBufferPointer($0)) }
                if pending.count >= Self.partBytes {
                    if uploadId == nil { uploadId = try await s3.createMultipartUpload(S3PutObjectInput(bucket: bucket, key: key, body: Data(), contentType: "audio/wav")) }
                    parts.append(try await s3.uploadPart(bucket: bucket, key: key, uploadId: uploadId!, partNumber: parts.count + 1, body: pending))
                    pending = Data()
                }
                if to >= totalFrames { break }
                from = to
            }
            if let uploadId {
                if !pending.isEmpty { parts.append(try await s3.uploadPart(bucket: bucket, key: key, uploadId: uploadId, partNumber: parts.count + 1, body: pending)) }
                _ = try await s3.completeMultipartUpload(bucket: bucket, key: key, uploadId: uploadId, parts: parts)
            } else {
                _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: key, body: pending, contentType: "audio/wav"))
            }
        } catch {
            if let uploadId { try? await s3.abortMultipartUpload(bucket: bucket, key: key, uploadId: uploadId) }
            throw error
        }
    }
}
