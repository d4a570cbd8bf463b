import Foundation

/// A video's timeline as the twin sees it: its metadata, its shots and technical cues, and (for videos with no
/// sidecar fragment) labels and faces per shot sampled every second. Built from the sidecar's `VideoMetadata`,
/// from ffmpeg when it ran, else from defaults drawn from the bytes.
struct VideoTimeline {
    /// Default duration when neither the sidecar nor ffmpeg gives one.
    static let defaultDurationMillis = 60_000
    /// The sampling step of label and face detections.
    static let sampleMillis = 1000

    var durationMillis: Int
    var frameRate: Double
    var width: Int
    var height: Int
    var codec: String
    var format: String
    var audio: (codec: String, sampleRate: Int, channels: Int)
    /// `(type, start ms, end ms)`: technical cues.
    var cues: [(type: String, start: Int, end: Int)]
    /// Shot boundaries `(start ms, end ms)`.
    var shots: [(start: Int, end: Int)]
    let seed: Data

    init(bytes: Data, sidecar: JSONValue?, ffmpeg: FFmpegAnalysis?) {
        let metadata = sidecar?["VideoMetadata"]
        seed = bytes
        durationMillis = max(1000, metadata?["DurationMillis"]?.number.map { Int($0) } ?? ffmpeg?.durationMillis ?? Self.defaultDurationMillis)
        frameRate = metadata?["FrameRate"]?.number ?? ffmpeg?.frameRate ?? 25
        width = metadata?["FrameWidth"]?.number.map { Int($0) } ?? ffmpeg?.width ?? 1920
        height = metadata?["FrameHeight"]?.number.map { Int($0) } ?? ffmpeg?.height ?? 1080
        codec = metadata?["Codec"]?.stringValue ?? ffmpeg?.codec ?? "h264"
        format = metadata?["Format"]?.stringValue ?? (ffmpeg?.format.map { $0.hasPrefix("mov") ? "QuickTime / MOV" : $0 }) ?? "QuickTime / MOV"
        audio = (ffmpeg?.audioCodec ?? "aac", ffmpeg?.sampleRate ?? 48_000, ffmpeg?.channels ?? 2)
        let duration = durationMillis
        if let ffmpeg, !ffmpeg.sceneChanges.isEmpty || !ffmpeg.blackIntervals.isEmpty {
            let black = ffmpeg.blackIntervals.map { (type: "BlackFrames", start: Int($0.lowerBound * 1000), end: min(duration, Int($0.upperBound * 1000))) }
            cues = Self.withContent(black, duration: duration)
            let cuts = [0] + ffmpeg.sceneChanges.map { Int($0 * 1000) }.filter { $0 > 0 && $0 < duration } + [duration]
            shots = zip(cuts, cuts.dropFirst()).map { ($0, $1) }
        } else {
            var draw = DeterministicDraw(data: bytes, salt: "timeline")
            (cues, shots) = Self.defaultLayout(duration: duration, draw: &draw)
        }
    }

    /// Color bars, a black slate, content, end credits and trailing black; shots of 2–6 s over everything after the slate.
    static func defaultLayout(duration: Int, draw: inout DeterministicDraw) -> ([(type: String, start: Int, end: Int)], [(start: Int, end: Int)]) {
        var cues: [(type: String, start: Int, end: Int)] = []
        let contentStart: Int
        if duration >= 10_000 {
            cues.append(("ColorBars", 0, 2000))
            cues.append(("BlackFrames", 2000, 2500))
            contentStart = 2500
        } else {
            contentStart = 0
        }
        let blackTail = duration - 500
        if duration >= 20_000 {
            let credits = max(contentStart, Int(Double(duration) * 0.9))
            cues.append(("Content", contentStart, credits))
            cues.append(("EndCredits", credits, blackTail))
        } else {
            cues.append(("Content", contentStart, blackTail))
        }
        cues.append(("BlackFrames", blackTail, duration))
        var shots: [(start: Int, end: Int)] = []
        var start = contentStart
        while start < blackTail {
            let end = min(blackTail, start + draw.int(2000...6000))
            shots.append((start, blackTail - end < 1000 ? blackTail : end))
            start = shots.last!.end
        }
        return (cues, shots)
    }

