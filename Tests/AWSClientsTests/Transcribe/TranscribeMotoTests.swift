import AWSCore
import Foundation
import Testing
import TestSupport
import AWSClients

/// Transcribe against a moto server that verifies every SigV4 signature.
/// moto answers StartTranscriptionJob without a status, then moves the job one step per
/// GetTranscriptionJob: QUEUED, IN_PROGRESS, COMPLETED.
@Suite("Transcribe against moto", .serialized, .motoServer)
struct TranscribeMotoTests {
    func client() throws -> TranscribeClient {
        let moto = try #require(MotoServer.current).connection
        return try TranscribeClient(AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint))
    }

    @Test("a job goes from start to COMPLETED with transcript and subtitle URIs; a second start with its name is a ConflictException")
    func lifecycle() async throws {
        let transcribe = try client()
        let input = StartTranscriptionJobInput(
            transcriptionJobName: "subtitle-job-1", media: TranscriptionMedia(mediaFileUri: "s3://media-in/talk.mp4"),
            mediaFormat: .mp4, languageCode: "en-US", settings: TranscriptionSettings(showSpeakerLabels: true, maxSpeakerLabels: 2),
            subtitles: SubtitleSettings(formats: [.vtt, .srt], outputStartIndex: 1),
            outputBucketName: "media-out", outputKey: "transcripts/subtitle-job-1.json")
        let started = try await transcribe.startTranscriptionJob(input)
        #expect(started.transcriptionJobName == "subtitle-job-1")
        #expect(started.creationTime != nil)

        var statuses: [TranscriptionJobStatus] = []
        var job = try await transcribe.getTranscriptionJob(name: "subtitle-job-1")
        statuses.append(try #require(job.transcriptionJobStatus))
        while job.transcriptionJobStatus?.isFinished != true && statuses.count < 5 {
            job = try await transcribe.getTranscriptionJob(name: "subtitle-job-1")
            statuses.append(try #require(job.transcriptionJobStatus))
        }
        #expect(statuses == [.queued, .inProgress, .completed])
        #expect(job.transcript?.transcriptFileUri?.hasSuffix("/media-out/transcripts/subtitle-job-1.json") == true)
        #expect(job.subtitles?.subtitleFileUris?.map { $0.hasSuffix("subtitle-job-1.vtt") || $0.hasSuffix("subtitle-job-1.srt") } == [true, true])
        #expect(job.subtitles?.outputStartIndex == 1)
        #expect(job.startTime != nil && job.completionTime != nil)
        #expect(job.settings?.showSpeakerLabels == true)

        let error = await #expect(throws: AWSServiceError.self) { _ = try await transcribe.startTranscriptionJob(input) }
        #expect(error?.code == "ConflictException")
        #expect(error?.statusCode == 400)
    }

    @Test("identifying the language among options reports the identified language and its score")
    func languageIdentification() async throws {
        let transcribe = try client()
        _ = try await transcribe.startTranscriptionJob(StartTranscriptionJobInput(
            transcriptionJobName: "lang-id-1", media: TranscriptionMedia(mediaFileUri: "s3://media-in/clip.wav"),
            identifyLanguage: true, languageOptions: ["fr-FR", "en-US"]))
        _ = try await transcribe.getTranscriptionJob(name: "lang-id-1")
        let job = try await transcribe.getTranscriptionJob(name: "lang-id-1")
        #expect(job.transcriptionJobStatus == .inProgress)
        #expect(job.identifyLanguage == true)
        #expect(job.languageCode == "fr-FR")
        #expect(job.identifiedLanguageScore != nil)
    }

    @Test("an unknown job name is an AWSServiceError (moto answers BadRequestException)")
    func unknownJob() async throws {
        let error = await #expect(throws: AWSServiceError.self) { _ = try await client().getTranscriptionJob(name: "never-started") }
        #expect(error?.code == "BadRequestException")
    }
}
