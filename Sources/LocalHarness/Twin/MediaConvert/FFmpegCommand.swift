import Foundation

/// The ffmpeg arguments that render one MediaConvert output from local copies of the job's inputs: every input
/// (each clipping of it) becomes one piece, with its audio from an external file when its selector names one; the
/// pieces are concatenated in order, then scaled to the output's frame (as its ScalingBehavior says), converted to
/// its frame rate, and encoded H.264/AAC into an MP4 file or HLS segments. A pure function: nothing runs here.
enum FFmpegCommand {
    /// One input as ffmpeg reads it.
    struct Source: Sendable, Equatable {
        /// Local path of the input file.
        var video: String
        /// Local path of the external audio that replaces the input's own, if any.
        var externalAudio: String?
        /// Kept portions in seconds (nil start: from the beginning; nil end: to the end); empty keeps all.
        var clips: [Clip]

        init(video: String, externalAudio: String? = nil, clips: [Clip] = []) {
            self.video = video
            self.externalAudio = externalAudio
            self.clips = clips
        }
    }

    struct Clip: Sendable, Equatable {
        var start: Double?
        var end: Double?
    }

    /// Where an HLS output's playlist and segments go.
    struct HLSTarget: Sendable, Equatable {
        var segmentLength: Double
        /// `…/name_720p_%05d.ts`
        var segmentPattern: String
    }

    /// - Parameters:
    ///   - destination: the local file to write (the `.mp4`, or the output's `.m3u8` playlist for HLS).
    static func arguments(sources: [Source], output: MediaConvertOutputPlan.Output, hls: HLSTarget?, destination: String) -> [String] {
        var arguments = ["-hide_banner", "-nostdin", "-loglevel", "error", "-y"]
        var pieces: [(video: Int, audio: Int)] = []
        var index = 0
        for source in sources {
            for clip in source.clips.isEmpty ? [Clip(start: nil, end: nil)] : source.clips {
                let window = Self.window(clip)
                arguments += window + ["-i", source.video]
                let videoIndex = index
                index += 1
                var audioIndex = videoIndex
                if let audio = source.externalAudio {
                    arguments += window + ["-i", audio]
                    audioIndex = index
                    index += 1
                }
                pieces.append((videoIndex, audioIndex))
            }
        }
        let hasVideo = output.hasVideo || output.width != nil || output.videoBitrate != nil
        let hasAudio = output.audioSelector != nil
        // The audio padded with silence to the video's end (then cut there by -shortest): MATCH_VIDEO_DURATION.
        let padAudio = hasVideo && hasAudio && output.matchVideoDuration
        var labels = ""
        for piece in pieces {
            if hasVideo { labels += "[\(piece.video):v:0]" }
            if hasAudio { labels += "[\(piece.audio):a:0]" }
        }
        var graph = labels + "concat=n=\(pieces.count):v=\(hasVideo ? 1 : 0):a=\(hasAudio ? 1 : 0)"
        graph += hasVideo ? "[joined]" : ""
        graph += hasAudio ? (padAudio ? "[ajoined]" : "[aout]") : ""
        if hasVideo { graph += ";[joined]" + videoFilters(output).joined(separator: ",") + "[vout]" }
        if padAudio { graph += ";[ajoined]apad[aout]" }
        arguments += ["-filter_complex", graph]
        if hasVideo { arguments += ["-map", "[vout]"] + videoEncoding(output) }
        if hasAudio { arguments += ["-map", "[aout]"] + audioEncoding(output) }
        if padAudio { arguments += ["-shortest"] }
        if let hls {
            // MediaConvert starts every segment on a keyframe; without this x264's long GOP makes one segment of short inputs.
            if hasVideo { arguments += ["-force_key_frames", "expr:gte(t,n_forced*\(format(hls.segmentLength)))"] }
            arguments += ["-f", "hls", "-hls_time", format(hls.segmentLength), "-hls_playlist_type", "vod", "-start_number", "1",
                          "-hls_segment_filename", hls.segmentPattern, destination]
        } else if output.container == "RAW" {
            arguments += ["-f", output.audioCodec == "WAV" ? "wav" : output.fileExtension == "aac" ? "adts" : output.fileExtension, destination]
        } else {
            arguments += ["-movflags", "+faststart", "-f", output.container == "MOV" ? "mov" : "mp4", destination]
        }
        return arguments
    }

    /// AAC at the output's bitrate, or 16/24-bit PCM for WAV; channels and sample rate as the output gives them.
    static func audioEncoding(_ output: MediaConvertOutputPlan.Output) -> [String] {
        var arguments: [String]
        if output.audioCodec == "WAV" {
            // WavSettings Channels 0 (nil here) follows the input.
            arguments = ["-c:a", output.audioBitDepth == 24 ? "pcm_s24le" : "pcm_s16le"] + (output.audioChannels.map { ["-ac", String($0)] } ?? [])
        } else {
            arguments = ["-c:a", "aac", "-b:a", String(output.audioBitrate ?? 96_000), "-ac", String(output.audioChannels ?? 2)]
        }
        return arguments + ["-ar", String(output.audioSampleRate ?? 48_000)]
    }

    /// `-ss start -to end` for a clip (each only when set).
    static func window(_ clip: Clip) -> [String] {
        var window: [String] = []
        if let start = clip.start { window += ["-ss", format(start)] }
        if let end = clip.end { window += ["-to", format(end)] }
        return window
    }

    /// Frame size by ScalingBehavior (DEFAULT and FIT letterbox, FILL crops, STRETCH_TO_OUTPUT distorts), then frame rate.
    static func videoFilters(_ output: MediaConvertOutputPlan.Output) -> [String] {
        var filters: [String] = []
        if let width = output.width, let height = output.height {
            switch output.scaling {
            case "STRETCH_TO_OUTPUT"?:
                filters.append("scale=\(width):\(height)")
            case "FILL"?, "SMART_CROP"?:
                filters += ["scale=\(width):\(height):force_original_aspect_ratio=increase", "crop=\(width):\(height)"]
            case "FIT_NO_UPSCALE"?:
                filters += ["scale='min(\(width),iw)':'min(\(height),ih)':force_original_aspect_ratio=decrease",
                            "pad=\(width):\(height):(ow-iw)/2:(oh-ih)/2"]
            default:
                filters += ["scale=\(width):\(height):force_original_aspect_ratio=decrease", "pad=\(width):\(height):(ow-iw)/2:(oh-ih)/2"]
            }
            filters.append("setsar=1")
        }
        if let rate = output.frameRate { filters.append("fps=\(rate.numerator)/\(max(rate.denominator, 1))") }
        if filters.isEmpty { filters.append("null") }
        return filters
    }

    /// libx264 High profile; QVBR as constant quality under the peak, CBR and VBR as their bitrates.
    static func videoEncoding(_ output: MediaConvertOutputPlan.Output) -> [String] {
        var arguments = ["-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p"]
        let bitrate = output.videoBitrate ?? 5_000_000
        switch output.rateControl {
        case "CBR"?:
            arguments += ["-b:v", String(bitrate), "-minrate", String(bitrate), "-maxrate", String(bitrate), "-bufsize", String(bitrate * 2)]
        case "VBR"?:
            arguments += ["-b:v", String(bitrate), "-maxrate", String(bitrate), "-bufsize", String(bitrate * 2)]
        default:
            arguments += ["-crf", "23", "-maxrate", String(bitrate), "-bufsize", String(bitrate * 2)]
        }
        return arguments
    }

    static func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }

    /// The `ffmpeg` executable on `path` (a PATH-style list), if any.
    static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? { FFmpegLocator.onPath(path) }
}
