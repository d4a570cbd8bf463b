import Foundation

/// Produces a finished job's outputs in S3 through ``TwinStorage``: reads the inputs (a missing one fails the job
/// with MediaConvert's 1010 file access error), then with an ffmpeg (``FFmpegLocator``) really transcodes each output
/// (``FFmpegCommand``); without it writes a short marker text at every key MediaConvert would write media to. The
/// HLS manifests and sidecar captions are real either way.
struct MediaConvertRenderer: Sendable {
    /// What ends a job in ERROR: MediaConvert's numeric code and message.
    struct Failure: Error, Equatable {
        var code: Int
        var message: String
    }

    struct Outcome: Sendable {
        var plan: MediaConvertOutputPlan
        /// True when media files are markers, not media (no ffmpeg).
        var placeholders: Bool
    }

    let storage: any TwinStorage
    let ffmpeg: URL?

    func render(jobId: String, settings: JSONValue) async -> Result<Outcome, Failure> {
        let inputs = settings["inputs"]?.arrayValue ?? []
        var media: [Data] = []
        var audio: [String: Data] = [:]
        var captions: [String: (format: String, text: String)] = [:]
        do {
            for input in inputs {
                let uri = input["fileInput"]?.stringValue ?? ""
                media.append(try await read(uri))
                for (_, selector) in input["audioSelectors"]?.objectValue ?? [:] {
                    if let external = selector["externalAudioFileInput"]?.stringValue { audio[external] = try await read(external) }
                }
                for (name, selector) in input["captionSelectors"]?.objectValue ?? [:] {
                    let source = selector["sourceSettings"]
                    if let file = source?["fileSourceSettings"]?["sourceFile"]?.stringValue {
                        captions[name] = (source?["sourceType"]?.stringValue ?? "", String(decoding: try await read(file), as: UTF8.self))
                    }
                }
            }
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(code: 1010, message: "\(error)"))
        }
        let plan = MediaConvertOutputPlan(settings: settings, inputDurations: media.map(MP4Probe.duration(of:)))
        do {
            if let ffmpeg {
                try await transcode(ffmpeg: ffmpeg, jobId: jobId, settings: settings, plan: plan, media: media, audio: audio)
            }
            for file in plan.files {
                let data: Data
                switch file.content {
                case .manifest(let text):
                    if ffmpeg != nil, !file.location.key.hasSuffix(".m3u8") || isVariant(file, plan) { continue }
                    data = Data(text.utf8)
                case .media:
                    if ffmpeg != nil { continue }
                    data = Data(Self.marker(jobId: jobId, location: file.location).utf8)
                case .captions(let group, let output, let format, let segment):
                    let selector = plan.groups[group].outputs[output].captionSelector ?? ""
                    data = Data(Self.captions(captions[selector], format: format, segment: segment, location: file.location, jobId: jobId).utf8)
                }
                try await storage.put(bucket: file.location.bucket, key: file.location.key, data: data, contentType: file.contentType)
            }
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(code: 3450, message: "Unable to write to output: [\(error)]"))
        }
        return .success(Outcome(plan: plan, placeholders: ffmpeg == nil))
    }

    /// The marker written where MediaConvert writes media when ffmpeg is not installed.
    static func marker(jobId: String, location: S3Location) -> String {
        "mediagen-local placeholder output\njob: \(jobId)\nkey: s3://\(location.bucket)/\(location.key)\n"
            + "ffmpeg is not on PATH, so the local twin wrote this marker where MediaConvert writes media.\n"
    }

    /// A captions output from its selector's sidecar file, converted; an HLS WebVTT output keeps every cue in its first segment.
    static func captions(_ source: (format: String, text: String)?, format: String, segment: Int?, location: S3Location, jobId: String) -> String {
        if let segment, segment > 1 { return "WEBVTT\n" }
        guard let source else { return marker(jobId: jobId, location: location) }
        if source.format == format { return source.text }
        return CaptionsConversion.convert(source.text, from: source.format, to: format) ?? marker(jobId: jobId, location: location)
    }

    private func isVariant(_ file: MediaConvertOutputPlan.File, _ plan: MediaConvertOutputPlan) -> Bool {
        plan.groups.contains { group in group.isHLS && group.outputs.contains { $0.location == file.location && $0.captionFormat == nil } }
    }

    private func read(_ uri: String) async throws -> Data {
        guard let location = S3Location(uri: uri) else {
            throw Failure(code: 1010, message: "Unable to open input file [\(uri)]: [Failed probe/open: [the local twin reads inputs from Amazon S3 only]]")
        }
        guard let data = try await storage.get(bucket: location.bucket, key: location.key) else {
            throw Failure(code: 1010, message: "Unable to open input file [\(uri)]: [Failed probe/open: [Can't read input stream: [Failed to read data: The specified key does not exist.]]]")
        }
        return data
    }

    /// Runs ffmpeg once per media output and uploads what it wrote (the MP4, or the HLS playlist and segments).
    private func transcode(ffmpeg: URL, jobId: String, settings: JSONValue, plan: MediaConvertOutputPlan, media: [Data], audio: [String: Data]) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("mediagen-mediaconvert-\(jobId)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var inputs: [(video: String, selectors: [String: String], clips: [FFmpegCommand.Clip])] = []
        for (index, input) in (settings["inputs"]?.arrayValue ?? []).enumerated() {
            let video = directory.appendingPathComponent("input\(index)")
            try media[index].write(to: video)
            var selectors: [String: String] = [:]
            for (name, selector) in (input["audioSelectors"]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
                if let uri = selector["externalAudioFileInput"]?.stringValue, let data = audio[uri] {
                    let file = directory.appendingPathComponent("audio\(index)-\(selectors.count)")
                    try data.write(to: file)
                    selectors[name] = file.path
                }
            }
            let clips = (input["inputClippings"]?.arrayValue ?? []).map { clip in
                FFmpegCommand.Clip(start: clip["startTimecode"]?.stringValue.flatMap { MediaConvertOutputPlan.seconds(timecode: $0, framesPerSecond: 30) },
                                   end: clip["endTimecode"]?.stringValue.flatMap { MediaConvertOutputPlan.seconds(timecode: $0, framesPerSecond: 30) })
            }
            inputs.append((video.path, selectors, clips))
        }
        for (groupIndex, group) in plan.groups.enumerated() {
            for (outputIndex, output) in group.outputs.enumerated() where output.captionFormat == nil {
                let folder = directory.appendingPathComponent("out-\(groupIndex)-\(outputIndex)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let name = String(output.location.key.split(separator: "/").last ?? "output")
                let stem = name.hasSuffix(".m3u8") ? String(name.dropLast(5)) : name
                let hls = group.isHLS ? FFmpegCommand.HLSTarget(segmentLength: group.segmentLength, segmentPattern: folder.appendingPathComponent("\(stem)_%05d.ts").path) : nil
                // The output's AudioSourceName picks each input's selector: an external file when that selector has one, else
                // the input's own audio.
                let sources = inputs.map { input in
                    FFmpegCommand.Source(video: input.video, externalAudio: output.audioSelector.flatMap { input.selectors[$0] }, clips: input.clips)
                }
                let arguments = FFmpegCommand.arguments(sources: sources, output: output, hls: hls, destination: folder.appendingPathComponent(name).path)
                try await Self.run(ffmpeg, arguments)
                let prefix = output.location.key.contains("/") ? String(output.location.key[...output.location.key.lastIndex(of: "/")!]) : ""
                for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                    let data = try Data(contentsOf: folder.appendingPathComponent(file))
                    let type = file.hasSuffix(".m3u8") ? "application/vnd.apple.mpegurl" : file.hasSuffix(".ts") ? "video/MP2T" : MediaConvertOutputPlan.contentType(output.fileExtension)
                    try await storage.put(bucket: output.location.bucket, key: prefix + file, data: data, contentType: type)
                }
            }
        }
    }

    private static func run(_ executable: URL, _ arguments: [String]) async throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        guard status == 0 else {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Failure(code: 1040, message: "ffmpeg could not transcode the input (exit \(status)): \(text.suffix(400))")
        }
    }
}
