import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// Transcribe served by the twin through our client, with media and transcripts in S3 (moto).
@Suite("Local twin: Transcribe", .serialized, .motoServer)
struct TwinTranscribeTests {
    static func withTwin(_ body: (TranscribeClient, S3Client) async throws -> Void) async throws {
        let moto = try #require(MotoServer.current).connection
        let motoConfiguration = TwinTests.configuration(port: 0, accessKey: moto.accessKeyId, secret: moto.secretAccessKey)
        var direct = motoConfiguration
        direct.endpoint = moto.endpoint
        let s3 = try S3Client(direct)
        let server = TwinServer(
            services: [TwinTranscribe(storage: S3TwinStorage(s3), queuedFor: 0.05, processingFor: 0.1)],
            verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]), forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        do { try await body(try TranscribeClient(TwinTests.configuration(port: running.port)), s3) } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    static func waitForEnd(_ transcribe: TranscribeClient, _ name: String) async throws -> TranscriptionJob {
        var seen: [String] = []
        for _ in 0..<200 {
            let job = try await transcribe.getTranscriptionJob(name: name)
            let status = job.transcriptionJobStatus?.rawValue ?? "?"
            if seen.last != status { seen.append(status) }
            if job.transcriptionJobStatus?.isFinished == true { return job }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw CancellationError()
    }

    @Test("a job goes QUEUED → IN_PROGRESS → COMPLETED and writes a transcript our TranscriptDocument reads, with speakers and subtitles")
    func completes() async throws {
        try await Self.withTwin { transcribe, s3 in
            let bucket = "twin-media-\(UUID().uuidString.prefix(6).lowercased())"
            _ = try await s3.client.s3("PUT", bucket: bucket)
            _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: "in/clip.mp4", body: Data(count: 64)))
            _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: "in/clip.mp4.transcript.txt",
                body: Data("[Ana] Welcome back, everyone. Tonight we open the festival! [Ben] Thank you, Ana.".utf8)))
            let started = try await transcribe.startTranscriptionJob(StartTranscriptionJobInput(
                transcriptionJobName: "job-42", media: TranscriptionMedia(mediaFileUri: "s3://\(bucket)/in/clip.mp4"), languageCode: "en-US",
                settings: TranscriptionSettings(showSpeakerLabels: true, maxSpeakerLabels: 2),
                subtitles: SubtitleSettings(formats: [.srt, .vtt]), outputBucketName: bucket, outputKey: "out/"))
            #expect(started.transcriptionJobStatus?.rawValue == "QUEUED")
            let job = try await Self.waitForEnd(transcribe, "job-42")
            #expect(job.transcriptionJobStatus?.rawValue == "COMPLETED")
            #expect(job.transcript?.transcriptFileUri == "https://s3.us-east-1.amazonaws.com/\(bucket)/out/job-42.json")
            let body = try await s3.getObject(bucket: bucket, key: "out/job-42.json").body
            let document = try JSONDecoder().decode(TranscriptDocument.self, from: body)
            #expect(document.results.transcripts.first?.transcript == "Welcome back, everyone. Tonight we open the festival! Thank you, Ana.")
            #expect(document.results.speakerLabels?.speakers == 2)
            #expect(document.results.speakerLabels?.segments.map(\.speakerLabel) == ["spk_0", "spk_1"])
            let words = document.results.items.filter { $0.type == .pronunciation }
            #expect(words.count == 11)
            let times = words.compactMap { Double($0.startTime ?? "") }
            #expect(times == times.sorted())
            #expect(job.subtitles?.subtitleFileUris?.count == 2)
            let vtt = String(decoding: try await s3.getObject(bucket: bucket, key: "out/job-42.vtt").body, as: UTF8.self)
            #expect(vtt.hasPrefix("WEBVTT\n\n"))
            #expect(vtt.contains("Thank you, Ana."))
        }
    }

    @Test("missing media or a missing sidecar ends the job FAILED with the reason; a reused name is ConflictException")
    func failures() async throws {
        try await Self.withTwin { transcribe, s3 in
            let bucket = "twin-fail-\(UUID().uuidString.prefix(6).lowercased())"
            _ = try await s3.client.s3("PUT", bucket: bucket)
            _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: "silent.mp4", body: Data(count: 8)))
            _ = try await transcribe.startTranscriptionJob(StartTranscriptionJobInput(
                transcriptionJobName: "gone", media: TranscriptionMedia(mediaFileUri: "s3://\(bucket)/nothing.mp4"), languageCode: "en-US"))
            _ = try await transcribe.startTranscriptionJob(StartTranscriptionJobInput(
                transcriptionJobName: "silent", media: TranscriptionMedia(mediaFileUri: "s3://\(bucket)/silent.mp4"), identifyLanguage: true))
            let gone = try await Self.waitForEnd(transcribe, "gone")
            #expect(gone.transcriptionJobStatus?.rawValue == "FAILED")
            #expect(gone.failureReason?.contains("can't be accessed") == true)
            let silent = try await Self.waitForEnd(transcribe, "silent")
            #expect(silent.failureReason?.contains("silent.mp4.transcript.txt") == true)
            do {
                _ = try await transcribe.startTranscriptionJob(StartTranscriptionJobInput(
                    transcriptionJobName: "gone", media: TranscriptionMedia(mediaFileUri: "s3://\(bucket)/x.mp4"), languageCode: "en-US"))
                Issue.record("expected ConflictException")
            } catch let error as AWSServiceError {
                #expect(error.code == "ConflictException")
            }
            do {
                _ = try await transcribe.getTranscriptionJob(name: "never")
                Issue.record("expected BadRequestException (Transcribe's answer for an unknown job)")
            } catch let error as AWSServiceError {
                #expect(error.code == "BadRequestException")
            }
        }
    }
}
