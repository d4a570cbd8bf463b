import Foundation

/// The files a MediaConvert job writes, named as the service names them, worked out from the job's settings alone:
///
/// - HLS group, destination `s3://b/p/name`: the main manifest `p/name.m3u8`, one playlist per output
///   `p/name<NameModifier>.m3u8` and its segments `p/name<NameModifier>_00001.ts` (`.vtt` for WebVTT captions).
/// - File group, destination `s3://b/p/name`: one file per output, `p/name<NameModifier>.<extension>`.
/// - A destination ending in `/` takes the first input's file name without its extension as `name`.
///
/// Manifests are complete text here; media and captions files are left to the renderer.
struct MediaConvertOutputPlan: Sendable {
    enum Content: Sendable, Equatable {
        case manifest(String)
        /// Segment `segment` (1-based) of an HLS output, or nil for a whole file.
        case media(group: Int, output: Int, segment: Int?)
        case captions(group: Int, output: Int, format: String, segment: Int?)
    }

    struct File: Sendable, Equatable {
        var location: S3Location
        var content: Content
        var contentType: String
    }

    /// One output as the renderer needs it.
    struct Output: Sendable, Equatable {
        var nameModifier: String
        var width: Int?
        var height: Int?
        /// Bits per second of the video (peak for QVBR/VBR).
        var videoBitrate: Int?
        var audioBitrate: Int?
        var frameRate: (numerator: Int, denominator: Int)?
        var scaling: String?
        var rateControl: String?
        var audioChannels: Int?
        var audioSampleRate: Int?
        var audioSelector: String?
        /// The AudioDescription's codec (AAC, WAV, …) and, for WAV, its bits per sample.
        var audioCodec: String?
        var audioBitDepth: Int?
        /// SRT or WEBVTT for a captions output, with its selector.
        var captionFormat: String?
        var captionSelector: String?
        var languageCode: String?
        var label: String?
        var container: String
        var fileExtension: String
        /// Where it is written: the file, or the HLS playlist.
        var location: S3Location
        /// Whether it has a VideoDescription (audio-only outputs have none).
        var hasVideo = false
        /// `Mp4Settings.AudioDuration: MATCH_VIDEO_DURATION`: audio padded with silence or cut to the video's length.
        var matchVideoDuration = false

        static func == (left: Output, right: Output) -> Bool {
            left.location == right.location && left.nameModifier == right.nameModifier
        }
    }

    struct Group: Sendable {
        var isHLS: Bool
        var segmentLength: Double
        var singleFile: Bool
        var outputs: [Output]
        /// The HLS main manifest.
        var manifest: S3Location?
    }

    var groups: [Group] = []
    var files: [File] = []
    /// The job's output length in seconds, when the inputs' lengths are known.
    var duration: Double?

    /// - Parameters:
    ///   - settings: the job's `settings` (wire members).
    ///   - inputDurations: each input's length in seconds, when known (probed from the file).
    init(settings: JSONValue, inputDurations: [Double?], framesPerSecond: Double = 30) {
        let inputs = settings["inputs"]?.arrayValue ?? []
        duration = Self.duration(inputs: inputs, lengths: inputDurations, framesPerSecond: framesPerSecond)
        let firstInput = inputs.first?["fileInput"]?.stringValue ?? "input"
        for (groupIndex, group) in (settings["outputGroups"]?.arrayValue ?? []).enumerated() {
            let groupSettings = group["outputGroupSettings"] ?? [:]
            let isHLS = groupSettings["type"]?.stringValue == "HLS_GROUP_SETTINGS"
            let typed = groupSettings[isHLS ? "hlsGroupSettings" : "fileGroupSettings"] ?? [:]
            guard let base = Self.base(destination: typed["destination"]?.stringValue ?? "", firstInput: firstInput) else { continue }
            let segmentLength = max(typed["segmentLength"]?.number ?? 10, 1)
            let singleFile = typed["segmentControl"]?.stringValue == "SINGLE_FILE"
            var outputs: [Output] = []
            for output in group["outputs"]?.arrayValue ?? [] {
                outputs.append(Self.output(output, base: base, isHLS: isHLS))
            }
            groups.append(Group(isHLS: isHLS, segmentLength: segmentLength, singleFile: singleFile, outputs: outputs,
                                manifest: isHLS ? S3Location(bucket: base.bucket, key: base.prefix + ".m3u8") : nil))
            if isHLS {
                files += hlsFiles(group: groupIndex, base: base, outputs: outputs, segmentLength: segmentLength, singleFile: singleFile,
                                  captionLanguage: typed["captionLanguageSetting"]?.stringValue)
            } else {
                for (index, output) in outputs.enumerated() {
                    let content = output.captionFormat.map { Content.captions(group: groupIndex, output: index, format: $0, segment: nil) }
                        ?? Content.media(group: groupIndex, output: index, segment: nil)
                    files.append(File(location: output.location, content: content, contentType: Self.contentType(output.fileExtension)))
                }
            }
        }
    }

