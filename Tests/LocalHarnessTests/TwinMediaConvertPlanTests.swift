import AWSClients
import Foundation
import Testing
@testable import LocalHarness

/// The pure parts of the MediaConvert twin: what it accepts, where outputs go, the manifests, the ffmpeg command,
/// the MP4 probe and the captions conversion.
@Suite("Local twin: MediaConvert plan")
struct TwinMediaConvertPlanTests {
    /// A job our builders make: two clips of one input stitched (the second with dubbed audio, the first with SRT
    /// captions), an HLS ladder with WebVTT captions and an MP4 file group at 25 fps with SRT captions.
    static func builderJob(fileDestination: String = "s3://out/files/") -> MediaConvert.CreateJobInput {
        let first = MediaConvert.Input.clip("s3://media/in/match.mp4", from: 2, to: 8)
            .addingCaptions(from: "s3://media/in/match.srt", format: .srt, languageCode: "eng")
        let second = MediaConvert.Input.clip("s3://media/in/match.mp4", from: 20, to: 26.5).replacingAudio(with: "s3://media/in/dub.wav")
        let captions = [MediaConvert.CaptionTrack(languageCode: "eng", label: "English")]
        return MediaConvert.CreateJobInput(
            role: "arn:aws:iam::123456789012:role/MediaConvert",
            settings: MediaConvert.JobSettings(inputs: [first, second], outputGroups: [
                .hlsLadder(destination: "s3://out/hls/match", captions: captions),
                .mp4Files(destination: fileDestination, renditions: [
                    MediaConvert.VideoRendition(width: 1280, height: 720, bitrate: 3_000_000, frameRate: .fps25, scalingBehavior: .fit),
                ], captions: captions),
            ]),
            userMetadata: ["jobId": "job-1"], clientRequestToken: "job-1-render")
    }

    static func wire(_ input: MediaConvert.CreateJobInput) throws -> JSONValue {
        try JSONValue(parsing: JSONEncoder().encode(input))
    }

    static func replacing(_ value: JSONValue, at path: [Any], with replacement: JSONValue?) -> JSONValue {
        guard let head = path.first else { return replacement ?? .null }
        let rest = Array(path.dropFirst())
        switch (value, head) {
        case (.object(var members), let key as String):
            if rest.isEmpty && replacement == nil { members.removeValue(forKey: key) } else {
                members[key] = replacing(members[key] ?? [:], at: rest, with: replacement)
            }
            return .object(members)
        case (.array(var items), let index as Int):
            items[index] = replacing(items[index], at: rest, with: replacement)
            return .array(items)
        default:
            return value
        }
    }

    @Test("the settings our builders emit are accepted")
    func buildersAccepted() throws {
        #expect(MediaConvertRequestCheck.problem(in: try Self.wire(Self.builderJob())) == nil)
        let ladderOnly = MediaConvert.CreateJobInput(role: "arn:aws:iam::1:role/R", settings: MediaConvert.JobSettings(
            inputs: [MediaConvert.Input.video("s3://media/in/a.mov")], outputGroups: [.hlsLadder(destination: "s3://out/a/")]))
        #expect(MediaConvertRequestCheck.problem(in: try Self.wire(ladderOnly)) == nil)
    }

