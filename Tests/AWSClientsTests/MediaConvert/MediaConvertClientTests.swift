import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("MediaConvert client")
struct MediaConvertClientTests {
    static let jobBody = #"""
    {"job":{"id":"1700000000000-abc123","arn":"arn:aws:mediaconvert:us-east-1:123456789012:jobs/1700000000000-abc123",
    "status":"ERROR","currentPhase":"TRANSCODING","jobPercentComplete":42,"errorCode":1010,
    "errorMessage":"Unable to open input file [s3://in/movie.mp4]","createdAt":1700000000,
    "timing":{"submitTime":1700000000,"startTime":1700000005,"finishTime":1700000100},
    "outputGroupDetails":[{"outputDetails":[{"durationInMs":61000,"videoDetails":{"widthInPx":1280,"heightInPx":720}},
    {"durationInMs":61000,"videoDetails":{"widthInPx":640,"heightInPx":360}}]}],
    "queue":"arn:aws:mediaconvert:us-east-1:123456789012:queues/Default","role":"arn:aws:iam::123456789012:role/MC",
    "clientRequestToken":"job-42-render","userMetadata":{"jobId":"job-42"},"retryCount":0,
    "settings":{"inputs":[{"fileInput":"s3://in/movie.mp4"}],"outputGroups":[]},"messages":{"info":[],"warning":[]}}}
    """#

    static let role = "arn:aws:iam::123456789012:role/MC"

    static func settings() -> MediaConvert.JobSettings {
        MediaConvert.JobSettings(
            inputs: [.video("s3://in/movie.mp4")], outputGroups: [.hlsLadder(destination: "s3://out/hls/movie")])
    }

    @Test("GetJob decodes status, error code and message, progress, timing and output group details")
    func decodesJob() async throws {
        let transport = FakeTransport(body: Self.jobBody)
        let job = try await MediaConvertClient(transport.configuration).getJob(id: "1700000000000-abc123")
        #expect(job.status == .error)
        #expect(job.status?.isFinished == true)
        #expect(job.currentPhase == .transcoding)
        #expect(job.errorCode == 1010)
        #expect(job.errorMessage == "Unable to open input file [s3://in/movie.mp4]")
        #expect(job.jobPercentComplete == 42)
        #expect(job.timing?.finishTime == Date(timeIntervalSince1970: 1_700_000_100))
        #expect(job.createdAt == Date(timeIntervalSince1970: 1_700_000_000))
        let details = try #require(job.outputGroupDetails?.first?.outputDetails)
        #expect(details.map { $0.videoDetails?.heightInPx } == [720, 360])
        #expect(details.first?.durationInMs == 61_000)
        #expect(job.userMetadata == ["jobId": "job-42"])
        #expect(transport.requests.first?.url == "https://mediaconvert.us-east-1.amazonaws.com/2017-08-29/jobs/1700000000000-abc123")
    }

    @Test("CreateJob returns the created job and fills in a client request token when none is given")
    func createJobGeneratesToken() async throws {
        let transport = FakeTransport(status: 201, body: #"{"job":{"id":"j1","status":"SUBMITTED"}}"#)
        let job = try await MediaConvertClient(transport.configuration).createJob(.init(role: Self.role, settings: Self.settings()))
        #expect(job.id == "j1")
        #expect(job.status == .submitted)
        let body = try JSONDecoder().decode(JSON.self, from: try #require(transport.requests.first).body)
        #expect(body["clientRequestToken"]?.stringValue?.isEmpty == false)
        #expect(body["settings"]?["outputGroups"]?[0]?["outputGroupSettings"]?["type"] == "HLS_GROUP_SETTINGS")
    }

    @Test("a MediaConvert error answer surfaces as AWSServiceError with the service's code")
    func serviceError() async throws {
        let transport = FakeTransport(
            status: 404, headers: ["Content-Type": "application/json", "x-amzn-ErrorType": "NotFoundException"],
            body: #"{"message":"The specified job does not exist"}"#)
        await #expect {
            _ = try await MediaConvertClient(transport.configuration).getJob(id: "missing")
        } throws: { error in
            guard let error = error as? AWSServiceError else { return false }
            return error.code == "NotFoundException" && error.statusCode == 404 && error.message == "The specified job does not exist"
        }
        let badRequest = FakeTransport(
            status: 400, headers: ["Content-Type": "application/json", "x-amzn-ErrorType": "BadRequestException"],
            body: #"{"message":"/outputGroups/0: should have at least 1 outputs"}"#)
        await #expect(throws: AWSServiceError.self) {
            try await MediaConvertClient(badRequest.configuration).cancelJob(id: "j1")
        }
    }

    @Test("CreateJob refuses an empty role, no inputs, no output groups, a group without outputs and an input without a file, naming the field")
    func inputChecks() async throws {
        let transport = FakeTransport()
        let client = try MediaConvertClient(transport.configuration)
        func refusal(_ input: MediaConvert.CreateJobInput) async -> String? {
            do {
                _ = try await client.createJob(input)
                return nil
            } catch let error as ClientInputError {
                return error.detail
            } catch {
                return "\(error)"
            }
        }
        var settings = Self.settings()
        #expect(await refusal(.init(role: "", settings: settings))?.contains("Role") == true)
        settings.outputGroups = []
        #expect(await refusal(.init(role: Self.role, settings: settings))?.contains("Settings.OutputGroups") == true)
        settings = Self.settings()
        settings.outputGroups[0].outputs = []
        #expect(await refusal(.init(role: Self.role, settings: settings))?.contains("Settings.OutputGroups[0].Outputs") == true)
        settings = Self.settings()
        settings.inputs.append(.video(""))
        #expect(await refusal(.init(role: Self.role, settings: settings))?.contains("Settings.Inputs[1].FileInput") == true)
        settings = Self.settings()
        settings.inputs = []
        #expect(await refusal(.init(role: Self.role, settings: settings))?.contains("Settings.Inputs") == true)
        settings = Self.settings()
        settings.inputs[0].inputClippings = [MediaConvert.InputClipping()]
        #expect(await refusal(.init(role: Self.role, settings: settings))?.contains("InputClippings[0]") == true)
        let longToken = String(repeating: "t", count: 65)
        #expect(await refusal(.init(role: Self.role, settings: Self.settings(), clientRequestToken: longToken))?.contains("at most 64") == true)
        #expect(transport.requests.isEmpty)
    }

    @Test("seconds become HH:MM:SS:FF timecodes, frames rounded down")
    func timecodes() {
        #expect(MediaConvert.timecode(seconds: 0, framesPerSecond: 30) == "00:00:00:00")
        #expect(MediaConvert.timecode(seconds: 80.5, framesPerSecond: 30) == "00:01:20:15")
        #expect(MediaConvert.timecode(seconds: 3_725.04, framesPerSecond: 25) == "01:02:05:01")
        #expect(MediaConvert.timecode(seconds: -3, framesPerSecond: 25) == "00:00:00:00")
    }

    @Test("the HLS ladder puts one output per rendition and one WebVTT output per captions track, all M3U8")
    func hlsLadderShape() {
        let group = MediaConvert.OutputGroup.hlsLadder(
            destination: "s3://out/hls/x", captions: [.init(languageCode: "eng"), .init(selectorName: "Captions Selector 2", languageCode: "fra")])
        #expect(group.outputs.count == MediaConvert.VideoRendition.standardLadder.count + 2)
        #expect(group.outputs.allSatisfy { $0.containerSettings?.container == .m3u8 })
        #expect(group.outputs.suffix(2).map { $0.captionDescriptions?.first?.destinationSettings.destinationType } == [.webVTT, .webVTT])
        #expect(group.outputs.suffix(2).map(\.nameModifier) == ["_captions_eng", "_captions_fra"])
        #expect(group.outputs.first?.videoDescription?.codecSettings.h264Settings?.maxBitrate == 6_000_000)
    }

    @Test("replacing audio makes the external file the default selector and keeps the video")
    func dubbingInput() {
        let input = MediaConvert.Input.video("s3://in/a.mp4").replacingAudio(with: "s3://in/a.fr.wav")
        #expect(input.fileInput == "s3://in/a.mp4")
        #expect(input.audioSelectors?[MediaConvert.defaultAudioSelector]
            == MediaConvert.AudioSelector(defaultSelection: .default, externalAudioFileInput: "s3://in/a.fr.wav"))
    }
}
