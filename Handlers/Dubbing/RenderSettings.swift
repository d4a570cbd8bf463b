import JSONValues

/// The MediaConvert job settings the Dubbing workflow starts (`mediaconvert:createJob.sync` task states).
enum RenderSettings {
    /// The original audio as a 48 kHz 16-bit stereo WAV (`<destination>.wav`), for a `duck` mix.
    static func extractOriginal(source: String, destination: String) -> JSONValue {
        [
            "TimecodeConfig": ["Source": "ZEROBASED"],
            "Inputs": [["FileInput": .string(source), "TimecodeSource": "ZEROBASED",
                        "AudioSelectors": ["Audio Selector 1": ["DefaultSelection": "DEFAULT"]]]],
            "OutputGroups": [[
                "Name": "Original audio",
                "OutputGroupSettings": ["Type": "FILE_GROUP_SETTINGS", "FileGroupSettings": ["Destination": .string(destination)]],
                "Outputs": [[
                    "Extension": "wav",
                    "ContainerSettings": ["Container": "RAW"],
                    "AudioDescriptions": [["AudioSourceName": "Audio Selector 1",
                                           "CodecSettings": ["Codec": "WAV", "WavSettings": ["BitDepth": 16, "Channels": 2, "SampleRate": 48000, "Format": "RIFF"]]]],
                ]],
            ]],
        ]
    }

    /// The source's video with the dub track (`track`, a WAV) in place of its audio — `<destination>-dubbed.mp4`
    /// — and the dub track alone as AAC — `<destination>-audio.m4a`. The audio is padded or cut to the video's length.
    static func dubbedVideo(source: String, track: String, destination: String, channels: Int) -> JSONValue {
        let audio: JSONValue = [
            "AudioSourceName": "Dub",
            "CodecSettings": ["Codec": "AAC", "AacSettings": ["Bitrate": channels == 1 ? 96000 : 128000, "CodingMode": channels == 1 ? "CODING_MODE_1_0" : "CODING_MODE_2_0",
                                                           "SampleRate": 48000]],
        ]
        return [
            "TimecodeConfig": ["Source": "ZEROBASED"],
            "Inputs": [["FileInput": .string(source), "TimecodeSource": "ZEROBASED", "VideoSelector": [:],
                        "AudioSelectors": ["Dub": ["ExternalAudioFileInput": .string(track), "DefaultSelection": "DEFAULT"]]]],
            "OutputGroups": [[
                "Name": "Dubbed",
                "OutputGroupSettings": ["Type": "FILE_GROUP_SETTINGS", "FileGroupSettings": ["Destination": .string(destination)]],
                "Outputs": [
                    [
                        "NameModifier": "-dubbed",
                        "ContainerSettings": ["Container": "MP4", "Mp4Settings": ["AudioDuration": "MATCH_VIDEO_DURATION"]],
                        "VideoDescription": ["CodecSettings": ["Codec": "H_264", "H264Settings": [
                            "RateControlMode": "QVBR", "QvbrSettings": ["QvbrQualityLevel": 8], "MaxBitrate": 8_000_000, "SceneChangeDetect": "TRANSITION_DETECTION",
                        ]]],
                        "AudioDescriptions": [audio],
                    ],
                    [
                        "NameModifier": "-audio",
                        "Extension": "m4a",
                        "ContainerSettings": ["Container": "MP4"],
                        "AudioDescriptions": [audio],
                    ],
                ],
            ]],
        ]
    }
}