    @Test("bad settings are refused with the path of the field: no inputs, a group without destination, an unknown codec, a bad timecode")
    func badSettings() throws {
        let job = try Self.wire(Self.builderJob())
        let noInputs = Self.replacing(job, at: ["settings", "inputs"], with: [])
        #expect(MediaConvertRequestCheck.problem(in: noInputs) == "/settings/inputs: Should have at least 1 items")
        let noDestination = Self.replacing(job, at: ["settings", "outputGroups", 1, "outputGroupSettings", "fileGroupSettings", "destination"], with: nil)
        #expect(MediaConvertRequestCheck.problem(in: noDestination)?.hasPrefix("/settings/outputGroups/1/outputGroupSettings/fileGroupSettings/destination:") == true)
        let codec = Self.replacing(job, at: ["settings", "outputGroups", 0, "outputs", 2, "videoDescription", "codecSettings", "codec"], with: "H_266")
        #expect(MediaConvertRequestCheck.problem(in: codec)?.hasPrefix("/settings/outputGroups/0/outputs/2/videoDescription/codecSettings/codec: Should be one of") == true)
        let timecode = Self.replacing(job, at: ["settings", "inputs", 0, "inputClippings", 0, "startTimecode"], with: "2 seconds")
        #expect(MediaConvertRequestCheck.problem(in: timecode) == "/settings/inputs/0/inputClippings/0/startTimecode: Should match the pattern HH:MM:SS:FF")
        let selector = Self.replacing(job, at: ["settings", "outputGroups", 1, "outputs", 0, "audioDescriptions", 0, "audioSourceName"], with: "Audio Selector 9")
        #expect(MediaConvertRequestCheck.problem(in: selector)?.contains("Audio selector [Audio Selector 9] doesn't exist") == true)
        #expect(MediaConvertRequestCheck.problem(in: Self.replacing(job, at: ["role"], with: nil))?.hasPrefix("/role:") == true)
        let twice = Self.replacing(job, at: ["settings", "outputGroups", 0, "outputs", 1, "nameModifier"], with: "_1080p")
        #expect(MediaConvertRequestCheck.problem(in: twice) == "/settings/outputGroups/0/outputs/1/nameModifier: Should be unique within the output group")
        let aac = Self.replacing(job, at: ["settings", "outputGroups", 0, "outputs", 0, "audioDescriptions", 0, "codecSettings", "aacSettings", "bitrate"], with: 5)
        #expect(MediaConvertRequestCheck.problem(in: aac) == "/settings/outputGroups/0/outputs/0/audioDescriptions/0/codecSettings/aacSettings/bitrate: Should be an integer from 6000 to 1024000")
    }

