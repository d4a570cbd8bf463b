import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Transcribe client")
struct TranscribeClientTests {
    static let completedJob = #"""
    {"TranscriptionJob":{"TranscriptionJobName":"job-42","TranscriptionJobStatus":"COMPLETED","LanguageCode":"en-US",
     "MediaSampleRateHertz":48000,"MediaFormat":"mp4","Media":{"MediaFileUri":"s3://media-in/talk.mp4"},
     "Transcript":{"TranscriptFileUri":"https://s3.us-east-1.amazonaws.com/media-out/transcripts/job-42.json"},
     "StartTime":1599750586.471,"CreationTime":1599750586.433,"CompletionTime":1599751075.505,
     "Settings":{"ShowSpeakerLabels":true,"MaxSpeakerLabels":4,"ChannelIdentification":false,"ShowAlternatives":false},
     "IdentifyLanguage":true,"IdentifiedLanguageScore":0.929964542388916,"LanguageOptions":["en-US","fr-FR"],
     "Subtitles":{"Formats":["vtt","srt"],"SubtitleFileUris":["https://s3.us-east-1.amazonaws.com/media-out/transcripts/job-42.vtt",
       "https://s3.us-east-1.amazonaws.com/media-out/transcripts/job-42.srt"],"OutputStartIndex":1},
     "Tags":[{"Key":"useCase","Value":"Subtitle"}]}}
    """#

    func input(name: String = "job-42", uri: String = "s3://media-in/talk.mp4", languageCode: String? = "en-US")
        -> StartTranscriptionJobInput
    {
        StartTranscriptionJobInput(transcriptionJobName: name, media: TranscriptionMedia(mediaFileUri: uri), languageCode: languageCode)
    }

    @Test("GetTranscriptionJob decodes a completed job: status, transcript and subtitle URIs, timestamps, language score")
    func decodesCompletedJob() async throws {
        let transport = FakeTransport(json: [Self.completedJob])
        let job = try await TranscribeClient(FakeTransport.configuration(transport)).getTranscriptionJob(name: "job-42")
        #expect(job.transcriptionJobStatus == .completed)
        #expect(job.transcriptionJobStatus?.isFinished == true)
        #expect(job.transcript?.transcriptFileUri == "https://s3.us-east-1.amazonaws.com/media-out/transcripts/job-42.json")
        #expect(job.subtitles?.formats == [.vtt, .srt])
        #expect(job.subtitles?.subtitleFileUris?.last?.hasSuffix("job-42.srt") == true)
        #expect(job.subtitles?.outputStartIndex == 1)
        #expect(job.mediaFormat == .mp4)
        #expect(job.settings?.maxSpeakerLabels == 4)
        #expect(job.completionTime == Date(timeIntervalSince1970: 1599751075.505))
        #expect(job.identifiedLanguageScore == 0.929964542388916)
        #expect(job.tags == [TranscribeTag(key: "useCase", value: "Subtitle")])
        #expect(String(decoding: transport.requests[0].body, as: UTF8.self) == #"{"TranscriptionJobName":"job-42"}"#)
    }

    @Test("a failed job carries its failure reason")
    func decodesFailedJob() throws {
        let body = #"{"TranscriptionJob":{"TranscriptionJobName":"bad","TranscriptionJobStatus":"FAILED","FailureReason":"The media format provided does not match the detected media format.","CreationTime":1599750586}}"#
        let output = try AWSJSONCoding.makeDecoder().decode(TranscriptionJobOutput.self, from: Data(body.utf8))
        #expect(output.transcriptionJob.transcriptionJobStatus == .failed)
        #expect(output.transcriptionJob.failureReason?.contains("media format") == true)
        #expect(output.transcriptionJob.transcript == nil)
    }

    @Test("a job name already in use surfaces as AWSServiceError ConflictException")
    func conflict() async throws {
        let transport = FakeTransport([FakeTransport.error(
            400, #"{"__type":"ConflictException","Message":"The requested job name already exists. Use a different job name."}"#)])
        let client = try TranscribeClient(FakeTransport.configuration(transport))
        let error = await #expect(throws: AWSServiceError.self) { _ = try await client.startTranscriptionJob(input()) }
        #expect(error?.code == "ConflictException")
        #expect(error?.statusCode == 400)
    }

    @Test("empty, malformed or over-200-character job names, non-S3 media, ambiguous languages and unpaired speaker settings are refused before sending")
    func inputChecks() async throws {
        let transport = FakeTransport(json: ["{}"])
        let client = try TranscribeClient(FakeTransport.configuration(transport))
        await #expect(throws: ClientInputError.missingField) { _ = try await client.startTranscriptionJob(input(name: "")) }
        await #expect(throws: ClientInputError.invalidValue) { _ = try await client.startTranscriptionJob(input(name: "my job")) }
        await #expect(throws: ClientInputError.invalidValue) { _ = try await client.startTranscriptionJob(input(name: "job/1")) }
        let tooLong = String(repeating: "a", count: 201)
        do {
            _ = try await client.startTranscriptionJob(input(name: tooLong))
            Issue.record("a 201-character name was accepted")
        } catch let error as ClientInputError {
            #expect(error == .tooLarge)
            #expect(error.detail.contains("TranscriptionJobName") && error.detail.contains("200"))
        }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await client.startTranscriptionJob(input(uri: "https://example.com/talk.mp4"))
        }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.startTranscriptionJob(input(uri: "")) }
        await #expect(throws: ClientInputError.invalidValue) { _ = try await client.startTranscriptionJob(input(languageCode: nil)) }
        var both = input()
        both.identifyLanguage = true
        await #expect(throws: ClientInputError.invalidValue) { _ = try await client.startTranscriptionJob(both) }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.getTranscriptionJob(name: "") }
        var speakers = input()
        speakers.settings = TranscriptionSettings(showSpeakerLabels: true)
        await #expect(throws: ClientInputError.missingField) { _ = try await client.startTranscriptionJob(speakers) }
        speakers.settings = TranscriptionSettings(showSpeakerLabels: true, maxSpeakerLabels: 31)
        await #expect(throws: ClientInputError.invalidValue) { _ = try await client.startTranscriptionJob(speakers) }
        #expect(transport.requests.isEmpty)

        _ = try? await client.startTranscriptionJob(input(name: String(repeating: "a", count: 200)))
        #expect(transport.requests.count == 1, "a 200-character name is sent")
    }
}
