import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// Rekognition stored-video jobs on the twin through our client: lifecycle on the injected clock, idempotency,
/// paging, sorting, aggregation, sidecar results and failures.
@Suite("Local twin: Rekognition video", .serialized, .motoServer)
struct TwinRekognitionVideoTests {
    typealias Context = TwinRekognitionTests.Context

    static func video(_ context: Context, _ key: String, sidecar: String? = nil) async throws -> RekognitionVideo {
        try await TwinRekognitionTests.put(context, key, Data("\0\0\0\u{18}ftypmp42".utf8) + Data(key.utf8))
        if let sidecar { try await TwinRekognitionTests.put(context, key + ".rekognition.json", Data(sidecar.utf8)) }
        return .s3(bucket: context.bucket, name: key)
    }

    @Test("segment detection stays IN_PROGRESS until the clock passes the processing time, then lists shots and technical cues")
    func segments() async throws {
        try await TwinRekognitionTests.withTwin { context in
            let video = try await Self.video(context, "film.mp4", sidecar: #"{"VideoMetadata": {"DurationMillis": 45000, "FrameRate": 25}}"#)
            let token = VideoJobOptions(clientRequestToken: "job-film-1")
            let id = try await context.rekognition.startSegmentDetection(video, segmentTypes: [.shot, .technicalCue], options: token)
            #expect(try await context.rekognition.startSegmentDetection(video, segmentTypes: [.shot, .technicalCue], options: token) == id)
            do {
                _ = try await context.rekognition.startSegmentDetection(video, segmentTypes: [.shot], options: token)
                Issue.record("expected IdempotentParameterMismatchException")
            } catch let error as AWSServiceError {
                #expect(error.code == "IdempotentParameterMismatchException")
            }
            let early = try await context.rekognition.getSegmentDetection(jobId: id)
            #expect(early.jobStatus == .inProgress)
            #expect(early.detections.isEmpty)
            context.clock.advance(5)
            let result = try await context.rekognition.segmentDetection(jobId: id)
            #expect(result.jobStatus == .succeeded)
            #expect(result.videoMetadata.first?.durationMillis == 45000)
            let cues = result.detections.filter { $0.type == .technicalCue }
            #expect(cues.compactMap(\.technicalCueSegment?.type) == ["ColorBars", "BlackFrames", "Content", "EndCredits", "BlackFrames"])
            let shots = result.detections.filter { $0.type == .shot }
            #expect(shots.compactMap(\.shotSegment?.index) == Array(0..<Int64(shots.count)))
            #expect(shots.first?.startTimestampMillis == 2500)
            #expect(shots.first?.startTimecodeSMPTE == "00:00:02:12")
            for (previous, next) in zip(shots, shots.dropFirst()) {
                #expect((previous.endFrameNumber ?? 0) + 1 == next.startFrameNumber)
            }
            #expect(shots.last.map { ($0.endTimestampMillis ?? 0) < 45000 && ($0.endTimestampMillis ?? 0) >= 44400 } == true)
        }
    }

    @Test("label detection pages by MaxResults with NextToken, sorts by NAME, and aggregates by SEGMENTS")
    func labels() async throws {
        try await TwinRekognitionTests.withTwin { context in
            let video = try await Self.video(context, "city.mp4", sidecar: #"{"VideoMetadata": {"DurationMillis": 20000}}"#)
            let id = try await context.rekognition.startLabelDetection(video, minConfidence: 70)
            context.clock.advance(6)
            var pages = 0
            var token: String?
            var collected: [LabelDetection] = []
            repeat {
                let page = try await context.rekognition.getLabelDetection(jobId: id, VideoResultsQuery(maxResults: 25, nextToken: token))
                #expect(page.detections.count <= 25)
                collected += page.detections
                token = page.nextToken
                pages += 1
            } while token != nil
            let all = try await context.rekognition.labelDetection(jobId: id)
            #expect(pages > 1)
            #expect(collected == all.detections)
            #expect(all.modelVersion == "3.0")
            #expect(collected.allSatisfy { ($0.label?.confidence ?? 0) >= 70 })
            let times = collected.compactMap(\.timestamp)
            #expect(times == times.sorted())
            let byName = try await context.rekognition.labelDetection(jobId: id, sortBy: .name)
            let names = byName.detections.compactMap(\.label?.name)
            #expect(names == names.sorted())
            let spans = try await context.rekognition.labelDetection(jobId: id, aggregateBy: .segments)
            #expect(spans.detections.count < all.detections.count)
            #expect(spans.detections.allSatisfy { ($0.durationMillis ?? 0) >= 1000 && $0.startTimestampMillis != nil })
            do {
                _ = try await context.rekognition.getLabelDetection(jobId: id, VideoResultsQuery(nextToken: "bm90LW91cnM="))
                Issue.record("expected InvalidPaginationTokenException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidPaginationTokenException")
            }
        }
    }

    @Test("content moderation reports the sidecar's labels at their times with v7 ancestors; faces and celebrities finish too")
    func moderation() async throws {
        try await TwinRekognitionTests.withTwin { context in
            let video = try await Self.video(context, "fight.mp4", sidecar: #"""
                {"GetContentModeration": {"ModerationLabels": [{"Timestamp": 4000, "ModerationLabel": {"Name": "Physical Violence", "Confidence": 83.2}}]},
                 "GetCelebrityRecognition": {"Celebrities": [{"Timestamp": 1000, "Celebrity": {"Name": "Ana Example", "Id": "3Ir0du6", "Confidence": 97}}]}}
                """#)
            let moderation = try await context.rekognition.startContentModeration(video)
            let faces = try await context.rekognition.startFaceDetection(video, faceAttributes: .all)
            let celebrities = try await context.rekognition.startCelebrityRecognition(video)
            context.clock.advance(5)
            let result = try await context.rekognition.contentModeration(jobId: moderation)
            #expect(result.modelVersion == "7.0")
            #expect(result.detections.map { "\($0.timestamp ?? -1) \($0.moderationLabel?.taxonomyLevel ?? 0) \($0.moderationLabel?.name ?? "")" }.sorted() == [
                "4000 1 Violence", "4000 2 Graphic Violence", "4000 3 Physical Violence",
            ])
            let faceResult = try await context.rekognition.faceDetection(jobId: faces)
            #expect(faceResult.jobStatus == .succeeded)
            #expect(faceResult.detections.allSatisfy { $0.face?.ageRange != nil })
            let celebrityResult = try await context.rekognition.celebrityRecognition(jobId: celebrities)
            #expect(celebrityResult.detections.map(\.celebrity?.name) == ["Ana Example"])
        }
    }

    @Test("a missing video ends FAILED with Rekognition's StatusMessage; an injected failure ends FAILED with its reason")
    func failures() async throws {
        try await TwinRekognitionTests.withTwin { context in
            let missing = try await context.rekognition.startLabelDetection(.s3(bucket: context.bucket, name: "nothing.mp4"))
            let video = try await Self.video(context, "doomed.mp4")
            let body = Data(#"{"Video": {"S3Object": {"Bucket": "\#(context.bucket)", "Name": "doomed.mp4"}}, "SegmentTypes": ["SHOT"]}"#.utf8)
            let started = await context.twin.handle(TwinRequest(
                method: "POST", path: "/", query: "", headers: [("X-Amz-Target", "RekognitionService.StartSegmentDetection")], body: body,
                injectedJobFailure: "Scenario: the video is corrupt"))
            let injected = try #require(try JSONValue(parsing: started.body)["JobId"]?.stringValue)
            _ = video
            context.clock.advance(5)
            let failed = try await context.rekognition.getLabelDetection(jobId: missing)
            #expect(failed.jobStatus == .failed)
            #expect(failed.statusMessage == "Unable to get object metadata from S3. Check object key, region and/or access permissions.")
            #expect(failed.detections.isEmpty)
            let scenario = try await context.rekognition.getSegmentDetection(jobId: injected)
            #expect(scenario.jobStatus == .failed)
            #expect(scenario.statusMessage == "Scenario: the video is corrupt")
            do {
                _ = try await context.rekognition.getFaceDetection(jobId: injected)
                Issue.record("expected ResourceNotFoundException for a job of another kind")
            } catch let error as AWSServiceError {
                #expect(error.code == "ResourceNotFoundException")
            }
        }
    }
}
