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
    static let transcript = """
        [Ana] Welcome back to the festival, everyone. Tonight we open with a film about the sea, the light and the people who live by it. \
        [Ben] Thank you, Ana. It took us four years to make, and we are proud to show it here for the first time. \
        [Ana] Before we start, please silence your phones and enjoy the evening.
        """

    @Test("upload → POST /subtitles → GET /jobs/{id} until SUCCEEDED → the signed URLs return SRT and WebVTT in every language, within the style rules")
    func succeeds() async throws {
        try await UseCaseHarness.with { run in
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
        try await UseCaseHarness.with { run in
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
        try await UseCaseHarness.with { run in
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