    /// Segments of an HLS output: `ceil(duration / segmentLength)`, one when the length is unknown.
    func segmentCount(_ group: Group) -> Int {
        if group.singleFile { return 1 }
        guard let duration, duration > 0 else { return 1 }
        return max(1, Int((duration / group.segmentLength).rounded(.up)))
    }

    private func hlsFiles(
        group groupIndex: Int, base: (bucket: String, prefix: String), outputs: [Output], segmentLength: Double, singleFile: Bool,
        captionLanguage: String?
    ) -> [File] {
        let count = segmentCount(Group(isHLS: true, segmentLength: segmentLength, singleFile: singleFile, outputs: outputs))
        let total = duration ?? segmentLength * Double(count)
        var files: [File] = []
        for (index, output) in outputs.enumerated() {
            let stem = base.prefix + output.nameModifier
            let segmentExtension = output.captionFormat == nil ? "ts" : "vtt"
            var names: [String] = []
            for segment in 1...count {
                let key = singleFile ? "\(stem).\(segmentExtension)" : "\(stem)_\(String(format: "%05d", segment)).\(segmentExtension)"
                names.append(String(key.split(separator: "/").last ?? ""))
                let content: Content = output.captionFormat == nil
                    ? .media(group: groupIndex, output: index, segment: singleFile ? nil : segment)
                    : .captions(group: groupIndex, output: index, format: "WEBVTT", segment: singleFile ? nil : segment)
                files.append(File(location: S3Location(bucket: base.bucket, key: key), content: content,
                                  contentType: segmentExtension == "ts" ? "video/MP2T" : "text/vtt"))
            }
            let playlist = HLSManifest.variant(segments: names, segmentLength: segmentLength, total: total)
            files.append(File(location: output.location, content: .manifest(playlist), contentType: "application/vnd.apple.mpegurl"))
        }
        let main = HLSManifest.main(outputs: outputs, captionLanguage: captionLanguage)
        files.append(File(location: S3Location(bucket: base.bucket, key: base.prefix + ".m3u8"), content: .manifest(main),
                          contentType: "application/vnd.apple.mpegurl"))
        return files
    }

    /// The bucket and the key prefix every output name extends (`p/name`).
    static func base(destination: String, firstInput: String) -> (bucket: String, prefix: String)? {
        guard destination.hasPrefix("s3://") else { return nil }
        let rest = destination.dropFirst(5)
        guard let slash = rest.firstIndex(of: "/") else { return (String(rest), basename(firstInput)) }
        let bucket = String(rest[..<slash])
        var key = String(rest[rest.index(after: slash)...])
        if key.isEmpty || key.hasSuffix("/") { key += basename(firstInput) }
        return (bucket, key)
    }

