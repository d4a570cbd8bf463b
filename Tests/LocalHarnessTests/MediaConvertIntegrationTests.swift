import AWSClients
import AWSCore
import Foundation
import StatesLanguage
import Testing
@testable import LocalHarness

/// `arn:aws:states:::mediaconvert:createJob` and `.sync` run by the States Language interpreter against the
/// MediaConvert twin (storage in memory), which verifies every signature.
@Suite("Service integrations: MediaConvert against the twin", .serialized)
struct MediaConvertIntegrationTests {
    /// A CreateJob request as a workflow writes it, from the execution's input.
    static let renderParameters = #"""
        {
              "Role": "arn:aws:iam::123456789012:role/MediaConvertRole", "Queue": "Default",
              "UserMetadata": {"jobId.$": "$.jobId", "useCase": "Highlights"},
              "Settings": {
                "Inputs": [{"FileInput.$": "$.source", "TimecodeSource": "ZEROBASED", "AudioSelectors": {"Audio Selector 1": {"DefaultSelection": "DEFAULT"}},
                            "InputClippings": [{"StartTimecode": "00:00:02:00", "EndTimecode": "00:00:08:00"}]}],
                "OutputGroups": [{"Name": "File Group",
                  "OutputGroupSettings": {"Type": "FILE_GROUP_SETTINGS", "FileGroupSettings": {"Destination.$": "$.destination"}},
                  "Outputs": [{"NameModifier": "_720p", "ContainerSettings": {"Container": "MP4"},
                    "VideoDescription": {"Width": 1280, "Height": 720, "CodecSettings": {"Codec": "H_264", "H264Settings": {"RateControlMode": "QVBR", "MaxBitrate": 3000000}}},
                    "AudioDescriptions": [{"AudioSourceName": "Audio Selector 1", "CodecSettings": {"Codec": "AAC",
                      "AacSettings": {"Bitrate": 96000, "CodingMode": "CODING_MODE_2_0", "SampleRate": 48000}}}]}]}]}}
        """#

    /// A render step: the job waited for, its failure caught, its answer read by the next state.
    static let renderMachine = #"""
        {"StartAt": "Render", "States": {
          "Render": {"Type": "Task", "Resource": "arn:aws:states:::mediaconvert:createJob.sync", "ResultPath": "$.render", "Next": "Summarise",
            "Parameters": \#(renderParameters),
            "Catch": [{"ErrorEquals": ["States.TaskFailed", "MediaConvert.BadRequestException"], "ResultPath": "$.error", "Next": "Failed"}]},
          "Summarise": {"Type": "Pass", "End": true, "Parameters": {
            "id.$": "$.render.Job.Id", "status.$": "$.render.Job.Status", "width.$": "$.render.Job.OutputGroupDetails[0].OutputDetails[0].VideoDetails.WidthInPx",
            "durationMs.$": "$.render.Job.OutputGroupDetails[0].OutputDetails[0].DurationInMs", "metadata.$": "$.render.Job.UserMetadata",
            "createdAt.$": "$.render.Job.CreatedAt", "path.$": "$.render.Job.OutputGroupDetails[0].OutputDetails[0].OutputFilePaths[0]"}},
          "Failed": {"Type": "Pass", "End": true, "Parameters": {"error.$": "$.error.Error", "cause.$": "$.error.Cause"}}
        }}
        """#

    struct Twin {
        var twin: TwinMediaConvert
        var storage: MemoryTwinStorage
        var integrations: ServiceIntegrations
    }

    static func withTwin(_ body: (Twin) async throws -> Void) async throws {
        let storage = MemoryTwinStorage()
        try await storage.put(bucket: "media", key: "in/match.mp4", data: TwinMediaConvertPlanTests.mp4(timescale: 1000, duration: 30_000), contentType: "video/mp4")
        let twin = TwinMediaConvert(storage: storage, queuedFor: 0.05, processingFor: 0.1, ffmpeg: nil)
        let server = TwinServer(services: [twin], verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]), forwarder: nil)
        let running = try await server.start()
        let integrations = ServiceIntegrations(configuration: TwinTests.configuration(port: running.port), pollInterval: .milliseconds(20))
        do { try await body(Twin(twin: twin, storage: storage, integrations: integrations)) } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    static func run(_ definition: String, input: JSONValue, integrations: ServiceIntegrations) async throws -> ExecutionResult {
        let machine = try StateMachineDefinition(json: definition)
        let clock = SkippingStatesClock()
        let interpreter = StatesInterpreter(executor: integrations, clock: clock, tokens: TaskTokenRegistry())
        return await interpreter.run(machine, input: input, identity: .local(stateMachineName: "Render"), recorder: EventRecorder(clock: clock))
    }

    @Test("createJob.sync waits for the job and answers GetJob's response in PascalCase; the job carries Step Functions' tag")
    func syncCompletes() async throws {
        try await Self.withTwin { twin in
            let result = try await Self.run(Self.renderMachine, input: [
                "jobId": "job-9", "source": "s3://media/in/match.mp4", "destination": "s3://out/highlights/",
            ], integrations: twin.integrations)
            #expect(result.status == .succeeded, "\(String(describing: result.error))")
            let output = try #require(result.output)
            #expect(output["status"] == "COMPLETE")
            #expect(output["width"] == 1280)
            #expect(output["durationMs"] == 6000)
            #expect(output["path"] == "s3://out/highlights/match_720p.mp4")
            #expect(output["metadata"] == ["jobId": "job-9", "useCase": "Highlights", "mediagen-local:placeholder-outputs": "true"])
            let createdAt = try #require(output["createdAt"]?.number)
            #expect(abs(createdAt - Date().timeIntervalSince1970 * 1000) < 3_600_000)
            let id = try #require(output["id"]?.stringValue)
            let stored = try #require(await twin.twin.jobs.job(id))
            #expect(stored.request["tags"] == ["ManagedByService": "AWSStepFunctions"])
            #expect(stored.request["clientRequestToken"]?.stringValue?.isEmpty == false)
            #expect(stored.request["settings"]?["inputs"]?[0]?["audioSelectors"]?["Audio Selector 1"]?["defaultSelection"] == "DEFAULT")
            #expect(await twin.storage.text("out/highlights/match_720p.mp4")?.hasPrefix("mediagen-local placeholder output") == true)
        }
    }

    @Test("createJob answers CreateJob's response at once (SUBMITTED) with the SDK's response metadata")
    func requestResponse() async throws {
        try await Self.withTwin { twin in
            let machine = #"""
                {"StartAt": "Render", "States": {"Render": {"Type": "Task", "Resource": "arn:aws:states:::mediaconvert:createJob", "ResultPath": "$.render",
                  "End": true, "Parameters": \#(Self.renderParameters)}}}
                """#
            let result = try await Self.run(machine, input: ["jobId": "job-10", "source": "s3://media/in/match.mp4", "destination": "s3://out/a/"],
                                            integrations: twin.integrations)
            #expect(result.status == .succeeded, "\(String(describing: result.error))")
            let render = try #require(result.output?["render"])
            #expect(render["Job"]?["Status"] == "SUBMITTED")
            #expect(render["Job"]?["Settings"]?["OutputGroups"]?[0]?["OutputGroupSettings"]?["FileGroupSettings"]?["Destination"] == "s3://out/a/")
            #expect(render["Job"]?["Timing"]?["SubmitTime"]?.number == render["Job"]?["CreatedAt"]?.number)
            #expect(render["SdkHttpMetadata"]?["HttpStatusCode"] == 200)
        }
    }

    @Test("a job that ends ERROR fails the task with States.TaskFailed and GetJob's response as the cause; bad settings are MediaConvert.BadRequestException")
    func failures() async throws {
        try await Self.withTwin { twin in
            let missing = try await Self.run(Self.renderMachine, input: ["jobId": "job-11", "source": "s3://media/in/gone.mp4", "destination": "s3://out/b/"],
                                             integrations: twin.integrations)
            #expect(missing.status == .succeeded, "\(String(describing: missing.error))")
            #expect(missing.output?["error"] == "States.TaskFailed")
            let cause = try JSONValue(parsing: try #require(missing.output?["cause"]?.stringValue))
            #expect(cause["Job"]?["Status"] == "ERROR")
            #expect(cause["Job"]?["ErrorCode"] == 1010)

            let badSource = try await Self.run(Self.renderMachine, input: ["jobId": "job-12", "source": "ftp://nowhere/x.mp4", "destination": "s3://out/c/"],
                                               integrations: twin.integrations)
            #expect(badSource.output?["error"] == "MediaConvert.BadRequestException")
            #expect(badSource.output?["cause"]?.stringValue?.contains("/settings/inputs/0/fileInput") == true)

            let noRole = Self.renderMachine.replacingOccurrences(of: #""Role": "arn:aws:iam::123456789012:role/MediaConvertRole", "#, with: "")
            let runtime = try await Self.run(noRole, input: ["jobId": "job-13", "source": "s3://media/in/match.mp4", "destination": "s3://out/d/"],
                                             integrations: twin.integrations)
            #expect(runtime.status == .failed)
            #expect(runtime.error?.error == "States.Runtime")
            #expect(runtime.error?.cause.contains("Parameters.Role is required") == true)
        }
    }

    @Test("Parameters in PascalCase become the wire's camelCase members, map keys untouched; answers come back in PascalCase with dates in milliseconds")
    func memberNames() throws {
        let parameters: JSONValue = ["Role": "r", "UserMetadata": ["Camel Key": "v"], "Settings": ["Inputs": [["AudioSelectors": ["Audio Selector 1": ["DefaultSelection": "DEFAULT"]],
                                                                                                            "FileInput": "s3://b/k"]]]]
        let wire = MediaConvertMemberNames.toWire(parameters)
        #expect(wire == ["role": "r", "userMetadata": ["Camel Key": "v"], "settings": ["inputs": [["audioSelectors": ["Audio Selector 1": ["defaultSelection": "DEFAULT"]],
                                                                                                   "fileInput": "s3://b/k"]]]])
        let answer: JSONValue = ["job": ["createdAt": 1_767_000_000, "timing": ["submitTime": 1_767_000_000.5], "userMetadata": ["jobId": "x"],
                                         "settings": ["outputGroups": [["outputs": [["videoDescription": ["codecSettings": ["h264Settings": ["maxBitrate": 5]]]]]]]]]]
        #expect(MediaConvertMemberNames.toPascal(answer) == ["Job": ["CreatedAt": 1_767_000_000_000, "Timing": ["SubmitTime": 1_767_000_000_500],
                                                                     "UserMetadata": ["jobId": "x"],
                                                                     "Settings": ["OutputGroups": [["Outputs": [["VideoDescription": ["CodecSettings": ["H264Settings": ["MaxBitrate": 5]]]]]]]]]])
        #expect(throws: StatesError.self) { try MediaConvertIntegration.request(["Role": "r", "Settings": [:], "Unknown": 1]) }
        let request = try MediaConvertIntegration.request(["Role": "r", "Settings": ["Inputs": []], "Tags": ["team": "media"], "ClientRequestToken": "t-1"])
        #expect(request["tags"] == ["team": "media", "ManagedByService": "AWSStepFunctions"])
        #expect(request["clientRequestToken"] == "t-1")
    }
}

extension JSONValue {
    /// The element at `index` of an array.
    fileprivate subscript(index: Int) -> JSONValue? {
        guard let items = arrayValue, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
