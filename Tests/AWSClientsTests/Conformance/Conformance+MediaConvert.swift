import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let mediaConvert: [ConformanceRow] = [
        ConformanceRow(
            "mediaconvert.CreateJob HLS ladder with WebVTT captions and job options", service: "mediaconvert", operation: "CreateJob",
            params: [
                "Role": "arn:aws:iam::123456789012:role/MediaConvertRole", "Queue": "arn:aws:mediaconvert:us-east-1:123456789012:queues/Default",
                "UserMetadata": ["jobId": "job-42", "useCase": "Streaming"], "ClientRequestToken": "job-42-render",
                "StatusUpdateInterval": "SECONDS_15", "Tags": ["team": "media"], "AccelerationSettings": ["Mode": "DISABLED"],
                "Settings": [
                    "Inputs": [[
                        "FileInput": "s3://in/movie.mp4", "TimecodeSource": "ZEROBASED",
                        "AudioSelectors": ["Audio Selector 1": ["DefaultSelection": "DEFAULT"]],
                        "CaptionSelectors": ["Captions Selector 1": [
                            "CustomLanguageCode": "eng",
                            "SourceSettings": ["SourceType": "SRT", "FileSourceSettings": ["SourceFile": "s3://in/movie.en.srt"]]]],
                    ]],
                    "OutputGroups": [[
                        "Name": "HLS",
                        "OutputGroupSettings": ["Type": "HLS_GROUP_SETTINGS", "HlsGroupSettings": [
                            "Destination": "s3://out/hls/movie", "SegmentLength": 6, "MinSegmentLength": 0,
                            "SegmentControl": "SEGMENTED_FILES", "CaptionLanguageSetting": "INSERT"]],
                        "Outputs": [
                            MediaConvertParams.hlsRendition("_720p", width: 1280, height: 720, bitrate: 3_000_000, audioBitrate: 128_000),
                            MediaConvertParams.hlsRendition("_360p", width: 640, height: 360, bitrate: 600_000, audioBitrate: 128_000),
                            ["NameModifier": "_captions_eng", "ContainerSettings": ["Container": "M3U8"],
                             "CaptionDescriptions": [["CaptionSelectorName": "Captions Selector 1", "CustomLanguageCode": "eng",
                                                      "LanguageDescription": "English", "DestinationSettings": ["DestinationType": "WEBVTT"]]]],
                        ],
                    ]],
                ],
            ]
        ) { configuration in
            let input = MediaConvert.Input.video("s3://in/movie.mp4").addingCaptions(from: "s3://in/movie.en.srt", format: .srt, languageCode: "eng")
            let group = MediaConvert.OutputGroup.hlsLadder(
                destination: "s3://out/hls/movie",
                renditions: [.init(width: 1280, height: 720, bitrate: 3_000_000), .init(width: 640, height: 360, bitrate: 600_000)],
                audio: .init(settings: .init(bitrate: 128_000)), captions: [.init(languageCode: "eng", label: "English")])
            _ = try await MediaConvertClient(configuration).createJob(MediaConvert.CreateJobInput(
                role: "arn:aws:iam::123456789012:role/MediaConvertRole", settings: .init(inputs: [input], outputGroups: [group]),
                queue: "arn:aws:mediaconvert:us-east-1:123456789012:queues/Default",
                userMetadata: ["jobId": "job-42", "useCase": "Streaming"], clientRequestToken: "job-42-render",
                statusUpdateInterval: .seconds15, tags: ["team": "media"], accelerationSettings: .init(mode: .disabled)))
        },
        ConformanceRow(
            "mediaconvert.CreateJob stitched highlight clips to a vertical MP4 at 25 fps", service: "mediaconvert", operation: "CreateJob",
            params: [
                "Role": "arn:aws:iam::123456789012:role/MediaConvertRole", "ClientRequestToken": "job-7-reel", "Priority": 10,
                "AccelerationSettings": ["Mode": "PREFERRED"], "StatusUpdateInterval": "SECONDS_30",
                "Settings": [
                    "TimecodeConfig": ["Source": "ZEROBASED"],
                    "Inputs": [
                        MediaConvertParams.clip("s3://in/game.mp4", "00:01:05:00", "00:01:20:15"),
                        MediaConvertParams.clip("s3://in/game.mp4", "01:00:12:00", "01:00:30:00"),
                    ],
                    "OutputGroups": [[
                        "Name": "File Group",
                        "OutputGroupSettings": ["Type": "FILE_GROUP_SETTINGS", "FileGroupSettings": ["Destination": "s3://out/reel/game"]],
                        "Outputs": [[
                            "NameModifier": "_vertical", "Extension": "mp4",
                            "ContainerSettings": ["Container": "MP4", "Mp4Settings": ["MoovPlacement": "PROGRESSIVE_DOWNLOAD"]],
                            "VideoDescription": [
                                "Width": 1080, "Height": 1920, "ScalingBehavior": "FILL", "AntiAlias": "ENABLED", "Sharpness": 50,
                                "CodecSettings": ["Codec": "H_264", "H264Settings": MediaConvertParams.h264(5_000_000, extra: [
                                    "FramerateControl": "SPECIFIED", "FramerateConversionAlgorithm": "INTERPOLATE",
                                    "FramerateNumerator": 25, "FramerateDenominator": 1])],
                            ],
                            "AudioDescriptions": [MediaConvertParams.aac(96_000)],
                        ]],
                    ]],
                ],
            ]
        ) { configuration in
            let rendition = MediaConvert.VideoRendition(
                width: 1080, height: 1920, bitrate: 5_000_000, nameModifier: "_vertical",
                frameRate: .fps25.converted(with: .interpolate), scalingBehavior: .fill, sharpness: 50)
            let settings = MediaConvert.JobSettings(
                inputs: [.clip("s3://in/game.mp4", from: 65, to: 80.5), .clip("s3://in/game.mp4", from: 3612, to: 3630)],
                outputGroups: [.mp4Files(destination: "s3://out/reel/game", renditions: [rendition])],
                timecodeConfig: .init(source: .zeroBased))
            _ = try await MediaConvertClient(configuration).createJob(MediaConvert.CreateJobInput(
                role: "arn:aws:iam::123456789012:role/MediaConvertRole", settings: settings, clientRequestToken: "job-7-reel",
                statusUpdateInterval: .seconds30, accelerationSettings: .init(mode: .preferred), priority: 10))
        },
        ConformanceRow(
            "mediaconvert.CreateJob dubbed audio replacement with an SRT sidecar", service: "mediaconvert", operation: "CreateJob",
            params: [
                "Role": "arn:aws:iam::123456789012:role/MediaConvertRole", "ClientRequestToken": "job-9-dub",
                "Settings": [
                    "Inputs": [[
                        "FileInput": "s3://in/film.mp4", "TimecodeSource": "ZEROBASED",
                        "AudioSelectors": ["Audio Selector 1": ["DefaultSelection": "DEFAULT", "ExternalAudioFileInput": "s3://in/film.spa.wav"]],
                        "CaptionSelectors": ["Captions Selector 1": [
                            "CustomLanguageCode": "spa",
                            "SourceSettings": ["SourceType": "WEBVTT", "FileSourceSettings": ["SourceFile": "s3://in/film.spa.vtt"]]]],
                    ]],
                    "OutputGroups": [[
                        "Name": "File Group",
                        "OutputGroupSettings": ["Type": "FILE_GROUP_SETTINGS", "FileGroupSettings": ["Destination": "s3://out/dub/film"]],
                        "Outputs": [
                            [
                                "NameModifier": "_1080p", "Extension": "mp4",
                                "ContainerSettings": ["Container": "MP4", "Mp4Settings": ["MoovPlacement": "PROGRESSIVE_DOWNLOAD"]],
                                "VideoDescription": [
                                    "Width": 1920, "Height": 1080, "AntiAlias": "ENABLED",
                                    "CodecSettings": ["Codec": "H_264", "H264Settings": MediaConvertParams.h264(6_000_000, extra: [
                                        "FramerateControl": "SPECIFIED", "FramerateConversionAlgorithm": "DUPLICATE_DROP",
                                        "FramerateNumerator": 30000, "FramerateDenominator": 1001])],
                                ],
                                "AudioDescriptions": [MediaConvertParams.aac(96_000, extra: [
                                    "CustomLanguageCode": "spa", "LanguageCodeControl": "USE_CONFIGURED", "StreamName": "Spanish"])],
                            ],
                            [
                                "NameModifier": "_captions_spa", "Extension": "srt", "ContainerSettings": ["Container": "RAW"],
                                "CaptionDescriptions": [["CaptionSelectorName": "Captions Selector 1", "CustomLanguageCode": "spa",
                                                         "LanguageDescription": "Español", "DestinationSettings": ["DestinationType": "SRT"]]],
                            ],
                        ],
                    ]],
                ],
            ]
        ) { configuration in
            let input = MediaConvert.Input.video("s3://in/film.mp4").replacingAudio(with: "s3://in/film.spa.wav")
                .addingCaptions(from: "s3://in/film.spa.vtt", format: .webVTT, languageCode: "spa")
            let group = MediaConvert.OutputGroup.mp4Files(
                destination: "s3://out/dub/film", renditions: [.init(width: 1920, height: 1080, bitrate: 6_000_000, frameRate: .fps29_97)],
                audio: .init(languageCode: "spa", streamName: "Spanish"), captions: [.init(languageCode: "spa", label: "Español")],
                captionFormat: .srt)
            _ = try await MediaConvertClient(configuration).createJob(MediaConvert.CreateJobInput(
                role: "arn:aws:iam::123456789012:role/MediaConvertRole", settings: .init(inputs: [input], outputGroups: [group]),
                clientRequestToken: "job-9-dub"))
        },
        ConformanceRow("mediaconvert.GetJob", service: "mediaconvert", operation: "GetJob", params: ["Id": "1700000000000-abc123"]) { configuration in
            _ = try await MediaConvertClient(configuration).getJob(id: "1700000000000-abc123")
        },
        ConformanceRow("mediaconvert.CancelJob", service: "mediaconvert", operation: "CancelJob", params: ["Id": "1700000000000-abc123"]) { configuration in
            try await MediaConvertClient(configuration).cancelJob(id: "1700000000000-abc123")
        },
    ]
}