    /// Black intervals plus `Content` cues for the gaps between them.
    static func withContent(_ black: [(type: String, start: Int, end: Int)], duration: Int) -> [(type: String, start: Int, end: Int)] {
        var cues: [(type: String, start: Int, end: Int)] = []
        var position = 0
        for interval in black.sorted(by: { $0.start < $1.start }) {
            if interval.start > position { cues.append(("Content", position, interval.start)) }
            cues.append(interval)
            position = max(position, interval.end)
        }
        if position < duration { cues.append(("Content", position, duration)) }
        return cues
    }

    // MARK: - Answers

    var videoMetadata: JSONValue {
        ["Codec": .string(codec), "DurationMillis": .int(durationMillis), "Format": .string(format), "FrameRate": .double(frameRate),
         "FrameHeight": .int(height), "FrameWidth": .int(width), "ColorRange": "LIMITED"]
    }

    var audioMetadata: JSONValue {
        ["Codec": .string(audio.codec), "DurationMillis": .int(durationMillis), "SampleRate": .int(audio.sampleRate), "NumberOfChannels": .int(audio.channels)]
    }

    /// Segments of the requested types, above each type's minimum confidence (50 unless the filter says).
    func segments(types: Set<String>, filters: JSONValue?, sidecar: JSONValue?) -> [JSONValue] {
        let shotMinimum = filters?["ShotFilter"]?["MinSegmentConfidence"]?.number ?? 50
        let cueMinimum = filters?["TechnicalCueFilter"]?["MinSegmentConfidence"]?.number ?? 50
        var draw = DeterministicDraw(data: seed, salt: "segments")
        var segments: [(start: Int, value: JSONValue, confidence: Double, shot: Bool)] = []
        if let given = sidecar?["GetSegmentDetection"]?["Segments"]?.arrayValue {
            for item in given {
                let start = Int(item["StartTimestampMillis"]?.number ?? 0), end = Int(item["EndTimestampMillis"]?.number ?? Double(durationMillis))
                let isShot = item["Type"]?.stringValue == "SHOT"
                let confidence = (isShot ? item["ShotSegment"]?["Confidence"] : item["TechnicalCueSegment"]?["Confidence"])?.number ?? 95
                var value = segment(start: start, end: end)
                value["Type"] = .string(isShot ? "SHOT" : "TECHNICAL_CUE")
                if isShot {
                    value["ShotSegment"] = ["Index": .int(Int(item["ShotSegment"]?["Index"]?.number ?? Double(segments.filter(\.shot).count))), "Confidence": .double(confidence)]
                } else {
                    value["TechnicalCueSegment"] = ["Type": item["TechnicalCueSegment"]?["Type"] ?? "Content", "Confidence": .double(confidence)]
                }
                segments.append((start, .object(value), confidence, isShot))
            }
        } else {
            for cue in cues {
                let confidence = DeterministicDraw.rounded(draw.double(85...99.9))
                var value = segment(start: cue.start, end: cue.end)
                value["Type"] = "TECHNICAL_CUE"
                value["TechnicalCueSegment"] = ["Type": .string(cue.type), "Confidence": .double(confidence)]
                segments.append((cue.start, .object(value), confidence, false))
            }
            for (index, shot) in shots.enumerated() {
                let confidence = DeterministicDraw.rounded(draw.double(80...99.9))
                var value = segment(start: shot.start, end: shot.end)
                value["Type"] = "SHOT"
                value["ShotSegment"] = ["Index": .int(index), "Confidence": .double(confidence)]
                segments.append((shot.start, .object(value), confidence, true))
            }
        }
        return segments.filter { item in
            item.shot ? types.contains("SHOT") && item.confidence >= shotMinimum : types.contains("TECHNICAL_CUE") && item.confidence >= cueMinimum
        }.sorted { $0.start != $1.start ? $0.start < $1.start : (!$0.shot && $1.shot) }.map(\.value)
    }

