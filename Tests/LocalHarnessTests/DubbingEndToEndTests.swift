import AWSClients
import AWSCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MediaKit
import Testing
import TestSupport
@testable import LocalHarness

/// The Dubbing use case end to end under mediagen-local: the real Dubbing and Jobs bootstraps, the Dubbing state
/// machine (its MediaConvert tasks through the `.sync` integration), moto and the twin (Transcribe from a sidecar
/// transcript, Translate, Polly, MediaConvert transcoding with a real ffmpeg), through the JWT gateway.
@Suite("Dubbing use case end to end", .serialized)
struct DubbingEndToEndTests {
    static let transcript = """
        [Ana] Welcome back to the festival, everyone. Tonight we open with a film about the sea. \
        [Ben] Thank you, Ana. It took us four years to make. \
        [Ana] Please silence your phones and enjoy the evening.
        """

    /// Seconds of the generated source video (the speech ends well before it).
    static let sourceSeconds = 20.0

    /// The ffmpeg the twin transcodes with (imageio-ffmpeg from requirements-dev.txt when none is installed).
    static func ffmpeg() throws -> URL {
        try #require(FFmpegLocator.locate(python: RepositoryPaths.python), "ffmpeg is needed: `make venv` installs imageio-ffmpeg (requirements-dev.txt)")
    }

