import Foundation
import Testing
@testable import LocalHarness

/// The pure parts of the Rekognition twin: the moderation taxonomy, ffmpeg log parsing, timecodes, the default
/// video layout and result paging.
@Suite("Local twin: Rekognition pieces")
struct TwinRekognitionUnitTests {
    @Test("the v7 taxonomy has its ten top-level categories and every label resolves to a chain ending at one of them")
    func taxonomy() {
        let top = ModerationTaxonomy.tree.map(\.0)
        #expect(top == ["Explicit", "Non-Explicit Nudity of Intimate parts and Kissing", "Swimwear or Underwear", "Violence", "Visually Disturbing",
                        "Drugs & Tobacco", "Alcohol", "Rude Gestures", "Gambling", "Hate Symbols"])
        for entry in ModerationTaxonomy.entries.values {
            let chain = ModerationTaxonomy.lineage(entry.name)
            #expect(chain.map(\.level) == Array((1...entry.level).reversed()), "\(entry.name)")
            #expect(chain.last.map { top.contains($0.name) && $0.parent.isEmpty } == true, "\(entry.name)")
        }
        #expect(ModerationTaxonomy.lineage("gambling").map(\.level) == [2, 1])
        #expect(ModerationTaxonomy.lineage("Suggestive").isEmpty)
        let labels = ModerationTaxonomy.labels([("Drinking", 70), ("Alcoholic Beverages", 90)], minConfidence: 75)
        #expect(labels.map { "\($0.entry.name)=\($0.confidence)" } == ["Alcoholic Beverages=90.0", "Alcohol=90.0"])
    }

    @Test("ffmpeg's log gives the duration, streams, scene changes and black intervals")
    func ffmpegLog() {
        let log = """
        Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/tmp/in.mp4':
          Metadata:
            major_brand     : isom
          Duration: 00:01:02.50, start: 0.000000, bitrate: 1205 kb/s
          Stream #0:0[0x1](und): Video: h264 (High) (avc1 / 0x31637661), yuv420p(tv, bt709, progressive), 1280x720 [SAR 1:1 DAR 16:9], 1065 kb/s, 29.97 fps, 29.97 tbr, 30k tbn (default)
          Stream #0:1[0x2](und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 128 kb/s (default)
        [blackdetect @ 0x55d5c8c0a0] black_start:0 black_end:0.533867 black_duration:0.533867
        [Parsed_showinfo_2 @ 0x55d5c8c1c0] n:   0 pts:  154154 pts_time:5.13847 duration:   1001 duration_time:0.0333667 fmt:yuv420p
        [Parsed_showinfo_2 @ 0x55d5c8c1c0] n:   1 pts:  370370 pts_time:12.3457 duration:   1001 duration_time:0.0333667 fmt:yuv420p
        [blackdetect @ 0x55d5c8c0a0] black_start:61.9 black_end:62.5 black_duration:0.6
        """
        let analysis = FFmpegAnalysis.parse(log)
        #expect(analysis.durationMillis == 62_500)
        #expect(analysis.format == "mov,mp4,m4a,3gp,3g2,mj2")
        #expect(analysis.codec == "h264")
        #expect(analysis.width == 1280 && analysis.height == 720)
        #expect(analysis.frameRate == 29.97)
        #expect(analysis.audioCodec == "aac" && analysis.sampleRate == 44_100 && analysis.channels == 2)
        #expect(analysis.sceneChanges == [5.13847, 12.3457])
        #expect(analysis.blackIntervals == [0...0.533867, 61.9...62.5])
        #expect(FFmpegAnalysis.parse("garbage\n[showinfo] n:0") == FFmpegAnalysis())
        #expect(FFmpegAnalysis.locate(path: "/nonexistent:/also-not") == nil)
    }

    @Test("a timeline from ffmpeg cuts shots at scene changes and fills the gaps between black intervals with Content")
    func timelineFromFFmpeg() {
        var analysis = FFmpegAnalysis()
        analysis.durationMillis = 20_000
        analysis.frameRate = 25
        analysis.sceneChanges = [4.0, 11.5]
        analysis.blackIntervals = [0...0.5, 19.5...20]
        let timeline = VideoTimeline(bytes: Data([1, 2, 3]), sidecar: nil, ffmpeg: analysis)
        #expect(timeline.shots.map { [$0.start, $0.end] } == [[0, 4000], [4000, 11_500], [11_500, 20_000]])
        #expect(timeline.cues.map { "\($0.type) \($0.start)-\($0.end)" } == ["BlackFrames 0-500", "Content 500-19500", "BlackFrames 19500-20000"])
    }

    @Test("default shots tile the content without gaps, 2 to 6 seconds each, and are the same for the same bytes")
    func defaultLayout() {
        let first = VideoTimeline(bytes: Data("movie".utf8), sidecar: nil, ffmpeg: nil)
        let again = VideoTimeline(bytes: Data("movie".utf8), sidecar: nil, ffmpeg: nil)
        #expect(first.durationMillis == VideoTimeline.defaultDurationMillis)
        #expect(first.shots.map(\.start) == again.shots.map(\.start))
        #expect(first.shots.first?.start == 2500)
        #expect(first.shots.last?.end == first.durationMillis - 500)
        for (shot, next) in zip(first.shots, first.shots.dropFirst()) {
            #expect(shot.end == next.start)
            #expect((2000...6000).contains(shot.end - shot.start))
        }
        let short = VideoTimeline(bytes: Data("clip".utf8), sidecar: ["VideoMetadata": ["DurationMillis": 5000]], ffmpeg: nil)
        #expect(short.cues.map(\.type) == ["Content", "BlackFrames"])
    }

    @Test("SMPTE timecodes count frames, with drop-frame numbering at 29.97 fps")
    func timecodes() {
        #expect(Timecode.smpte(frame: 62, rate: 25) == "00:00:02:12")
        #expect(Timecode.smpte(frame: 25 * 3661, rate: 25) == "01:01:01:00")
        #expect(Timecode.smpte(frame: 1799, rate: 29.97) == "00:00:59;29")
        #expect(Timecode.smpte(frame: 1800, rate: 29.97) == "00:01:00;02")
        #expect(Timecode.smpte(frame: 17_982, rate: 29.97) == "00:10:00;00")
        #expect(Timecode.frame(atMillis: 2500, rate: 25) == 62)
    }

    @Test("paging tokens name their job; NAME sorting orders by name then time; SEGMENTS joins consecutive samples")
    func results() {
        let token = VideoResults.token(jobId: "job-a", offset: 40)
        #expect(VideoResults.offset(token, jobId: "job-a") == 40)
        #expect(VideoResults.offset(token, jobId: "job-b") == nil)
        #expect(VideoResults.offset("%%%", jobId: "job-a") == nil)
        func detection(_ time: Int, _ name: String) -> JSONValue { ["Timestamp": .int(time), "Label": ["Name": .string(name), "Confidence": 90.0]] }
        let detections = [detection(0, "Car"), detection(0, "Sky"), detection(1000, "Car"), detection(2000, "Car"), detection(5000, "Car")]
        let byName = VideoResults.sort(detections, kind: .labels, by: "NAME")
        #expect(byName.map { "\($0["Label"]?["Name"]?.stringValue ?? "")@\(VideoResults.time($0))" } == ["Car@0", "Car@1000", "Car@2000", "Car@5000", "Sky@0"])
        let spans = VideoResults.aggregate(detections, kind: .labels)
        #expect(spans.map { "\($0["Label"]?["Name"]?.stringValue ?? "") \($0["StartTimestampMillis"]?.number ?? -1)-\($0["EndTimestampMillis"]?.number ?? -1)" }
            == ["Car 0.0-3000.0", "Sky 0.0-1000.0", "Car 5000.0-6000.0"])
    }
}