    /// `s3://b/in/movie.final.mp4` → `movie.final`.
    static func basename(_ uri: String) -> String {
        let name = String(uri.split(separator: "/").last ?? "input")
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    private static func output(_ output: JSONValue, base: (bucket: String, prefix: String), isHLS: Bool) -> Output {
        let container = output["containerSettings"]?["container"]?.stringValue ?? (isHLS ? "M3U8" : "MP4")
        let video = output["videoDescription"]
        let h264 = video?["codecSettings"]?["h264Settings"]
        let audio = output["audioDescriptions"]?.arrayValue?.first
        let aac = audio?["codecSettings"]?["aacSettings"]
        let wav = audio?["codecSettings"]?["wavSettings"]
        let audioCodec = audio.map { $0["codecSettings"]?["codec"]?.stringValue ?? "AAC" }
        let caption = output["captionDescriptions"]?.arrayValue?.first
        let captionFormat = video == nil && audio == nil ? caption?["destinationSettings"]?["destinationType"]?.stringValue : nil
        var frameRate: (numerator: Int, denominator: Int)?
        if h264?["framerateControl"]?.stringValue == "SPECIFIED", let numerator = h264?["framerateNumerator"]?.number,
           let denominator = h264?["framerateDenominator"]?.number {
            frameRate = (Int(numerator), Int(denominator))
        }
        let fileExtension = output["extension"]?.stringValue ?? Self.defaultExtension(container: container, captions: captionFormat, audioCodec: video == nil ? audioCodec : nil)
        let modifier = output["nameModifier"]?.stringValue ?? ""
        let key = base.prefix + modifier + "." + (isHLS ? "m3u8" : fileExtension)
        let aacChannels: Int? = switch aac?["codingMode"]?.stringValue {
        case "CODING_MODE_1_0"?: 1
        case "CODING_MODE_5_1"?: 6
        case nil: nil
        default: 2
        }
        var planned = Output(
            nameModifier: modifier, width: video?["width"]?.number.map { Int($0) }, height: video?["height"]?.number.map { Int($0) },
            videoBitrate: (h264?["maxBitrate"] ?? h264?["bitrate"])?.number.map { Int($0) }, audioBitrate: aac?["bitrate"]?.number.map { Int($0) },
            frameRate: frameRate, scaling: video?["scalingBehavior"]?.stringValue, rateControl: h264?["rateControlMode"]?.stringValue,
            audioChannels: audioCodec == "WAV" ? Self.wavChannels(wav?["channels"]?.number) : aacChannels,
            audioSampleRate: (audioCodec == "WAV" ? wav : aac)?["sampleRate"]?.number.map { Int($0) },
            audioSelector: audio.map { $0["audioSourceName"]?.stringValue ?? "Audio Selector 1" },
            audioCodec: audioCodec, audioBitDepth: audioCodec == "WAV" ? wav?["bitDepth"]?.number.map { Int($0) } ?? 16 : nil,
            captionFormat: captionFormat, captionSelector: caption?["captionSelectorName"]?.stringValue,
            languageCode: caption?["customLanguageCode"]?.stringValue ?? audio?["customLanguageCode"]?.stringValue,
            label: caption?["languageDescription"]?.stringValue ?? audio?["streamName"]?.stringValue,
            container: container, fileExtension: fileExtension, location: S3Location(bucket: base.bucket, key: key))
        planned.hasVideo = video != nil
        planned.matchVideoDuration = output["containerSettings"]?["mp4Settings"]?["audioDuration"]?.stringValue == "MATCH_VIDEO_DURATION"
        return planned
    }

    /// WavSettings Channels: 0 follows the input (nil), unset is stereo.
    static func wavChannels(_ channels: Double?) -> Int? {
        guard let channels else { return 2 }
        return channels == 0 ? nil : Int(channels)
    }

    /// - Parameter audioCodec: an audio-only output's codec (a RAW container names the file by it: WAV → `.wav`).
    static func defaultExtension(container: String, captions: String?, audioCodec: String? = nil) -> String {
        if let captions { return captions == "SRT" ? "srt" : captions == "WEBVTT" ? "vtt" : captions.lowercased() }
        if container == "RAW", let audioCodec {
            return ["WAV": "wav", "MP3": "mp3", "AAC": "aac", "AC3": "ac3", "EAC3": "eac3", "FLAC": "flac", "OPUS": "opus", "VORBIS": "ogg"][audioCodec]
                ?? audioCodec.lowercased()
        }
        return ["MP4": "mp4", "MOV": "mov", "M2TS": "m2ts", "MXF": "mxf", "WEBM": "webm", "M3U8": "m3u8", "RAW": "raw"][container] ?? container.lowercased()
    }

    static func contentType(_ fileExtension: String) -> String {
        ["mp4": "video/mp4", "mov": "video/quicktime", "srt": "application/x-subrip", "vtt": "text/vtt", "webm": "video/webm", "m4a": "audio/mp4",
         "wav": "audio/wav", "aac": "audio/aac", "mp3": "audio/mpeg", "flac": "audio/flac"][fileExtension]
            ?? "application/octet-stream"
    }

    /// The output length: each input contributes its clippings (an open end runs to the input's end), or all of it.
    static func duration(inputs: [JSONValue], lengths: [Double?], framesPerSecond: Double) -> Double? {
        var total = 0.0
        for (index, input) in inputs.enumerated() {
            let length = index < lengths.count ? lengths[index] : nil
            let clippings = input["inputClippings"]?.arrayValue ?? []
            if clippings.isEmpty {
                guard let length else { return nil }
                total += length
                continue
            }
            for clip in clippings {
                let start = clip["startTimecode"]?.stringValue.flatMap { seconds(timecode: $0, framesPerSecond: framesPerSecond) } ?? 0
                guard let end = clip["endTimecode"]?.stringValue.flatMap({ seconds(timecode: $0, framesPerSecond: framesPerSecond) }) ?? length else { return nil }
                total += max(0, end - start)
            }
        }
        return total
    }

    /// `HH:MM:SS:FF` (or `;FF`, drop-frame) as seconds at `framesPerSecond`.
    static func seconds(timecode: String, framesPerSecond: Double) -> Double? {
        guard MediaConvertRequestCheck.isTimecode(timecode) else { return nil }
        let parts = timecode.split(whereSeparator: { $0 == ":" || $0 == ";" }).compactMap { Double($0) }
        return parts[0] * 3600 + parts[1] * 60 + parts[2] + parts[3] / max(framesPerSecond, 1)
    }
}