    /// A test video: colour bars and a steady 440 Hz stereo tone, H.264 + AAC in MP4.
    static func sourceVideo() throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dub-source-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try run(ffmpeg(), ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-f", "lavfi",
                               "-i", "sine=frequency=440:sample_rate=48000", "-t", String(sourceSeconds), "-ac", "2", "-c:v", "libx264",
                               "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-y", file.path])
        return try Data(contentsOf: file)
    }

    @discardableResult
    static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, data, text)
    }

    /// Downloads a job output by name.
    static func download(_ job: JSONValue, _ name: String) async throws -> Data {
        let output = try #require(job["outputs"]?.arrayValue?.first { $0["name"]?.stringValue == name }, "no output \(name) in \(job)")
        let url = try #require(output["url"]?.stringValue.flatMap(URL.init(string:)))
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        return data
    }

    /// The media's streams (ffmpeg's description) and its audio as 16 kHz mono samples.
    static func decode(_ media: Data) throws -> (streams: String, samples: [Int16]) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dub-out-\(UUID().uuidString).mp4")
        try media.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(ffmpeg(), ["-hide_banner", "-i", file.path, "-vn", "-ac", "1", "-ar", "16000", "-f", "s16le", "-"])
        #expect(result.status == 0, "\(result.errors)")
        let samples = result.output.withUnsafeBytes { raw in (0..<raw.count / 2).map { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self)) } }
        return (result.errors, samples)
    }

    /// Root mean square of `samples` between two times (16 kHz).
    static func rms(_ samples: [Int16], from: Double, to: Double) -> Double {
        let range = max(Int(from * 16000), 0)..<min(Int(to * 16000), samples.count)
        guard !range.isEmpty else { return 0 }
        return (range.reduce(0.0) { $0 + Double(samples[$1]) * Double(samples[$1]) } / Double(range.count)).squareRoot()
    }

    /// Starts a dub of the test video and waits for the job.
    static func dub(_ run: UseCaseHarness.Run, mix: String, extra: String = "") async throws -> JSONValue {
        let source = try await run.upload(transcript, media: try sourceVideo())
        let (accepted, started) = try await run.call("POST", "/dubbing",
            body: #"{"source":"\#(source)","sourceLanguage":"en-US","targetLanguages":["es"],"mix":"\#(mix)"\#(extra)}"#)
        #expect(accepted == 202, "\(started)")
        return try await run.finished(try #require(started["jobId"]?.stringValue))
    }

    @Test("a duck dub: the dubbed MP4 keeps the video and the original sound where nobody speaks; the audio track, Spanish captions and a per-cue QC report come with it")
    func duck() async throws {
        try await UseCaseHarness.with { run in
            let job = try await Self.dub(run, mix: "duck", extra: #","speakers":{"spk_0":{"gender":"Female"},"spk_1":{"voices":{"es":"Sergio"}}}"#)
            #expect(job["status"] == "SUCCEEDED", "\(job)")
            let names = Set(job["outputs"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? [])
            #expect(names == ["video:es", "audio:es", "srt:es", "vtt:es", "qc:es", "timeline:es", "srt:en", "vtt:en"])
            let steps = job["steps"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
            #expect(["transcribe", "segment", "translate-es", "voice-es", "mix-es"].allSatisfy(steps.contains), "\(steps)")
            #expect(job["steps"]?.arrayValue?.first { $0["name"] == "translate-es" }?["detail"]?.stringValue?.contains("spk_1: Sergio") == true)

            let english = try SRTFormat.parse(String(decoding: try await Self.download(job, "srt:en"), as: UTF8.self))
            let spanish = try WebVTTFormat.parse(String(decoding: try await Self.download(job, "vtt:es"), as: UTF8.self))
            #expect(!english.isEmpty && !spanish.isEmpty)

            let qcData = try await Self.download(job, "qc:es")
            if let dump = ProcessInfo.processInfo.environment["DUB_QC_DUMP"] { try qcData.write(to: URL(fileURLWithPath: dump)) }
            let qc = try JSONValue(parsing: qcData)
            let cues = try #require(qc["cues"]?.arrayValue)
            #expect(cues.count == english.count)
            for cue in cues {
                let fitted = try #require(cue["fitted"]?.number), target = try #require(cue["target"]?.number)
                #expect(fitted > 0 && target > 0)
            }

            let video = try Self.decode(try await Self.download(job, "video:es"))
            #expect(video.streams.contains("Video: h264") && video.streams.contains("Audio: aac"), "\(video.streams)")
            #expect(abs(Double(video.samples.count) / 16000 - Self.sourceSeconds) < 0.5)
            let lastEnd = Double(try #require(english.last).end) / 1000
            let original = Self.rms(try Self.decode(try Self.sourceVideo()).samples, from: lastEnd + 1, to: Self.sourceSeconds - 0.5)
            let kept = Self.rms(video.samples, from: lastEnd + 1, to: Self.sourceSeconds - 0.5)
            #expect(original > 1000 && abs(kept / original - 1) < 0.15, "original \(original), dubbed \(kept)")

            let audio = try Self.decode(try await Self.download(job, "audio:es"))
            #expect(audio.streams.contains("Audio: aac") && !audio.streams.contains("Video:"), "\(audio.streams)")
        }
    }

    @Test("a replace dub: where nobody speaks the dubbed MP4 is silent, the original audio is gone")
    func replace() async throws {
        try await UseCaseHarness.with { run in
            let job = try await Self.dub(run, mix: "replace")
            #expect(job["status"] == "SUCCEEDED", "\(job)")
            let english = try SRTFormat.parse(String(decoding: try await Self.download(job, "srt:en"), as: UTF8.self))
            let video = try Self.decode(try await Self.download(job, "video:es"))
            #expect(video.streams.contains("Video: h264") && video.streams.contains("Audio: aac"), "\(video.streams)")
            let lastEnd = Double(try #require(english.last).end) / 1000
            #expect(Self.rms(video.samples, from: lastEnd + 1.5, to: Self.sourceSeconds - 0.5) < 50)
        }
    }

    @Test("GET /voices lists Polly's voices for a language; an unknown language or none is a 400 naming it")
    func voices() async throws {
        try await UseCaseHarness.with { run in
            let (status, listing) = try await run.call("GET", "/voices?language=es")
            #expect(status == 200, "\(listing)")
            let voices = try #require(listing["voices"]?.arrayValue)
            #expect(!voices.isEmpty)
            #expect(voices.allSatisfy { $0["languageCode"]?.stringValue?.hasPrefix("es-") == true || $0["additionalLanguageCodes"]?.arrayValue?.contains { $0.stringValue?.hasPrefix("es-") == true } == true })
            #expect(voices.allSatisfy { $0["engines"]?.arrayValue?.contains("neural") == true })
            let (unknown, problem) = try await run.call("GET", "/voices?language=xx")
            #expect(unknown == 400 && problem["error"]?["message"]?.stringValue?.contains("language") == true)
            let (missing, _) = try await run.call("GET", "/voices")
            #expect(missing == 400)
        }
    }

    @Test("failures end the job FAILED with the reason (Transcribe failed, a voice Polly lacks); bad input is a 400 naming the field")
    func fails() async throws {
        try await UseCaseHarness.with { run in
            let source = try await run.upload(Self.transcript)
            let (badMix, mixProblem) = try await run.call("POST", "/dubbing", body: #"{"source":"\#(source)","targetLanguages":["es"],"mix":"loud"}"#)
            #expect(badMix == 400 && mixProblem["error"]?["message"]?.stringValue?.hasPrefix("mix must be") == true)
            let (noTargets, targetsProblem) = try await run.call("POST", "/dubbing", body: #"{"source":"\#(source)"}"#)
            #expect(noTargets == 400 && targetsProblem["error"]?["message"]?.stringValue?.contains("targetLanguages") == true)
            let (badVoice, voiceProblem) = try await run.call("POST", "/dubbing",
                body: #"{"source":"\#(source)","targetLanguages":["es"],"speakers":{"spk_0":{"voices":{"de":"Vicki"}}}}"#)
            #expect(badVoice == 400 && voiceProblem["error"]?["message"]?.stringValue?.contains("speakers.spk_0.voices.de") == true)

            let (_, lacking) = try await run.call("POST", "/dubbing",
                body: #"{"source":"\#(source)","sourceLanguage":"en-US","targetLanguages":["es"],"speakers":{"spk_0":{"voices":{"es":"Nobody"}}}}"#)
            let failed = try await run.finished(try #require(lacking["jobId"]?.stringValue))
            #expect(failed["status"] == "FAILED")
            #expect(failed["error"]?["code"] == "VoiceUnavailable", "\(failed)")
            #expect(failed["error"]?["message"]?.stringValue?.contains("Nobody") == true, "\(failed)")

            try await run.scenario("rules:\n  - {service: transcribe, operation: StartTranscriptionJob, failJob: \"The media file is corrupt.\"}\n")
            let (_, started) = try await run.call("POST", "/dubbing", body: #"{"source":"\#(source)","targetLanguages":["es"]}"#)
            let job = try await run.finished(try #require(started["jobId"]?.stringValue))
            #expect(job["status"] == "FAILED")
            #expect(job["error"]?["code"] == "TranscriptionFailed")
            #expect(job["error"]?["message"] == "The media file is corrupt.")
        }
    }

    @Test("lines too long for their cues are sped up to the maximum rate and cut before the next cue; the QC report flags them and no clips overlap")
    func overflow() async throws {
        try await UseCaseHarness.with { run in
            let long = String(repeating: "Una frase larguísima que no cabe de ninguna manera en el tiempo que dura la línea original. ", count: 4)
            try await run.scenario("rules:\n  - {service: translate, operation: TranslateText, respond: {status: 200, body: {TranslatedText: \"\(long)\", SourceLanguageCode: en, TargetLanguageCode: es}}}\n")
            let job = try await Self.dub(run, mix: "replace")
            #expect(job["status"] == "SUCCEEDED", "\(job)")
            let qc = try JSONValue(parsing: try await Self.download(job, "qc:es"))
            let cues = try #require(qc["cues"]?.arrayValue)
            #expect(!cues.isEmpty && cues.allSatisfy { $0["outcome"] == "overflow" && $0["ratePercent"] == 160 }, "\(qc)")
            #expect(cues.allSatisfy { $0["flag"]?.stringValue?.hasPrefix("could not fit:") == true })
            #expect(qc["summary"]?["overflow"]?.number == Double(cues.count))
            let timeline = try JSONValue(parsing: try await Self.download(job, "timeline:es"))
            let clips = try #require(timeline["clips"]?.arrayValue)
            for (clip, next) in zip(clips, clips.dropFirst()) {
                let end = (clip["start"]?.number ?? 0) + (clip["duration"]?.number ?? 0)
                #expect(end <= (next["start"]?.number ?? 0) - 0.079, "\(clip) runs into \(next)")
            }
        }
    }
}
