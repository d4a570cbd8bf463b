import AWSClients
import AWSCore
import Foundation
import Testing
@testable import LocalHarness

/// Objects in memory, for driving the twin's jobs without S3.
actor MemoryTwinStorage: TwinStorage {
    private(set) var objects: [String: (data: Data, contentType: String)] = [:]

    func get(bucket: String, key: String) async throws -> Data? { objects["\(bucket)/\(key)"]?.data }

    func put(bucket: String, key: String, data: Data, contentType: String) async throws { objects["\(bucket)/\(key)"] = (data, contentType) }

    var keys: Set<String> { Set(objects.keys) }

    func text(_ path: String) -> String? { objects[path].map { String(decoding: $0.data, as: UTF8.self) } }
}

/// A clock tests move by hand.
final class ManualClock: @unchecked Sendable {  // @unchecked: `current` is only read and written under `lock`.
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_767_000_000)
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// MediaConvert jobs driven directly through the twin's handler, with an injected clock and storage in memory.
@Suite("Local twin: MediaConvert jobs")
struct TwinMediaConvertTests {
    static let srt = "1\n00:00:01,000 --> 00:00:02,500\nKick-off in Lisbon\n"

    static func twin(_ storage: MemoryTwinStorage, _ clock: ManualClock) -> TwinMediaConvert {
        TwinMediaConvert(storage: storage, queuedFor: 1, processingFor: 4, ffmpeg: nil, now: { clock.now })
    }

    static func request(_ method: String, _ path: String, query: String = "", body: JSONValue? = nil, failure: String? = nil) -> TwinRequest {
        TwinRequest(method: method, path: path, query: query, headers: [("Host", "127.0.0.1:4599")], body: body?.serializedData() ?? Data(),
                    service: "mediaconvert", injectedJobFailure: failure)
    }

    static func call(_ twin: TwinMediaConvert, _ request: TwinRequest) async throws -> (status: Int, body: JSONValue, errorType: String?) {
        let response = await twin.handle(request)
        let errorType = response.headers.first { $0.name == "x-amzn-ErrorType" }?.value
        return (response.status, response.body.isEmpty ? [:] : try JSONValue(parsing: response.body), errorType)
    }

    static func media() async throws -> MemoryTwinStorage {
        let storage = MemoryTwinStorage()
        try await storage.put(bucket: "media", key: "in/match.mp4", data: TwinMediaConvertPlanTests.mp4(timescale: 1000, duration: 40_000), contentType: "video/mp4")
        try await storage.put(bucket: "media", key: "in/dub.wav", data: Data("RIFF".utf8), contentType: "audio/wav")
        try await storage.put(bucket: "media", key: "in/match.srt", data: Data(srt.utf8), contentType: "application/x-subrip")
        return storage
    }