    /// The timing members of a segment `[start, end]` in ms, frames and SMPTE timecodes.
    func segment(start: Int, end: Int) -> [String: JSONValue] {
        let startFrame = Timecode.frame(atMillis: start, rate: frameRate), endFrame = max(startFrame, Timecode.frame(atMillis: end, rate: frameRate) - 1)
        let endMillis = Timecode.millis(atFrame: endFrame, rate: frameRate)
        return [
            "StartTimestampMillis": .int(start), "EndTimestampMillis": .int(endMillis), "DurationMillis": .int(endMillis - start),
            "StartTimecodeSMPTE": .string(Timecode.smpte(frame: startFrame, rate: frameRate)), "EndTimecodeSMPTE": .string(Timecode.smpte(frame: endFrame, rate: frameRate)),
            "DurationSMPTE": .string(Timecode.smpte(frame: endFrame - startFrame, rate: frameRate)),
            "StartFrameNumber": .int(startFrame), "EndFrameNumber": .int(endFrame), "DurationFrames": .int(endFrame - startFrame),
        ]
    }

    /// Per shot, 2–4 labels held for the shot and reported every second.
    func labelDetections(minConfidence: Double) -> [JSONValue] {
        var detections: [JSONValue] = []
        for (index, shot) in shots.enumerated() {
            var draw = DeterministicDraw(data: seed, salt: "labels-\(index)")
            let labels = SyntheticDetections.labels(&draw, count: draw.int(2...4))
            for time in stride(from: shot.start, to: shot.end, by: Self.sampleMillis) {
                for label in labels {
                    var value = label.label.objectValue ?? [:]
                    let confidence = DeterministicDraw.rounded(min(99.99, label.confidence - draw.double(0...2)))
                    guard confidence >= minConfidence else { continue }
                    value["Confidence"] = .double(confidence)
                    detections.append(["Timestamp": .int(time), "Label": .object(value)])
                }
            }
        }
        return detections
    }

    /// Per shot, 0–2 faces reported every second.
    func faceDetections(all: Bool) -> [JSONValue] {
        var detections: [JSONValue] = []
        for (index, shot) in shots.enumerated() {
            var draw = DeterministicDraw(data: seed, salt: "faces-\(index)")
            let faces = (0..<draw.int(0...2)).map { _ in SyntheticDetections.face(&draw, all: all) }
            for time in stride(from: shot.start, to: shot.end, by: Self.sampleMillis) {
                for face in faces { detections.append(["Timestamp": .int(time), "Face": face]) }
            }
        }
        return detections
    }
}

/// Frame numbers and SMPTE timecodes (`HH:MM:SS:FF`; drop-frame `HH:MM:SS;FF` at 29.97 and 59.94 fps).
enum Timecode {
    static func frame(atMillis millis: Int, rate: Double) -> Int { Int((Double(millis) * rate / 1000).rounded(.down)) }

    static func millis(atFrame frame: Int, rate: Double) -> Int { Int((Double(frame) * 1000 / rate).rounded()) }

    static func smpte(frame: Int, rate: Double) -> String {
        let nominal = Int(rate.rounded())
        let isDropFrame = abs(rate - Double(nominal) * 1000 / 1001) < 0.01 && nominal % 30 == 0
        var number = frame
        if isDropFrame {
            let dropped = nominal / 15  // 2 at 29.97, 4 at 59.94
            let perTenMinutes = nominal * 600 - dropped * 9
            let perMinute = nominal * 60 - dropped
            let tens = number / perTenMinutes, rest = number % perTenMinutes
            number += dropped * 9 * tens + (rest > dropped ? dropped * ((rest - dropped) / perMinute) : 0)
        }
        let frames = number % nominal, seconds = number / nominal % 60, minutes = number / nominal / 60 % 60, hours = number / nominal / 3600
        return String(format: "%02d:%02d:%02d", hours, minutes, seconds) + (isDropFrame ? ";" : ":") + String(format: "%02d", frames)
    }
}