/// botocore parameters (model member names) for the repeated parts of the MediaConvert rows.
private enum MediaConvertParams {
    static func h264(_ maxBitrate: Int, extra: [String: JSON] = [:]) -> JSON {
        var settings: [String: JSON] = [
            "RateControlMode": "QVBR", "MaxBitrate": .number(Double(maxBitrate)), "CodecProfile": "HIGH",
            "SceneChangeDetect": "TRANSITION_DETECTION", "QualityTuningLevel": "SINGLE_PASS_HQ",
        ]
        settings.merge(extra) { _, new in new }
        return .object(settings)
    }

    static func aac(_ bitrate: Int, extra: [String: JSON] = [:]) -> JSON {
        var description: [String: JSON] = [
            "AudioSourceName": "Audio Selector 1",
            "CodecSettings": ["Codec": "AAC", "AacSettings": [
                "Bitrate": .number(Double(bitrate)), "CodingMode": "CODING_MODE_2_0", "SampleRate": 48000, "CodecProfile": "LC",
                "RateControlMode": "CBR"]],
        ]
        description.merge(extra) { _, new in new }
        return .object(description)
    }

    static func hlsRendition(_ nameModifier: String, width: Int, height: Int, bitrate: Int, audioBitrate: Int) -> JSON {
        [
            "NameModifier": .string(nameModifier), "ContainerSettings": ["Container": "M3U8"],
            "VideoDescription": [
                "Width": .number(Double(width)), "Height": .number(Double(height)), "AntiAlias": "ENABLED",
                "CodecSettings": ["Codec": "H_264", "H264Settings": h264(bitrate)],
            ],
            "AudioDescriptions": [aac(audioBitrate)],
        ]
    }

    static func clip(_ file: String, _ start: String, _ end: String) -> JSON {
        [
            "FileInput": .string(file), "TimecodeSource": "ZEROBASED",
            "AudioSelectors": ["Audio Selector 1": ["DefaultSelection": "DEFAULT"]],
            "InputClippings": [["StartTimecode": .string(start), "EndTimecode": .string(end)]],
        ]
    }
}
