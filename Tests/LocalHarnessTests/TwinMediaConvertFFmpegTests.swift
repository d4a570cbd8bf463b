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
        _ = FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
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
            #expect(job.outputGroupDetails?.first?.outputDetails?.count == 3)

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

@Suite("Local twin: where ffmpeg is found")
struct FFmpegLocatorTests {
    @Test("MEDIAGEN_FFMPEG first, then ffmpeg on PATH, then imageio-ffmpeg's binary in MEDIAGEN_PYTHON's venv or a .venv above the working directory")
    func order() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("ffmpeg-locator-\(UUID().uuidString.prefix(8))")
        defer { try? manager.removeItem(at: root) }
        func executable(_ path: String) throws -> URL {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = manager.createFile(atPath: url.path, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
            return url
        }
        let explicit = try executable("custom/my-ffmpeg")
        let onPath = try executable("bin/ffmpeg")
        let pythonVenv = try executable("py/lib/python3.12/site-packages/imageio_ffmpeg/binaries/ffmpeg-linux-x86_64-v9.0.2")
        let repoVenv = try executable("repo/.venv/lib/python3.11/site-packages/imageio_ffmpeg/binaries/ffmpeg-linux-x86_64-v9.0.2")
        try manager.createDirectory(at: root.appendingPathComponent("repo/Sources/deep"), withIntermediateDirectories: true)
        let python = root.appendingPathComponent("py/bin/python").path
        let nowhere = root.appendingPathComponent("none").path
        let all = ["MEDIAGEN_FFMPEG": explicit.path, "PATH": "/nonexistent:" + onPath.deletingLastPathComponent().path, "MEDIAGEN_PYTHON": python]
        let deep = root.appendingPathComponent("repo/Sources/deep").path
        #expect(FFmpegLocator.locate(environment: all, workingDirectory: deep)?.path == explicit.path)
        #expect(FFmpegLocator.locate(environment: all.merging(["MEDIAGEN_FFMPEG": nowhere]) { $1 }, workingDirectory: deep)?.path == onPath.path)
        #expect(FFmpegLocator.locate(environment: ["PATH": "/nonexistent", "MEDIAGEN_PYTHON": python], workingDirectory: deep)?.path == pythonVenv.path)
        #expect(FFmpegLocator.locate(environment: ["PATH": "/nonexistent"], workingDirectory: deep)?.path == repoVenv.path)
        #expect(FFmpegLocator.locate(environment: ["PATH": "/nonexistent"], workingDirectory: nowhere) == nil)
    }
}

@Suite("Local twin: MediaConvert audio-only outputs in the plan and the ffmpeg command")
struct MediaConvertAudioOutputPlanTests {
    @Test("a RAW WAV output is named .wav and encoded as PCM with WavSettings (channels 0 follows the input); an audio-only MP4 has no video")
    func wavAndAudioOnly() throws {
        let settings: JSONValue = [
            "inputs": [["fileInput": "s3://media/in/match.mp4", "audioSelectors": ["Dub": ["externalAudioFileInput": "s3://media/in/dub.wav"]]]],
            "outputGroups": [["name": "Mix", "outputGroupSettings": ["type": "FILE_GROUP_SETTINGS", "fileGroupSettings": ["destination": "s3://out/mix/"]],
                              "outputs": [
                                ["nameModifier": "_voice", "containerSettings": ["container": "RAW"],
                                 "audioDescriptions": [["audioSourceName": "Dub", "codecSettings": ["codec": "WAV", "wavSettings": ["bitDepth": 24, "channels": 0, "sampleRate": 44_100]]]]],
                                ["nameModifier": "_audio", "containerSettings": ["container": "MP4"],
                                 "audioDescriptions": [["codecSettings": ["codec": "AAC", "aacSettings": ["bitrate": 64_000, "codingMode": "CODING_MODE_1_0", "sampleRate": 44_100]]]]],
                              ]]],
        ]
        let plan = MediaConvertOutputPlan(settings: settings, inputDurations: [4])
        let wav = plan.groups[0].outputs[0]
        let audio = plan.groups[0].outputs[1]
        #expect(wav.location == S3Location(bucket: "out", key: "mix/match_voice.wav"))
        #expect(audio.location == S3Location(bucket: "out", key: "mix/match_audio.mp4"))
        #expect(wav.audioSelector == "Dub" && audio.audioSelector == "Audio Selector 1")
        let source = [FFmpegCommand.Source(video: "/tmp/in0", externalAudio: "/tmp/dub")]
        #expect(FFmpegCommand.arguments(sources: source, output: wav, hls: nil, destination: "/tmp/o/match_voice.wav").suffix(11) == [
            "-filter_complex", "[1:a:0]concat=n=1:v=0:a=1[aout]", "-map", "[aout]", "-c:a", "pcm_s24le", "-ar", "44100", "-f", "wav", "/tmp/o/match_voice.wav",
        ])
        let aac = FFmpegCommand.arguments(sources: [FFmpegCommand.Source(video: "/tmp/in0")], output: audio, hls: nil, destination: "/tmp/o/a.mp4")
        #expect(aac.contains("[0:a:0]concat=n=1:v=0:a=1[aout]") && !aac.contains("-c:v"))
        #expect(Array(aac.drop { $0 != "-c:a" }.prefix(8)) == ["-c:a", "aac", "-b:a", "64000", "-ac", "1", "-ar", "44100"])
        #expect(MediaConvertRequestCheck.problem(in: Self.replacingBitDepth(settings, 16)) == nil)
        #expect(MediaConvertRequestCheck.problem(in: Self.replacingBitDepth(settings, 32))?.hasSuffix("wavSettings/bitDepth: Should be an integer from 16 to 24") == true)
    }

    static func replacingBitDepth(_ settings: JSONValue, _ depth: Int) -> JSONValue {
        let path: [Any] = ["outputGroups", 0, "outputs", 0, "audioDescriptions", 0, "codecSettings", "wavSettings", "bitDepth"]
        return ["settings": TwinMediaConvertPlanTests.replacing(settings, at: path, with: .int(depth)), "role": "arn:aws:iam::123456789012:role/MC"]
    }
}