    @Test("outputs are named as MediaConvert names them: the main manifest, a playlist and segments per rendition, <input basename><modifier>.mp4")
    func naming() throws {
        let settings = try #require(try Self.wire(Self.builderJob())["settings"])
        let plan = MediaConvertOutputPlan(settings: settings, inputDurations: [40, 40])
        #expect(plan.duration == 12.5)
        let keys = Set(plan.files.map { "\($0.location.bucket)/\($0.location.key)" })
        var expected: Set<String> = ["out/hls/match.m3u8", "out/hls/match_captions_eng.m3u8", "out/hls/match_captions_eng_00001.vtt",
                                     "out/hls/match_captions_eng_00002.vtt", "out/hls/match_captions_eng_00003.vtt",
                                     "out/files/match_720p.mp4", "out/files/match_captions_eng.srt"]
        for rung in ["1080p", "720p", "540p", "360p"] {
            expected.insert("out/hls/match_\(rung).m3u8")
            for segment in 1...3 { expected.insert("out/hls/match_\(rung)_0000\(segment).ts") }
        }
        #expect(keys == expected)
        let main = try #require(plan.files.first { $0.location.key == "hls/match.m3u8" })
        guard case .manifest(let text) = main.content else { Issue.record("the main manifest is not text"); return }
        #expect(text.contains("#EXT-X-STREAM-INF:BANDWIDTH=6096000,AVERAGE-BANDWIDTH=6096000,CODECS=\"avc1.640028,mp4a.40.2\",RESOLUTION=1920x1080,SUBTITLES=\"subs\"\nmatch_1080p.m3u8"))
        #expect(text.contains("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"English\",LANGUAGE=\"eng\",AUTOSELECT=YES,DEFAULT=YES,FORCED=NO,URI=\"match_captions_eng.m3u8\""))
        #expect(text.components(separatedBy: "#EXT-X-STREAM-INF").count == 5)
        let playlist = try #require(plan.files.first { $0.location.key == "hls/match_720p.m3u8" })
        #expect(playlist.content == .manifest("""
            #EXTM3U
            #EXT-X-VERSION:3
            #EXT-X-TARGETDURATION:6
            #EXT-X-MEDIA-SEQUENCE:1
            #EXT-X-PLAYLIST-TYPE:VOD
            #EXTINF:6.000,
            match_720p_00001.ts
            #EXTINF:6.000,
            match_720p_00002.ts
            #EXTINF:0.500,
            match_720p_00003.ts
            #EXT-X-ENDLIST

            """))
        let named = MediaConvertOutputPlan(settings: try #require(try Self.wire(Self.builderJob(fileDestination: "s3://out/files/final"))["settings"]),
                                           inputDurations: [nil, nil])
        #expect(named.files.contains { $0.location.key == "files/final_720p.mp4" })
        #expect(named.duration == 12.5)
    }

    @Test("the output length counts each clipping, an open end running to the input's end; unknown when an unclipped input's length is")
    func duration() {
        let inputs: [JSONValue] = [["inputClippings": [["startTimecode": "00:00:10:00"]]], ["fileInput": "s3://b/k"]]
        #expect(MediaConvertOutputPlan.duration(inputs: inputs, lengths: [25, 4], framesPerSecond: 30) == 19)
        #expect(MediaConvertOutputPlan.duration(inputs: inputs, lengths: [25, nil], framesPerSecond: 30) == nil)
        #expect(MediaConvertOutputPlan.seconds(timecode: "01:02:03:15", framesPerSecond: 30) == 3723.5)
    }

    @Test("the ffmpeg command stitches clips, takes dubbed audio from its file, fits the frame, converts the rate and encodes H.264/AAC")
    func ffmpegMP4() throws {
        let settings = try #require(try Self.wire(Self.builderJob())["settings"])
        let plan = MediaConvertOutputPlan(settings: settings, inputDurations: [40, 40])
        let output = plan.groups[1].outputs[0]
        let sources = [
            FFmpegCommand.Source(video: "/tmp/in0", clips: [FFmpegCommand.Clip(start: 2, end: 8)]),
            FFmpegCommand.Source(video: "/tmp/in1", externalAudio: "/tmp/dub", clips: [FFmpegCommand.Clip(start: 20, end: 26.5)]),
        ]
        let arguments = FFmpegCommand.arguments(sources: sources, output: output, hls: nil, destination: "/tmp/out/match_720p.mp4")
        #expect(arguments == [
            "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            "-ss", "2.000", "-to", "8.000", "-i", "/tmp/in0",
            "-ss", "20.000", "-to", "26.500", "-i", "/tmp/in1", "-ss", "20.000", "-to", "26.500", "-i", "/tmp/dub",
            "-filter_complex",
            "[0:v:0][0:a:0][1:v:0][2:a:0]concat=n=2:v=1:a=1[joined][aout];[joined]scale=1280:720:force_original_aspect_ratio=decrease,pad=1280:720:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=25/1[vout]",
            "-map", "[vout]", "-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p", "-crf", "23", "-maxrate", "3000000", "-bufsize", "6000000",
            "-map", "[aout]", "-c:a", "aac", "-b:a", "96000", "-ac", "2", "-ar", "48000",
            "-movflags", "+faststart", "-f", "mp4", "/tmp/out/match_720p.mp4",
        ])
        let hls = FFmpegCommand.arguments(sources: [FFmpegCommand.Source(video: "/tmp/in0")], output: plan.groups[0].outputs[3],
                                          hls: FFmpegCommand.HLSTarget(segmentLength: 6, segmentPattern: "/tmp/o/match_360p_%05d.ts"), destination: "/tmp/o/match_360p.m3u8")
        #expect(Array(hls.suffix(11)) == ["-f", "hls", "-hls_time", "6.000", "-hls_playlist_type", "vod", "-start_number", "1",
                                          "-hls_segment_filename", "/tmp/o/match_360p_%05d.ts", "/tmp/o/match_360p.m3u8"])
        #expect(hls.contains("[0:v:0][0:a:0]concat=n=1:v=1:a=1[joined][aout];[joined]scale=640:360:force_original_aspect_ratio=decrease,pad=640:360:(ow-iw)/2:(oh-ih)/2,setsar=1[vout]"))
        var stretched = output
        stretched.scaling = "STRETCH_TO_OUTPUT"
        stretched.frameRate = nil
        #expect(FFmpegCommand.videoFilters(stretched) == ["scale=1280:720", "setsar=1"])
        #expect(FFmpegCommand.locate(path: "/nonexistent-a:/nonexistent-b") == nil)
    }

    /// An MP4 header: `ftyp`, then `moov` holding an `mvhd` of `version` with `timescale` and `duration`.
    static func mp4(timescale: UInt32, duration: UInt64, version: UInt8 = 0) -> Data {
        func be<T: FixedWidthInteger>(_ value: T) -> [UInt8] { withUnsafeBytes(of: value.bigEndian, Array.init) }
        func box(_ type: String, _ body: [UInt8]) -> [UInt8] { be(UInt32(8 + body.count)) + Array(type.utf8) + body }
        var mvhd: [UInt8] = [version, 0, 0, 0]
        mvhd += version == 1 ? [UInt8](repeating: 0, count: 16) + be(timescale) + be(duration) : [UInt8](repeating: 0, count: 8) + be(timescale) + be(UInt32(duration))
        mvhd += [UInt8](repeating: 0, count: 80)
        return Data(box("ftyp", Array("isom".utf8) + [0, 0, 2, 0]) + box("moov", box("mvhd", mvhd)) + box("mdat", [1, 2, 3]))
    }

    @Test("the MP4 probe reads the movie header's length (versions 0 and 1) and nothing from other bytes")
    func probe() {
        #expect(MP4Probe.duration(of: Self.mp4(timescale: 1000, duration: 12_500)) == 12.5)
        #expect(MP4Probe.duration(of: Self.mp4(timescale: 90_000, duration: 2_700_000, version: 1)) == 30)
        #expect(MP4Probe.duration(of: Data("not a movie at all".utf8)) == nil)
        #expect(MP4Probe.duration(of: Data()) == nil)
    }

    @Test("captions convert between SRT and WebVTT keeping cues, and an HLS captions output keeps every cue in its first segment")
    func captions() {
        let srt = "1\n00:00:01,000 --> 00:00:02,500\nHello there\n\n2\n00:00:03,000 --> 00:00:04,000\nSecond line\nwraps\n"
        let vtt = CaptionsConversion.convert(srt, from: "SRT", to: "WEBVTT")
        #expect(vtt == "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello there\n\n00:00:03.000 --> 00:00:04.000\nSecond line\nwraps\n")
        #expect(CaptionsConversion.convert(vtt ?? "", from: "WEBVTT", to: "SRT") == srt)
        #expect(CaptionsConversion.convert("WEBVTT\n\n01:02.000 --> 01:03.000 align:start\nShort\n", from: "WEBVTT", to: "SRT")
            == "1\n00:01:02,000 --> 00:01:03,000\nShort\n")
        let location = S3Location(bucket: "b", key: "k_00002.vtt")
        #expect(MediaConvertRenderer.captions(("SRT", srt), format: "WEBVTT", segment: 2, location: location, jobId: "j") == "WEBVTT\n")
        #expect(MediaConvertRenderer.captions(("SRT", srt), format: "SRT", segment: nil, location: location, jobId: "j") == srt)
        #expect(MediaConvertRenderer.captions(nil, format: "SRT", segment: nil, location: location, jobId: "j").hasPrefix("mediagen-local placeholder output"))
    }
}