    @Test("a job goes SUBMITTED → PROGRESSING (percent rising) → COMPLETE over the injected clock and writes every output MediaConvert would")
    func lifecycle() async throws {
        let storage = try await Self.media()
        let clock = ManualClock()
        let twin = Self.twin(storage, clock)
        let body = try TwinMediaConvertPlanTests.wire(TwinMediaConvertPlanTests.builderJob())
        let created = try await Self.call(twin, Self.request("POST", "/2017-08-29/jobs", body: body))
        #expect(created.status == 201)
        let job = try #require(created.body["job"])
        let id = try #require(job["id"]?.stringValue)
        #expect(job["status"] == "SUBMITTED")
        #expect(job["arn"]?.stringValue == "arn:aws:mediaconvert:us-east-1:123456789012:jobs/\(id)")
        #expect(job["queue"] == "arn:aws:mediaconvert:us-east-1:123456789012:queues/Default")
        #expect(job["userMetadata"] == ["jobId": "job-1", "mediagen-local:placeholder-outputs": "true"])
        #expect(job["settings"] == body["settings"])
        #expect(job["timing"] == ["submitTime": .int(1_767_000_000)])
        #expect(job["jobPercentComplete"] == nil)

        clock.advance(2)
        let early = try #require(try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs/\(id)")).body["job"])
        #expect(early["status"] == "PROGRESSING")
        #expect(early["jobPercentComplete"] == 25)
        #expect(early["currentPhase"] == "TRANSCODING")
        #expect(early["timing"]?["startTime"] == .int(1_767_000_001))
        clock.advance(1)
        #expect(try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs/\(id)")).body["job"]?["jobPercentComplete"] == 50)
        #expect(await storage.keys.count == 3)

        clock.advance(3)
        let done = try #require(try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs/\(id)")).body["job"])
        #expect(done["status"] == "COMPLETE")
        #expect(done["jobPercentComplete"] == nil)
        #expect(done["timing"]?["finishTime"] == .int(1_767_000_006))
        let groups = try #require(done["outputGroupDetails"]?.arrayValue)
        #expect(groups.count == 2)
        #expect(groups[0]["outputDetails"]?.arrayValue?.first == ["durationInMs": 12_500, "videoDetails": ["widthInPx": 1920, "heightInPx": 1080],
                                                                  "outputFilePaths": ["s3://out/hls/match_1080p.m3u8"]])
        #expect(groups[0]["playlistFilePaths"] == ["s3://out/hls/match.m3u8"] && groups[0]["type"] == "HLS_GROUP")
        #expect(groups[1]["outputDetails"]?.arrayValue?.compactMap { $0["outputFilePaths"] } == [["s3://out/files/match_720p.mp4"], ["s3://out/files/match_captions_eng.srt"]])
        #expect(groups[1]["type"] == "FILE_GROUP" && groups[1]["playlistFilePaths"] == nil)
        #expect(groups[1]["outputDetails"]?.arrayValue?.first?["videoDetails"] == ["widthInPx": 1280, "heightInPx": 720])

        let plan = MediaConvertOutputPlan(settings: try #require(body["settings"]), inputDurations: [40, 40])
        let written = await storage.keys.subtracting(["media/in/match.mp4", "media/in/dub.wav", "media/in/match.srt"])
        #expect(written == Set(plan.files.map { "\($0.location.bucket)/\($0.location.key)" }))
        #expect(await storage.text("out/files/match_720p.mp4")?.hasPrefix("mediagen-local placeholder output\njob: \(id)\nkey: s3://out/files/match_720p.mp4") == true)
        #expect(await storage.text("out/hls/match_360p_00002.ts")?.contains("ffmpeg is not on PATH") == true)
        #expect(await storage.text("out/files/match_captions_eng.srt") == Self.srt)
        #expect(await storage.text("out/hls/match_captions_eng_00001.vtt") == "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nKick-off in Lisbon\n")
        #expect(await storage.text("out/hls/match.m3u8")?.contains("match_540p.m3u8") == true)
        #expect(await storage.objects["out/hls/match.m3u8"]?.contentType == "application/vnd.apple.mpegurl")

        // The same client request token answers the same job; a new token makes a second one.
        let again = try await Self.call(twin, Self.request("POST", "/2017-08-29/jobs", body: body))
        #expect(again.body["job"]?["id"]?.stringValue == id)
        #expect(again.body["job"]?["status"] == "COMPLETE")
        let listed = try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs"))
        #expect(listed.body["jobs"]?.arrayValue?.count == 1)
    }

    @Test("a missing input ends the job ERROR 1010, an injected failure ERROR 1999 with its message; cancel, not found and bad requests answer as MediaConvert")
    func failures() async throws {
        let storage = try await Self.media()
        let clock = ManualClock()
        let twin = Self.twin(storage, clock)
        var body = try TwinMediaConvertPlanTests.wire(TwinMediaConvertPlanTests.builderJob())
        body = TwinMediaConvertPlanTests.replacing(body, at: ["clientRequestToken"], with: "missing-input")
        let missing = TwinMediaConvertPlanTests.replacing(body, at: ["settings", "inputs", 1, "fileInput"], with: "s3://media/in/gone.mp4")
        let missingId = try #require(try await Self.call(twin, Self.request("POST", "/2017-08-29/jobs", body: missing)).body["job"]?["id"]?.stringValue)
        let injected = TwinMediaConvertPlanTests.replacing(body, at: ["clientRequestToken"], with: "injected")
        let injectedId = try #require(try await Self.call(twin, Self.request("POST", "/2017-08-29/jobs", body: injected, failure: "Scenario: render farm down"))
            .body["job"]?["id"]?.stringValue)
        let cancelled = TwinMediaConvertPlanTests.replacing(body, at: ["clientRequestToken"], with: "to-cancel")
        let cancelId = try #require(try await Self.call(twin, Self.request("POST", "/2017-08-29/jobs", body: cancelled)).body["job"]?["id"]?.stringValue)
        #expect(Set([missingId, injectedId, cancelId]).count == 3)
        let cancel = try await Self.call(twin, Self.request("DELETE", "/2017-08-29/jobs/\(cancelId)"))
        #expect(cancel.status == 202)
        clock.advance(10)
        let gone = try #require(try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs/\(missingId)")).body["job"])
        #expect(gone["status"] == "ERROR")
        #expect(gone["errorCode"] == 1010)
        #expect(gone["errorMessage"]?.stringValue?.hasPrefix("Unable to open input file [s3://media/in/gone.mp4]") == true)
        #expect(gone["outputGroupDetails"] == nil)
        let failed = try #require(try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs/\(injectedId)")).body["job"])
        #expect(failed["status"] == "ERROR" && failed["errorCode"] == 1999 && failed["errorMessage"] == "Scenario: render farm down")
        #expect(try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs/\(cancelId)")).body["job"]?["status"] == "CANCELED")
        #expect(await storage.keys.count == 3)

        let late = try await Self.call(twin, Self.request("DELETE", "/2017-08-29/jobs/\(missingId)"))
        #expect(late.status == 400 && late.errorType == "BadRequestException")
        let unknown = try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs/1767000000000-nosuch"))
        #expect(unknown.status == 404 && unknown.errorType == "NotFoundException")
        let bad = try await Self.call(twin, Self.request("POST", "/2017-08-29/jobs",
            body: TwinMediaConvertPlanTests.replacing(body, at: ["settings", "outputGroups", 0, "outputGroupSettings", "hlsGroupSettings", "destination"], with: nil)))
        #expect(bad.status == 400 && bad.errorType == "BadRequestException")
        #expect(bad.body["message"]?.stringValue?.hasPrefix("/settings/outputGroups/0/outputGroupSettings/hlsGroupSettings/destination:") == true)

        let errors = try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs", query: "status=ERROR&order=ASCENDING"))
        #expect(errors.body["jobs"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [missingId, injectedId])
        let page = try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs", query: "maxResults=2"))
        #expect(page.body["jobs"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [cancelId, injectedId])
        let next = try #require(page.body["nextToken"]?.stringValue)
        let rest = try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs", query: "maxResults=2&nextToken=\(next)"))
        #expect(rest.body["jobs"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [missingId])
        #expect(rest.body["nextToken"] == nil)
        #expect(try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs", query: "maxResults=50")).errorType == "BadRequestException")
        let endpoints = try await Self.call(twin, Self.request("POST", "/2017-08-29/endpoints", body: [:]))
        #expect(endpoints.body == ["endpoints": [["url": "http://127.0.0.1:4599"]]])
    }

    /// A stand-in `ffmpeg` that writes what it was asked to (the destination, and the first HLS segment) and logs its arguments.
    static func fakeFFmpeg() throws -> (executable: URL, log: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fake-ffmpeg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("calls.log")
        let script = folder.appendingPathComponent("ffmpeg")
        try """
            #!/bin/sh
            echo "$@" >> '\(log.path)'
            pattern=""
            for argument in "$@"; do
              if [ "$previous" = "-hls_segment_filename" ]; then pattern="$argument"; fi
              previous="$argument"; destination="$argument"
            done
            echo "rendered $(basename "$destination")" > "$destination"
            if [ -n "$pattern" ]; then echo "segment" > "$(echo "$pattern" | sed 's/%05d/00001/')"; fi

            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (script, log)
    }

    @Test("with an ffmpeg on PATH the twin runs it once per media output and uploads what it wrote, keeping its own main manifest and captions")
    func transcodes() async throws {
        let storage = try await Self.media()
        let clock = ManualClock()
        let ffmpeg = try Self.fakeFFmpeg()
        defer { try? FileManager.default.removeItem(at: ffmpeg.executable.deletingLastPathComponent()) }
        let twin = TwinMediaConvert(storage: storage, queuedFor: 1, processingFor: 4, ffmpeg: ffmpeg.executable, now: { clock.now })
        let body = try TwinMediaConvertPlanTests.wire(TwinMediaConvertPlanTests.builderJob())
        let created = try #require(try await Self.call(twin, Self.request("POST", "/2017-08-29/jobs", body: body)).body["job"])
        #expect(created["userMetadata"] == ["jobId": "job-1"])
        clock.advance(6)
        let id = try #require(created["id"]?.stringValue)
        let done = try #require(try await Self.call(twin, Self.request("GET", "/2017-08-29/jobs/\(id)")).body["job"])
        #expect(done["status"] == "COMPLETE", "\(done)")
        let calls = try String(contentsOf: ffmpeg.log, encoding: .utf8).split(separator: "\n")
        #expect(calls.count == 5)
        #expect(calls.allSatisfy { $0.contains("-filter_complex") && $0.contains("concat=n=2:v=1:a=1") })
        #expect(await storage.text("out/files/match_720p.mp4") == "rendered match_720p.mp4\n")
        #expect(await storage.text("out/hls/match_540p.m3u8") == "rendered match_540p.m3u8\n")
        #expect(await storage.text("out/hls/match_540p_00001.ts") == "segment\n")
        #expect(await storage.text("out/hls/match_540p_00002.ts") == nil)
        #expect(await storage.text("out/hls/match.m3u8")?.contains("match_540p.m3u8") == true)
        #expect(await storage.text("out/files/match_captions_eng.srt") == Self.srt)
    }
}
