import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Rekognition video analysis")
struct RekognitionVideoTests {
    func client(_ pages: [String]) throws -> (RekognitionClient, FakeTransport) {
        let transport = FakeTransport(json: pages)
        return (try RekognitionClient(FakeTransport.configuration(transport)), transport)
    }

    @Test("contentModeration(jobId:) follows NextToken and collects every page's detections")
    func moderationPaging() async throws {
        let (client, transport) = try client([
            #"{"JobStatus":"SUCCEEDED","VideoMetadata":{"Codec":"h264","DurationMillis":60000,"Format":"QuickTime / MOV","FrameRate":29.97,"FrameHeight":1080,"FrameWidth":1920,"ColorRange":"LIMITED"},"ModerationLabels":[{"Timestamp":1000,"ModerationLabel":{"Confidence":91.5,"Name":"Smoking","ParentName":"Drugs & Tobacco","TaxonomyLevel":2},"StartTimestampMillis":1000,"EndTimestampMillis":3000,"DurationMillis":2000}],"NextToken":"page-2","ModerationModelVersion":"7.0","JobId":"a1b2c3","Video":{"S3Object":{"Bucket":"media-in","Name":"videos/trailer.mp4"}},"JobTag":"job-42","GetRequestMetadata":{"SortBy":"TIMESTAMP","AggregateBy":"SEGMENTS"}}"#,
            #"{"JobStatus":"SUCCEEDED","ModerationLabels":[{"Timestamp":42000,"ModerationLabel":{"Confidence":80.0,"Name":"Violence","ParentName":"","TaxonomyLevel":1}}]}"#,
        ])
        let result = try await client.contentModeration(jobId: "a1b2c3", sortBy: .timestamp, aggregateBy: .segments)
        #expect(result.jobStatus == .succeeded)
        #expect(result.detections.count == 2)
        #expect(result.detections.map(\.timestamp) == [1000, 42000])
        #expect(result.detections[0].moderationLabel?.parentName == "Drugs & Tobacco")
        #expect(result.detections[0].endTimestampMillis == 3000)
        #expect(result.videoMetadata.first?.durationMillis == 60000)
        #expect(result.videoMetadata.first?.frameRate == 29.97)
        #expect(result.modelVersion == "7.0")
        #expect(result.video?.s3Object.name == "videos/trailer.mp4")
        #expect(result.nextToken == nil)
        let second = String(decoding: transport.requests[1].body, as: UTF8.self)
        #expect(second.contains(#""NextToken":"page-2""#) && second.contains(#""SortBy":"TIMESTAMP""#))
    }

