import Foundation

extension MediaConvert.OutputGroup {
    /// An HLS adaptive-bitrate group: one output per rendition (H.264 with muxed AAC audio), plus one
    /// WebVTT sidecar output per captions track (HLS groups take WebVTT sidecars; SRT needs a file group).
    /// `destination` is `s3://bucket/prefix/name`; the main manifest is `name.m3u8`.
    public static func hlsLadder(
        destination: String, renditions: [MediaConvert.VideoRendition] = MediaConvert.VideoRendition.standardLadder,
        audio: MediaConvert.AudioTrack = MediaConvert.AudioTrack(), segmentLength: Int = 6,
        captions: [MediaConvert.CaptionTrack] = [], name: String = "HLS"
    ) -> MediaConvert.OutputGroup {
        var outputs = renditions.map { rendition in
            MediaConvert.Output(
                nameModifier: rendition.nameModifier, containerSettings: MediaConvert.ContainerSettings(container: .m3u8),
                videoDescription: rendition.videoDescription, audioDescriptions: [audio.audioDescription])
        }
        outputs += captions.map { track in
            MediaConvert.Output(
                nameModifier: track.nameModifier, containerSettings: MediaConvert.ContainerSettings(container: .m3u8),
                captionDescriptions: [track.captionDescription(.webVTT)])
        }
        return MediaConvert.OutputGroup(
            name: name,
            outputGroupSettings: .hls(MediaConvert.HlsGroupSettings(
                destination: destination, segmentLength: segmentLength, minSegmentLength: 0,
                captionLanguageSetting: captions.isEmpty ? nil : .insert)),
            outputs: outputs)
    }

    /// A file group of MP4s (one per rendition, AAC audio, `moov` first for progressive download) and
    /// sidecar captions files (`.srt` or `.vtt`, one per track) next to them.
    public static func mp4Files(
        destination: String, renditions: [MediaConvert.VideoRendition], audio: MediaConvert.AudioTrack = MediaConvert.AudioTrack(),
        captions: [MediaConvert.CaptionTrack] = [], captionFormat: MediaConvert.CaptionDestinationSettings.DestinationType = .srt,
        name: String = "File Group"
    ) -> MediaConvert.OutputGroup {
        var outputs = renditions.map { rendition in
            MediaConvert.Output(
                nameModifier: rendition.nameModifier, extension: "mp4",
                containerSettings: MediaConvert.ContainerSettings(
                    container: .mp4, mp4Settings: MediaConvert.Mp4Settings(moovPlacement: .progressiveDownload)),
                videoDescription: rendition.videoDescription, audioDescriptions: [audio.audioDescription])
        }
        outputs += captions.map { track in
            MediaConvert.Output(
                nameModifier: track.nameModifier, extension: captionFormat == .srt ? "srt" : "vtt",
                containerSettings: MediaConvert.ContainerSettings(container: .raw),
                captionDescriptions: [track.captionDescription(captionFormat)])
        }
        return MediaConvert.OutputGroup(
            name: name, outputGroupSettings: .file(MediaConvert.FileGroupSettings(destination: destination)), outputs: outputs)
    }
}

extension MediaConvert.Input {
    /// A video file with its audio as the default selector, counted from 00:00:00:00 so clipping
    /// timecodes are offsets into the file; `clippings` keeps only those portions, in order.
    public static func video(_ fileInput: String, clippings: [MediaConvert.InputClipping] = []) -> MediaConvert.Input {
        MediaConvert.Input(
            fileInput: fileInput, inputClippings: clippings.isEmpty ? nil : clippings,
            audioSelectors: [MediaConvert.defaultAudioSelector: MediaConvert.AudioSelector(defaultSelection: .default)],
            timecodeSource: .zeroBased)
    }

    /// The portion of `fileInput` from `start` to `end` seconds, for stitching highlight reels (one input per clip).
    public static func clip(_ fileInput: String, from start: Double, to end: Double, framesPerSecond: Int = 30) -> MediaConvert.Input {
        video(fileInput, clippings: [MediaConvert.InputClipping(seconds: start, to: end, framesPerSecond: framesPerSecond)])
    }

    /// This input with its audio replaced by `audioFile` (a dubbed track), as the default selector.
    public func replacingAudio(with audioFile: String, selectorName: String = MediaConvert.defaultAudioSelector) -> MediaConvert.Input {
        var copy = self
        var selectors = copy.audioSelectors ?? [:]
        selectors[selectorName] = MediaConvert.AudioSelector(defaultSelection: .default, externalAudioFileInput: audioFile)
        copy.audioSelectors = selectors
        return copy
    }

    /// This input with a sidecar captions file (`format` must be named: MediaConvert cannot detect it).
    public func addingCaptions(
        from sourceFile: String, format: MediaConvert.CaptionSourceSettings.SourceType,
        selectorName: String = MediaConvert.defaultCaptionSelector, languageCode: String? = nil
    ) -> MediaConvert.Input {
        var copy = self
        var selectors = copy.captionSelectors ?? [:]
        selectors[selectorName] = MediaConvert.CaptionSelector(
            customLanguageCode: languageCode,
            sourceSettings: MediaConvert.CaptionSourceSettings(
                sourceType: format, fileSourceSettings: MediaConvert.FileSourceSettings(sourceFile: sourceFile)))
        copy.captionSelectors = selectors
        return copy
    }
}

extension MediaConvert.InputClipping {
    /// The portion from `start` to `end` seconds, as `HH:MM:SS:FF` timecodes at `framesPerSecond`.
    public init(seconds start: Double, to end: Double, framesPerSecond: Int = 30) {
        self.init(
            startTimecode: MediaConvert.timecode(seconds: start, framesPerSecond: framesPerSecond),
            endTimecode: MediaConvert.timecode(seconds: end, framesPerSecond: framesPerSecond))
    }
}

extension MediaConvert {
    /// `seconds` as an `HH:MM:SS:FF` timecode at `framesPerSecond` (frames rounded down; negative times are 0).
    public static func timecode(seconds: Double, framesPerSecond: Int) -> String {
        let fps = max(framesPerSecond, 1)
        let totalFrames = Int((max(seconds, 0) * Double(fps)).rounded(.down))
        let frames = totalFrames % fps
        let whole = totalFrames / fps
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(whole / 3600)):\(two(whole / 60 % 60)):\(two(whole % 60)):\(two(frames))"
    }
}
