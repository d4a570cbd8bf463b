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

/// The Subtitle use case end to end under mediagen-local: the real Subtitle and Jobs bootstraps, the Subtitle
/// state machine, moto and the twin (Transcribe from a sidecar transcript, Translate), through the JWT gateway.
@Suite("Subtitle use case end to end", .serialized)
struct SubtitleEndToEndTests {
    struct Run {
        let platform: LocalPlatform
        let aws: LocalAWS
        let token: String
        let s3: S3Client
        let uploads: String

        func call(_ method: String, _ path: String, body: String? = nil) async throws -> (Int, JSONValue) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(platform.gatewayServer.port)\(path)")!)
            request.httpMethod = method
            request.httpBody = body.map { Data($0.utf8) }
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as! HTTPURLResponse).statusCode, (try? JSONValue(parsing: data)) ?? .null)
        }

        /// Media with a sidecar transcript in the caller's uploads; returns its key.
        func upload(_ transcript: String) async throws -> String {
            let key = "uploads/user-ana/2026-11-22/\(UUID().uuidString.lowercased())/clip.mp4"
            _ = try await s3.putObject(S3PutObjectInput(bucket: uploads, key: key, body: Data(count: 256), contentType: "video/mp4"))
            _ = try await s3.putObject(S3PutObjectInput(bucket: uploads, key: key + ".transcript.txt", body: Data(transcript.utf8)))
            return key
        }

        func scenario(_ yaml: String) async throws {
            var request = URLRequest(url: URL(string: "\(aws.endpoint)/_mediagen/scenario")!)
            request.httpMethod = "PUT"
            request.httpBody = Data(yaml.utf8)
            let (_, response) = try await URLSession.shared.data(for: request)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
        }

        /// Polls GET /jobs/{id} until the job finishes.
        func finished(_ jobId: String) async throws -> JSONValue {
            for _ in 0..<600 {
                let (status, job) = try await call("GET", "/jobs/\(jobId)")
                #expect(status == 200)
                if job["status"] == "SUCCEEDED" || job["status"] == "FAILED" { return job }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw CancellationError()
        }
    }

    static func with(_ body: (Run) async throws -> Void) async throws {
        let template = RepositoryPathsForHarness.template
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: template))
        let key = try LocalSigningKey.generate()
        let platform = try await LocalPlatform.start(
            application: application, locator: BootstrapLocator(folders: [TestBootstrap.url.deletingLastPathComponent()]), signingKey: key,
            options: LocalPlatform.Options(templateDirectory: template.deletingLastPathComponent(), statesClock: SkippingStatesClock(),
                                           aws: LocalAWS.Options(python: RepositoryPaths.python, motoScript: RepositoryPaths.root.appendingPathComponent("scripts/moto_server.py"))))
        do {
            let aws = try #require(platform.aws)
            let configuration = aws.clientConfiguration()
            let run = Run(platform: platform, aws: aws,
                          token: try LocalPlatform.mintToken(application: application, signingKey: key, request: TokenRequest(subject: "user-ana", username: "ana")),
                          s3: try S3Client(configuration), uploads: try #require(aws.provisioned.first { $0.logicalId == "UploadsBucket" }?.name))
            try await body(run)
        } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
    }

    static let transcript = """
        [Ana] Welcome back to the festival, everyone. Tonight we open with a film about the sea, the light and the people who live by it. \
        [Ben] Thank you, Ana. It took us four years to make, and we are proud to show it here for the first time. \
        [Ana] Before we start, please silence your phones and enjoy the evening.
        """

    @Test("upload → POST /subtitles → GET /jobs/{id} until SUCCEEDED → the signed URLs return SRT and WebVTT in every language, within the style rules")
    func succeeds() async throws {
        try await Self.with { run in
            let source = try await run.upload(Self.transcript)
            let (accepted, started) = try await run.call("POST", "/subtitles",
                body: #"{"source":"\#(source)","sourceLanguage":"en-US","targetLanguages":["fr","de"],"formats":["srt","vtt"]}"#)
            #expect(accepted == 202)
            let jobId = try #require(started["jobId"]?.stringValue)
            let job = try await run.finished(jobId)
            #expect(job["status"] == "SUCCEEDED", "\(job)")
            let outputs = job["outputs"]?.arrayValue ?? []
            #expect(Set(outputs.compactMap { $0["name"]?.stringValue }) == ["srt:en", "vtt:en", "srt:fr", "vtt:fr", "srt:de", "vtt:de"])
            #expect(job["steps"]?.arrayValue?.compactMap { $0["name"]?.stringValue }.contains("segment") == true)
            for output in outputs {
                let url = try #require(output["url"]?.stringValue.flatMap(URL.init(string:)))
                let (data, response) = try await URLSession.shared.data(from: url)
                #expect((response as? HTTPURLResponse)?.statusCode == 200)
                let text = String(decoding: data, as: UTF8.self)
                let cues = output["name"]?.stringValue?.hasPrefix("vtt") == true ? try WebVTTFormat.parse(text) : try SRTFormat.parse(text)
                #expect(!cues.isEmpty)
                if output["name"] == "srt:en" {
                    #expect(CaptionValidator().validate(cues).isEmpty)
                    #expect(text.contains("Welcome back"))
                }
            }
        }
    }

    @Test("a Transcribe job that fails ends the job FAILED with Transcribe's reason; bad input is a 400 naming the field")
    func fails() async throws {
        try await Self.with { run in
            try await run.scenario("rules:\n  - {service: transcribe, operation: StartTranscriptionJob, failJob: \"The media file is corrupt.\"}\n")
            let source = try await run.upload(Self.transcript)
            let (_, started) = try await run.call("POST", "/subtitles", body: #"{"source":"\#(source)","targetLanguages":["fr"]}"#)
            let job = try await run.finished(try #require(started["jobId"]?.stringValue))
            #expect(job["status"] == "FAILED")
            #expect(job["error"]?["code"] == "TranscriptionFailed")
            #expect(job["error"]?["message"] == "The media file is corrupt.")
            let (bad, problem) = try await run.call("POST", "/subtitles", body: #"{"source":"uploads/user-ben/x.mp4"}"#)
            #expect(bad == 400 && problem["error"]?["message"]?.stringValue?.hasPrefix("source must be one of your uploads") == true)
            let (badLanguage, languageProblem) = try await run.call("POST", "/subtitles", body: #"{"source":"\#(source)","targetLanguages":["xx"]}"#)
            #expect(badLanguage == 400 && languageProblem["error"]?["message"]?.stringValue?.contains("targetLanguages") == true)
        }
    }

    @Test("throttling injected at Transcribe is retried: the job still succeeds and only one Transcribe job exists")
    func throttled() async throws {
        try await Self.with { run in
            try await run.scenario("rules:\n  - {service: transcribe, operation: StartTranscriptionJob, times: 2, throttle: true}\n")
            let source = try await run.upload(Self.transcript)
            let (_, started) = try await run.call("POST", "/subtitles", body: #"{"source":"\#(source)","sourceLanguage":"en-US","targetLanguages":[]}"#)
            let jobId = try #require(started["jobId"]?.stringValue)
            let job = try await run.finished(jobId)
            #expect(job["status"] == "SUCCEEDED", "\(job)")
            var request = URLRequest(url: URL(string: "\(run.aws.endpoint)/_mediagen/scenario")!)
            request.httpMethod = "GET"
            let (data, _) = try await URLSession.shared.data(for: request)
            #expect(try JSONValue(parsing: data)["applied"]?.arrayValue?.count == 2)
            let transcribe = try TranscribeClient(run.aws.clientConfiguration())
            let jobs = try await transcribe.client.json("ListTranscriptionJobs", input: ["MaxResults": 100] as JSONValue, as: JSONValue.self)
            #expect(jobs["TranscriptionJobSummaries"]?.arrayValue?.filter { $0["TranscriptionJobName"]?.stringValue == jobId }.count == 1)
        }
    }
}
