import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// The MediaConvert twin transcoding with a real ffmpeg (`MEDIAGEN_FFMPEG`, PATH, or imageio-ffmpeg's binary in the
/// venv — `make test` installs it from requirements-dev.txt): inputs made by ffmpeg, jobs created through our client,
/// outputs read back from S3 (moto) and checked by ffmpeg decoding them.
@Suite("Local twin: MediaConvert with a real ffmpeg", .serialized, .motoServer,
       .enabled(if: FFmpegLocator.locate() != nil, "no ffmpeg found: set MEDIAGEN_FFMPEG, put ffmpeg on PATH or pip install imageio-ffmpeg into the venv"))
struct TwinMediaConvertFFmpegTests {
    struct Twin {
        var s3: S3Client
        var client: MediaConvertClient
        var ffmpeg: URL
        var folder: URL
    }

    static func withTwin(_ body: (Twin) async throws -> Void) async throws {
        let ffmpeg = try #require(FFmpegLocator.locate())
        let moto = try #require(MotoServer.current).connection
        var direct = TwinTests.configuration(port: 0, accessKey: moto.accessKeyId, secret: moto.secretAccessKey)
        direct.endpoint = moto.endpoint
        let s3 = try S3Client(direct)
        // Due at once: the first GetJob renders the outputs.
        let twin = TwinMediaConvert(storage: S3TwinStorage(s3), queuedFor: 0, processingFor: 0, ffmpeg: ffmpeg)
        let server = TwinServer(services: [twin], verifier: TwinSignatureVerifier(secrets: [moto.accessKeyId: moto.secretAccessKey]),
                                forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mc-ffmpeg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = try MediaConvertClient(TwinTests.configuration(port: running.port, accessKey: moto.accessKeyId, secret: moto.secretAccessKey))
        do { try await body(Twin(s3: s3, client: client, ffmpeg: ffmpeg, folder: folder)) } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    /// Runs ffmpeg; returns its stdout and stderr (a failing run is fine: `ffmpeg -i file` alone exits 1).
    static func ffmpeg(_ executable: URL, _ arguments: [String]) throws -> (out: Data, err: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-hide_banner", "-nostdin"] + arguments
        // stderr goes to a file so a full pipe cannot stall ffmpeg while stdout is read.
        let errorsFile = FileManager.default.temporaryDirectory.appendingPathComponent("ffmpeg-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorsFile) }
        let out = Pipe()
        let errors = try FileHandle(forWritingTo: errorsFile)
        process.standardOutput = out
        process.standardError = errors
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        return (output, String(decoding: try Data(contentsOf: errorsFile), as: UTF8.self))
    }

    /// What `ffmpeg -i` says of a file: its duration in seconds and its stream lines.
    struct Probe {
        var duration: Double?
        var streams: [String]
        var video: String? { streams.first { $0.contains("Video:") } }
        var audio: String? { streams.first { $0.contains("Audio:") } }
    }

    static func probe(_ twin: Twin, bucket: String, key: String) async throws -> (Probe, URL) {
        let data = try await twin.s3.getObject(bucket: bucket, key: key).body
        let file = twin.folder.appendingPathComponent(UUID().uuidString + "-" + String(key.split(separator: "/").last ?? "file"))
        try data.write(to: file)
        let text = try ffmpeg(twin.ffmpeg, ["-i", file.path]).err
        var duration: Double?
        if let range = text.range(of: "Duration: ") {
            let parts = text[range.upperBound...].prefix(11).split(separator: ":").compactMap { Double($0) }
            if parts.count == 3 { duration = parts[0] * 3600 + parts[1] * 60 + parts[2] }
        }
        let streams = text.split(separator: "\n").map(String.init).filter { $0.contains("Stream #") }
        return (Probe(duration: duration, streams: streams), file)
    }

    /// The dominant frequency of the first second of a file's audio, from zero crossings of its decoded mono samples.
    static func frequency(_ twin: Twin, file: URL) throws -> Double {
        let pcm = try ffmpeg(twin.ffmpeg, ["-loglevel", "error", "-i", file.path, "-map", "0:a:0", "-t", "1", "-ac", "1", "-ar", "48000", "-f", "s16le", "-"]).out
        let samples = pcm.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
        var crossings = 0
        for index in 1..<samples.count where (samples[index - 1] < 0) != (samples[index] < 0) { crossings += 1 }
        return Double(crossings) / 2 / (Double(samples.count) / 48_000)
    }

    /// Makes the test inputs with ffmpeg and uploads them: a 4 s 320x240 video with a 440 Hz tone, and a 4 s 1000 Hz WAV.
    static func upload(_ twin: Twin) async throws {
        let video = twin.folder.appendingPathComponent("match.mp4")
        let wav = twin.folder.appendingPathComponent("dub.wav")
        _ = try ffmpeg(twin.ffmpeg, ["-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-f", "lavfi", "-i",
                                     "sine=frequency=440:sample_rate=48000", "-t", "4", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", video.path])
        _ = try ffmpeg(twin.ffmpeg, ["-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000", "-t", "4", wav.path])
        _ = try await twin.s3.client.s3("PUT", bucket: "media")
        _ = try await twin.s3.client.s3("PUT", bucket: "out")
        _ = try await twin.s3.putObject(S3PutObjectInput(bucket: "media", key: "in/match.mp4", body: try Data(contentsOf: video)))
        _ = try await twin.s3.putObject(S3PutObjectInput(bucket: "media", key: "in/dub.wav", body: try Data(contentsOf: wav)))
    }

    static func run(_ twin: Twin, _ settings: MediaConvert.JobSettings) async throws -> MediaConvert.Job {
        let created = try await twin.client.createJob(MediaConvert.CreateJobInput(role: "arn:aws:iam::123456789012:role/MediaConvert", settings: settings,
                                                                                   userMetadata: ["jobId": "ffmpeg"]))
        let job = try await twin.client.getJob(id: try #require(created.id))
        #expect(job.status == .complete, "\(job.errorCode ?? 0) \(job.errorMessage ?? "")")
        #expect(job.userMetadata == ["jobId": "ffmpeg"], "no placeholder marker when ffmpeg really transcodes")
        return job
    }

    @Test("an MP4 (H.264 + AAC) and an HLS group are really transcoded: frame size, streams, duration, playlist and segments")
    func mp4AndHLS() async throws {
        try await Self.withTwin { twin in
            try await Self.upload(twin)
            let rendition = MediaConvert.VideoRendition(width: 160, height: 120, bitrate: 400_000, frameRate: .fps25, scalingBehavior: .fit)
            let job = try await Self.run(twin, MediaConvert.JobSettings(inputs: [.video("s3://media/in/match.mp4")], outputGroups: [
                .mp4Files(destination: "s3://out/files/", renditions: [rendition]),
                .hlsLadder(destination: "s3://out/hls/match", renditions: [rendition], segmentLength: 1),
            ]))
            #expect(job.outputGroupDetails?.first?.outputDetails?.first?.durationInMs.map { abs($0 - 4000) <= 100 } == true)

            let (mp4, _) = try await Self.probe(twin, bucket: "out", key: "files/match_120p.mp4")
            #expect(mp4.duration.map { abs($0 - 4) < 0.15 } == true, "\(mp4)")
            #expect(mp4.streams.count == 2)
            #expect(mp4.video?.contains("h264") == true && mp4.video?.contains("160x120") == true, "\(mp4.streams)")
            #expect(mp4.audio?.contains("aac") == true && mp4.audio?.contains("48000 Hz") == true, "\(mp4.streams)")

            let playlist = String(decoding: try await twin.s3.getObject(bucket: "out", key: "hls/match_120p.m3u8").body, as: UTF8.self)
            let segments = playlist.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
            #expect(playlist.hasPrefix("#EXTM3U") && playlist.contains("#EXT-X-ENDLIST"))
            #expect(segments.count >= 3 && segments.first == "match_120p_00001.ts", "\(playlist)")
            var total = 0.0
            for segment in segments {
                let (probe, _) = try await Self.probe(twin, bucket: "out", key: "hls/" + segment)
                #expect(probe.video?.contains("h264") == true && probe.audio?.contains("aac") == true, "\(segment): \(probe.streams)")
                total += probe.duration ?? 0
            }
            #expect(abs(total - 4) < 0.5, "segments last \(total) s")
            let main = String(decoding: try await twin.s3.getObject(bucket: "out", key: "hls/match.m3u8").body, as: UTF8.self)
            #expect(main.contains("match_120p.m3u8"))
        }
    }

    @Test("AudioSourceName picks the selector: an external WAV replaces the input's audio, the default keeps it; audio-only MP4 and RAW WAV outputs; clipping")
    func audioSelectorsAndAudioOnly() async throws {
        try await Self.withTwin { twin in
            try await Self.upload(twin)
            var input = MediaConvert.Input.clip("s3://media/in/match.mp4", from: 0.5, to: 3.5)
                .replacingAudio(with: "s3://media/in/dub.wav", selectorName: "Dub")
            input.audioSelectors?[MediaConvert.defaultAudioSelector] = MediaConvert.AudioSelector(defaultSelection: .default)
            let rendition = MediaConvert.VideoRendition(width: 160, height: 120, bitrate: 400_000, nameModifier: "_dub")
            let aac = MediaConvert.AudioCodecSettings.aac(MediaConvert.AacSettings())
            let outputs = [
                MediaConvert.Output(nameModifier: "_dub", containerSettings: MediaConvert.ContainerSettings(container: .mp4),
                                    videoDescription: rendition.videoDescription,
                                    audioDescriptions: [MediaConvert.AudioDescription(audioSourceName: "Dub", codecSettings: aac)]),
                MediaConvert.Output(nameModifier: "_audio", containerSettings: MediaConvert.ContainerSettings(container: .mp4),
                                    audioDescriptions: [MediaConvert.AudioDescription(codecSettings: aac)]),
                MediaConvert.Output(nameModifier: "_voice", containerSettings: MediaConvert.ContainerSettings(container: .raw),
                                    audioDescriptions: [MediaConvert.AudioDescription(
                                        audioSourceName: "Dub", codecSettings: .wav(MediaConvert.WavSettings(bitDepth: 24, channels: 1, sampleRate: 44_100)))]),
            ]
            let job = try await Self.run(twin, MediaConvert.JobSettings(inputs: [input], outputGroups: [
                MediaConvert.OutputGroup(name: "Mix", outputGroupSettings: .file(MediaConvert.FileGroupSettings(destination: "s3://out/mix/match")), outputs: outputs),
            ]))
            let paths = job.outputGroupDetails?.first?.outputDetails?.compactMap { $0.outputFilePaths?.first }
            #expect(paths == ["s3://out/mix/match_dub.mp4", "s3://out/mix/match_audio.mp4", "s3://out/mix/match_voice.wav"])

            let (dubbed, dubbedFile) = try await Self.probe(twin, bucket: "out", key: "mix/match_dub.mp4")
            #expect(dubbed.duration.map { abs($0 - 3) < 0.15 } == true, "clipped to 3 s: \(dubbed)")
            #expect(dubbed.video != nil && dubbed.audio?.contains("aac") == true)
            #expect(abs(try Self.frequency(twin, file: dubbedFile) - 1000) < 30, "the dub's 1000 Hz tone")

            let (audioOnly, audioFile) = try await Self.probe(twin, bucket: "out", key: "mix/match_audio.mp4")
            #expect(audioOnly.video == nil && audioOnly.streams.count == 1 && audioOnly.audio?.contains("aac") == true, "\(audioOnly.streams)")
            #expect(audioOnly.duration.map { abs($0 - 3) < 0.15 } == true, "\(audioOnly)")
            #expect(abs(try Self.frequency(twin, file: audioFile) - 440) < 20, "the input's own 440 Hz tone")

            let wavData = try await twin.s3.getObject(bucket: "out", key: "mix/match_voice.wav").body
            let bytes = [UInt8](wavData)
            func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
            func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
            #expect(bytes.count > 44 && String(decoding: bytes[0..<4], as: UTF8.self) == "RIFF" && String(decoding: bytes[8..<12], as: UTF8.self) == "WAVE")
            #expect(String(decoding: bytes[12..<16], as: UTF8.self) == "fmt ")
            #expect(u16(22) == 1 && u32(24) == 44_100 && u16(34) == 24, "mono, 44.1 kHz, 24-bit")
            let (wav, wavFile) = try await Self.probe(twin, bucket: "out", key: "mix/match_voice.wav")
            #expect(wav.audio?.contains("pcm_s24le") == true && wav.video == nil, "\(wav.streams)")
            #expect(wav.duration.map { abs($0 - 3) < 0.1 } == true, "\(wav)")
            #expect(abs(try Self.frequency(twin, file: wavFile) - 1000) < 30)
        }
    }
}
