import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let polly: [ConformanceRow] = [
        ConformanceRow(
            "polly.SynthesizeSpeech plain text, neural mp3", service: "polly", operation: "SynthesizeSpeech",
            params: ["Text": "Bonjour à tous — welcome!", "VoiceId": "Joanna", "Engine": "neural", "OutputFormat": "mp3",
                     "SampleRate": "24000", "LanguageCode": "en-US", "LexiconNames": ["brands"]]
        ) { configuration in
            _ = try await PollyClient(configuration).synthesizeSpeech(SynthesizeSpeechInput(
                text: "Bonjour à tous — welcome!", voiceId: "Joanna", engine: .neural, outputFormat: .mp3, sampleRate: "24000",
                languageCode: "en-US", lexiconNames: ["brands"]))
        },
        ConformanceRow(
            "polly.SynthesizeSpeech SSML speech marks", service: "polly", operation: "SynthesizeSpeech",
            params: ["Text": "<speak>Hello <mark name=\"a\"/>world</speak>", "TextType": "ssml", "VoiceId": "Matthew",
                     "Engine": "long-form", "OutputFormat": "json", "SpeechMarkTypes": ["sentence", "word", "viseme", "ssml"]]
        ) { configuration in
            _ = try await PollyClient(configuration).synthesizeSpeech(SynthesizeSpeechInput(
                text: "<speak>Hello <mark name=\"a\"/>world</speak>", textType: .ssml, voiceId: "Matthew", engine: .longForm,
                outputFormat: .json, speechMarkTypes: [.sentence, .word, .viseme, .ssml]))
        },
        ConformanceRow(
            "polly.SynthesizeSpeech generative pcm", service: "polly", operation: "SynthesizeSpeech",
            params: ["Text": "Hi", "VoiceId": "Ruth", "Engine": "generative", "OutputFormat": "pcm", "SampleRate": "16000"]
        ) { configuration in
            _ = try await PollyClient(configuration).synthesizeSpeech(SynthesizeSpeechInput(
                text: "Hi", voiceId: "Ruth", engine: .generative, outputFormat: .pcm, sampleRate: "16000"))
        },
        ConformanceRow(
            "polly.DescribeVoices with every filter", service: "polly", operation: "DescribeVoices",
            params: ["Engine": "neural", "LanguageCode": "en-GB", "IncludeAdditionalLanguageCodes": true, "NextToken": "a+b/c=="]
        ) { configuration in
            _ = try await PollyClient(configuration).describeVoicesPage(
                engine: .neural, languageCode: "en-GB", includeAdditionalLanguageCodes: true, nextToken: "a+b/c==")
        },
        ConformanceRow("polly.DescribeVoices without filters", service: "polly", operation: "DescribeVoices", params: [:]) { configuration in
            _ = try await PollyClient(configuration).describeVoices()
        },
        ConformanceRow(
            "polly.StartSpeechSynthesisTask to S3 with SNS", service: "polly", operation: "StartSpeechSynthesisTask",
            params: ["Text": "A long chapter.", "VoiceId": "Joanna", "Engine": "long-form", "OutputFormat": "ogg_vorbis",
                     "OutputS3BucketName": "media-out", "OutputS3KeyPrefix": "dubbing/job-9/",
                     "SnsTopicArn": "arn:aws:sns:us-east-1:123456789012:polly-done", "SampleRate": "22050"],
            region: "eu-central-1"
        ) { configuration in
            _ = try await PollyClient(configuration).startSpeechSynthesisTask(StartSpeechSynthesisTaskInput(
                text: "A long chapter.", voiceId: "Joanna", engine: .longForm, outputFormat: .oggVorbis,
                outputS3BucketName: "media-out", outputS3KeyPrefix: "dubbing/job-9/", sampleRate: "22050",
                snsTopicArn: "arn:aws:sns:us-east-1:123456789012:polly-done"))
        },
        ConformanceRow(
            "polly.GetSpeechSynthesisTask", service: "polly", operation: "GetSpeechSynthesisTask",
            params: ["TaskId": "57548c6b-d21a-4885-962f-450952569dc7"]
        ) { configuration in
            _ = try await PollyClient(configuration).getSpeechSynthesisTask(taskId: "57548c6b-d21a-4885-962f-450952569dc7")
        },
    ]
}
