import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let transcribe: [ConformanceRow] = [
        ConformanceRow(
            "transcribe.StartTranscriptionJob with speaker labels, subtitles and output location", service: "transcribe",
            operation: "StartTranscriptionJob",
            params: ["TranscriptionJobName": "job-42.subtitle_en", "Media": ["MediaFileUri": "s3://media-in/talk é.mp4"],
                     "MediaFormat": "mp4", "LanguageCode": "en-US",
                     "Settings": ["ShowSpeakerLabels": true, "MaxSpeakerLabels": 4],
                     "Subtitles": ["Formats": ["vtt", "srt"], "OutputStartIndex": 1],
                     "OutputBucketName": "media-out", "OutputKey": "transcripts/job-42.json",
                     "Tags": [["Key": "useCase", "Value": "Subtitle"]]]
        ) { configuration in
            _ = try await TranscribeClient(configuration).startTranscriptionJob(StartTranscriptionJobInput(
                transcriptionJobName: "job-42.subtitle_en", media: TranscriptionMedia(mediaFileUri: "s3://media-in/talk é.mp4"),
                mediaFormat: .mp4, languageCode: "en-US",
                settings: TranscriptionSettings(showSpeakerLabels: true, maxSpeakerLabels: 4),
                subtitles: SubtitleSettings(formats: [.vtt, .srt], outputStartIndex: 1),
                outputBucketName: "media-out", outputKey: "transcripts/job-42.json",
                tags: [TranscribeTag(key: "useCase", value: "Subtitle")]))
        },
        ConformanceRow(
            "transcribe.StartTranscriptionJob identifying one language among options", service: "transcribe",
            operation: "StartTranscriptionJob",
            params: ["TranscriptionJobName": "dub-7", "Media": ["MediaFileUri": "s3://media-in/clip.wav"],
                     "IdentifyLanguage": true, "LanguageOptions": ["en-US", "fr-FR", "de-DE"], "MediaSampleRateHertz": 16000]
        ) { configuration in
            _ = try await TranscribeClient(configuration).startTranscriptionJob(StartTranscriptionJobInput(
                transcriptionJobName: "dub-7", media: TranscriptionMedia(mediaFileUri: "s3://media-in/clip.wav"),
                mediaSampleRateHertz: 16000, identifyLanguage: true, languageOptions: ["en-US", "fr-FR", "de-DE"]))
        },
        ConformanceRow(
            "transcribe.StartTranscriptionJob identifying multiple languages", service: "transcribe",
            operation: "StartTranscriptionJob",
            params: ["TranscriptionJobName": "multi", "Media": ["MediaFileUri": "s3://media-in/mixed.flac"],
                     "MediaFormat": "flac", "IdentifyMultipleLanguages": true, "LanguageOptions": ["en-US", "es-US"]]
        ) { configuration in
            _ = try await TranscribeClient(configuration).startTranscriptionJob(StartTranscriptionJobInput(
                transcriptionJobName: "multi", media: TranscriptionMedia(mediaFileUri: "s3://media-in/mixed.flac"),
                mediaFormat: .flac, identifyMultipleLanguages: true, languageOptions: ["en-US", "es-US"]))
        },
        ConformanceRow(
            "transcribe.GetTranscriptionJob", service: "transcribe", operation: "GetTranscriptionJob",
            params: ["TranscriptionJobName": "job-42.subtitle_en"], region: "eu-west-1"
        ) { configuration in
            _ = try await TranscribeClient(configuration).getTranscriptionJob(name: "job-42.subtitle_en")
        },
    ]
}