    @Test("GetSegmentDetection decodes shots and technical cues with ms, SMPTE and frames, and metadata lists")
    func segments() async throws {
        let (client, _) = try client([#"""
        {"JobStatus":"SUCCEEDED","VideoMetadata":[{"Codec":"h264","DurationMillis":5000,"Format":"MP4","FrameRate":25,"FrameHeight":720,"FrameWidth":1280}],
         "AudioMetadata":[{"Codec":"aac","DurationMillis":5000,"SampleRate":48000,"NumberOfChannels":2}],
         "Segments":[
          {"Type":"TECHNICAL_CUE","StartTimestampMillis":0,"EndTimestampMillis":1000,"DurationMillis":1000,"StartTimecodeSMPTE":"00:00:00:00",
           "EndTimecodeSMPTE":"00:00:01:00","DurationSMPTE":"00:00:01:00","TechnicalCueSegment":{"Type":"BlackFrames","Confidence":99.9},
           "StartFrameNumber":0,"EndFrameNumber":25,"DurationFrames":25},
          {"Type":"SHOT","StartTimestampMillis":1000,"EndTimestampMillis":5000,"DurationMillis":4000,"StartTimecodeSMPTE":"00:00:01:00",
           "EndTimecodeSMPTE":"00:00:05:00","DurationSMPTE":"00:00:04:00","ShotSegment":{"Index":0,"Confidence":97.2},
           "StartFrameNumber":25,"EndFrameNumber":125,"DurationFrames":100}],
         "SelectedSegmentTypes":[{"Type":"SHOT","ModelVersion":"1.0"},{"Type":"TECHNICAL_CUE","ModelVersion":"2.0"}],"JobId":"s1"}
        """#])
        let result = try await client.segmentDetection(jobId: "s1")
        #expect(result.detections.map(\.type) == [.technicalCue, .shot])
        #expect(result.detections[0].technicalCueSegment?.type == "BlackFrames")
        #expect(result.detections[1].shotSegment == SegmentDetection.Shot(index: 0, confidence: 97.2))
        #expect(result.detections[1].startTimestampMillis == 1000 && result.detections[1].endTimestampMillis == 5000)
        #expect(result.detections[1].endTimecodeSMPTE == "00:00:05:00")
        #expect(result.detections[1].durationFrames == 100)
        #expect(result.videoMetadata.first?.frameWidth == 1280)
        #expect(result.audioMetadata?.first?.numberOfChannels == 2)
    }

    @Test("label, face and celebrity pages decode their detections")
    func otherResults() async throws {
        let (client, _) = try client([
            #"{"JobStatus":"SUCCEEDED","Labels":[{"Timestamp":500,"Label":{"Name":"Car","Confidence":97.0,"Instances":[{"BoundingBox":{"Width":0.3,"Height":0.2,"Left":0.1,"Top":0.5},"Confidence":96.0}],"Parents":[{"Name":"Vehicle"}]},"StartTimestampMillis":500,"EndTimestampMillis":1500,"DurationMillis":1000}],"LabelModelVersion":"3.0"}"#,
            #"{"JobStatus":"SUCCEEDED","Faces":[{"Timestamp":800,"Face":{"BoundingBox":{"Width":0.2,"Height":0.3,"Left":0.4,"Top":0.2},"AgeRange":{"Low":25,"High":35},"Gender":{"Value":"Female","Confidence":99.0},"Emotions":[{"Type":"CALM","Confidence":90.0}],"EyesOpen":{"Value":true,"Confidence":98.0},"Confidence":99.9}}]}"#,
            #"{"JobStatus":"IN_PROGRESS","Celebrities":[{"Timestamp":1200,"Celebrity":{"Urls":[],"Name":"Jane Doe","Id":"1SK7cR8M","Confidence":95.0,"BoundingBox":{"Width":0.2,"Height":0.2,"Left":0.1,"Top":0.1},"KnownGender":{"Type":"Female"}}}]}"#,
        ])
        let labels = try await client.labelDetection(jobId: "l1")
        #expect(labels.detections.first?.label?.instances?.first?.boundingBox?.left == 0.1)
        #expect(labels.detections.first?.durationMillis == 1000)
        #expect(labels.modelVersion == "3.0")
        let faces = try await client.faceDetection(jobId: "f1")
        #expect(faces.detections.first?.face?.ageRange == AgeRange(low: 25, high: 35))
        #expect(faces.detections.first?.face?.gender?.value == "Female")
        let celebrities = try await client.celebrityRecognition(jobId: "c1", sortBy: .id)
        #expect(celebrities.jobStatus == .inProgress)
        #expect(celebrities.detections.first?.celebrity?.name == "Jane Doe")
        #expect(celebrities.detections.first?.timestamp == 1200)
    }

    @Test("Start operations return the job id; empty S3 locations, bad tokens and empty segment types are refused")
    func starts() async throws {
        let (client, transport) = try client([#"{"JobId":"1234567890abcdef"}"#])
        let video = RekognitionVideo.s3(bucket: "media-in", name: "videos/trailer.mp4")
        #expect(try await client.startContentModeration(video, minConfidence: 60) == "1234567890abcdef")
        #expect(try await client.startCelebrityRecognition(video, options: VideoJobOptions(clientRequestToken: "job-42_celebs")) == "1234567890abcdef")
        #expect(transport.requests.count == 2)
        await #expect(throws: ClientInputError.missingField) { _ = try await client.startLabelDetection(.s3(bucket: "", name: "v.mp4")) }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.startFaceDetection(.s3(bucket: "media-in", name: "")) }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.startSegmentDetection(video, segmentTypes: []) }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await client.startContentModeration(video, options: VideoJobOptions(clientRequestToken: "has space"))
        }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.getSegmentDetection(jobId: "") }
        #expect(transport.requests.count == 2)
    }

    @Test("a video job error surfaces as AWSServiceError with the service's code")
    func serviceError() async throws {
        let transport = FakeTransport([FakeTransport.error(
            400, #"{"__type":"IdempotentParameterMismatchException","Message":"ClientRequestToken reused with different parameters"}"#)])
        let client = try RekognitionClient(FakeTransport.configuration(transport))
        let error = await #expect(throws: AWSServiceError.self) {
            _ = try await client.startSegmentDetection(
                .s3(bucket: "media-in", name: "v.mp4"), segmentTypes: [.shot], options: VideoJobOptions(clientRequestToken: "t1"))
        }
        #expect(error?.code == "IdempotentParameterMismatchException")
    }
}
