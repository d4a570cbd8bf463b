import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// MediaConvert and MediaTailor served by the twin behind one endpoint, through our clients and through boto3, with
/// media and outputs in S3 (moto).
@Suite("Local twin: MediaConvert and MediaTailor through the clients", .serialized, .motoServer)
struct TwinMediaConvertClientTests {
    struct Twin {
        var port: Int
        var s3: S3Client
        var moto: MotoServer.Connection
        /// Moves the MediaConvert twin's time; nil when it runs on the wall clock.
        var clock: ManualClock?
        func configuration(secret: String? = nil) -> AWSClientConfiguration {
            TwinTests.configuration(port: port, accessKey: moto.accessKeyId, secret: secret ?? moto.secretAccessKey)
        }
    }

    /// - Parameter manualTime: true drives jobs by a ``ManualClock`` (1 s queued, 4 s processing); false by the wall clock (0.2 s, 0.5 s).
    static func withTwin(manualTime: Bool = true, _ body: (Twin) async throws -> Void) async throws {
        let moto = try #require(MotoServer.current).connection
        var direct = TwinTests.configuration(port: 0, accessKey: moto.accessKeyId, secret: moto.secretAccessKey)
        direct.endpoint = moto.endpoint
        let s3 = try S3Client(direct)
        let clock = manualTime ? ManualClock() : nil
        let mediaConvert = clock.map { clock in TwinMediaConvert(storage: S3TwinStorage(s3), queuedFor: 1, processingFor: 4, ffmpeg: nil, now: { clock.now }) }
            ?? TwinMediaConvert(storage: S3TwinStorage(s3), queuedFor: 0.2, processingFor: 0.5, ffmpeg: nil)
        let server = TwinServer(
            services: [mediaConvert, TwinMediaTailor()],
            verifier: TwinSignatureVerifier(secrets: [moto.accessKeyId: moto.secretAccessKey]), forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        do { try await body(Twin(port: running.port, s3: s3, moto: moto, clock: clock)) } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    /// Polls the job, moving the twin's clock a second between polls.
    static func waitForEnd(_ client: MediaConvertClient, _ id: String, clock: ManualClock) async throws -> (MediaConvert.Job, [String]) {
        var seen: [String] = []
        for _ in 0..<20 {
            let job = try await client.getJob(id: id)
            let status = job.status?.rawValue ?? "?"
            if seen.last != status { seen.append(status) }
            if job.status?.isFinished == true { return (job, seen) }
            clock.advance(1)
        }
        throw CancellationError()
    }

    @Test("CreateJob from our builders, GetJob until COMPLETE, ListJobs, CancelJob and DescribeEndpoints through our client; outputs land in S3")
    func mediaConvertClient() async throws {
        try await Self.withTwin { twin in
            let client = try MediaConvertClient(twin.configuration())
            _ = try await twin.s3.client.s3("PUT", bucket: "media")
            _ = try await twin.s3.client.s3("PUT", bucket: "out")
            _ = try await twin.s3.putObject(S3PutObjectInput(bucket: "media", key: "in/match.mp4", body: TwinMediaConvertPlanTests.mp4(timescale: 1000, duration: 40_000)))
            _ = try await twin.s3.putObject(S3PutObjectInput(bucket: "media", key: "in/dub.wav", body: Data("RIFF".utf8)))
            _ = try await twin.s3.putObject(S3PutObjectInput(bucket: "media", key: "in/match.srt", body: Data(TwinMediaConvertTests.srt.utf8)))
            let input = TwinMediaConvertPlanTests.builderJob()
            let created = try await client.createJob(input)
            #expect(created.status == .submitted)
            #expect(created.clientRequestToken == "job-1-render")
            let id = try #require(created.id)
            let (job, seen) = try await Self.waitForEnd(client, id, clock: try #require(twin.clock))
            #expect(job.status == .complete)
            #expect(seen.last == "COMPLETE" && seen.contains("PROGRESSING"))
            #expect(job.userMetadata?[TwinMediaConvert.placeholderMetadataKey] == "true")
            let detail = try #require(job.outputGroupDetails?.first?.outputDetails?.first)
            #expect(detail.durationInMs == 12_500)
            #expect(detail.videoDetails?.widthInPx == 1920 && detail.videoDetails?.heightInPx == 1080)
            let timing = try #require(job.timing)
            #expect(try #require(timing.submitTime) <= (timing.startTime ?? .distantPast) && (timing.startTime ?? .distantFuture) <= (timing.finishTime ?? .distantPast))
            let manifest = String(decoding: try await twin.s3.getObject(bucket: "out", key: "hls/match.m3u8").body, as: UTF8.self)
            #expect(manifest.hasPrefix("#EXTM3U\n") && manifest.contains("match_1080p.m3u8") && manifest.contains("match_360p.m3u8"))
            let playlist = String(decoding: try await twin.s3.getObject(bucket: "out", key: "hls/match_1080p.m3u8").body, as: UTF8.self)
            #expect(playlist.contains("match_1080p_00003.ts") && playlist.hasSuffix("#EXT-X-ENDLIST\n"))
            let mp4 = String(decoding: try await twin.s3.getObject(bucket: "out", key: "files/match_720p.mp4").body, as: UTF8.self)
            #expect(mp4.hasPrefix("mediagen-local placeholder output"))
            #expect(try await client.createJob(input).id == id)

            var second = input
            second.clientRequestToken = "job-2-render"
            let queued = try await client.createJob(second)
            let queuedId = try #require(queued.id)
            try await client.cancelJob(id: queuedId)
            #expect(try await client.getJob(id: queuedId).status == .canceled)
            do {
                try await client.cancelJob(id: id)
                Issue.record("expected BadRequestException for a finished job")
            } catch let error as AWSServiceError {
                #expect(error.code == "BadRequestException" && error.statusCode == 400)
            }
            do {
                _ = try await client.getJob(id: "1767000000000-nosuch")
                Issue.record("expected NotFoundException")
            } catch let error as AWSServiceError {
                #expect(error.code == "NotFoundException" && error.statusCode == 404)
            }
            let all = try await client.listJobs()
            #expect(all.jobs?.compactMap(\.id) == [queuedId, id])
            let complete = try await client.listJobs(MediaConvert.ListJobsInput(maxResults: 5, order: .ascending, queue: "Default", status: .complete))
            #expect(complete.jobs?.compactMap(\.id) == [id])
            let first = try await client.listJobs(MediaConvert.ListJobsInput(maxResults: 1))
            #expect(first.jobs?.count == 1 && first.nextToken != nil)
            #expect(try await client.describeEndpoints() == ["http://127.0.0.1:\(twin.port)"])
        }
    }

    @Test("Put, Get, List and Delete playback configurations through our client, with the service's shapes and defaults")
    func mediaTailorClient() async throws {
        try await Self.withTwin { twin in
            let client = try MediaTailorClient(twin.configuration())
            let put = try await client.putPlaybackConfiguration(MediaTailor.PutPlaybackConfigurationInput(
                name: "omnistream", adDecisionServerUrl: "https://ads.example.com/vast?duration=[session.avail_duration_secs]",
                videoContentSourceUrl: "https://origin.example.com/vod", slateAdUrl: "https://cdn.example.com/slate.mp4",
                dashConfiguration: MediaTailor.DashConfigurationForPut(originManifestType: .singlePeriod),
                personalizationThresholdSeconds: 2, tags: ["useCase": "AdInsertion"]))
            #expect(put.name == "omnistream")
            #expect(put.playbackConfigurationArn == "arn:aws:mediatailor:us-east-1:123456789012:playbackConfiguration/omnistream")
            let hls = try #require(put.hlsConfiguration?.manifestEndpointPrefix)
            let id = TwinMediaTailor.endpointId(account: "123456789012", region: "us-east-1")
            #expect(id.count == 32)
            #expect(hls == "https://\(id).mediatailor.us-east-1.amazonaws.com/v1/master/\(id)/omnistream/")
            #expect(put.sessionInitializationEndpointPrefix == "https://\(id).mediatailor.us-east-1.amazonaws.com/v1/session/\(id)/omnistream/")
            #expect(put.dashConfiguration?.originManifestType == .singlePeriod)
            #expect(put.dashConfiguration?.mpdLocation == "EMT_DEFAULT")
            #expect(put.insertionMode == .stitchedOnly)
            #expect(put.tags == ["useCase": "AdInsertion"])
            #expect(try await client.getPlaybackConfiguration(name: "omnistream") == put)
            _ = try await client.putPlaybackConfiguration(MediaTailor.PutPlaybackConfigurationInput(name: "archive", videoContentSourceUrl: "https://origin.example.com/archive"))
            let listed = try await client.listPlaybackConfigurations()
            #expect(listed.items?.compactMap(\.name) == ["archive", "omnistream"])
            let paged = try await client.listPlaybackConfigurations(maxResults: 1)
            #expect(paged.items?.compactMap(\.name) == ["archive"])
            #expect(try await client.listPlaybackConfigurations(maxResults: 1, nextToken: paged.nextToken).items?.compactMap(\.name) == ["omnistream"])
            try await client.deletePlaybackConfiguration(name: "archive")
            do {
                _ = try await client.getPlaybackConfiguration(name: "archive")
                Issue.record("expected NotFoundException")
            } catch let error as AWSServiceError {
                #expect(error.code == "NotFoundException" && error.statusCode == 404)
            }
            try await client.deletePlaybackConfiguration(name: "archive")
            let bad = await TwinMediaTailor().handle(TwinRequest(method: "PUT", path: "/playbackConfiguration", query: "", headers: [],
                                                                 body: Data(#"{"Name": "x", "InsertionMode": "SOMETIMES"}"#.utf8)))
            #expect(bad.status == 400 && bad.headers.contains { $0.name == "x-amzn-ErrorType" && $0.value == "BadRequestException" })
            #expect(String(decoding: bad.body, as: UTF8.self).contains("InsertionMode must be one of"))
        }
    }

    @Test("a request signed with the wrong secret gets the restJson error shape: InvalidSignatureException, 403")
    func wrongSecret() async throws {
        try await Self.withTwin { twin in
            do {
                _ = try await MediaConvertClient(twin.configuration(secret: "wrong")).listJobs()
                Issue.record("expected InvalidSignatureException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidSignatureException" && error.statusCode == 403)
            }
            do {
                _ = try await MediaTailorClient(twin.configuration(secret: "wrong")).getPlaybackConfiguration(name: "any")
                Issue.record("expected InvalidSignatureException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidSignatureException" && error.statusCode == 403)
            }
        }
    }

    @Test("boto3 calls every MediaConvert and MediaTailor operation the twin serves and botocore parses every answer")
    func boto3Sweep() async throws {
        try await Self.withTwin(manualTime: false) { twin in
            let text = try await TwinSweep.run(port: twin.port, accessKey: twin.moto.accessKeyId, secret: twin.moto.secretAccessKey,
                                               only: ["mediaconvert", "mediatailor"])
            #expect(text.contains("ok mediaconvert") && text.contains("ok mediatailor"), "\(text)")
        }
    }
}
