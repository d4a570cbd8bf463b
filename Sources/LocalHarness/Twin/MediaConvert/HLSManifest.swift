import Foundation

/// The HLS playlists MediaConvert writes for an HLS output group: the main manifest naming every rendition (and
/// WebVTT captions as a SUBTITLES group), and one VOD media playlist per output.
enum HLSManifest {
    /// `#EXT-X-STREAM-INF` per video (or audio-only) output, `#EXT-X-MEDIA:TYPE=SUBTITLES` per captions output.
    static func main(outputs: [MediaConvertOutputPlan.Output], captionLanguage: String?) -> String {
        var lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-INDEPENDENT-SEGMENTS"]
        let captions = outputs.filter { $0.captionFormat != nil }
        for (index, output) in captions.enumerated() {
            var attributes = ["TYPE=SUBTITLES", "GROUP-ID=\"subs\"", "NAME=\"\(output.label ?? output.languageCode ?? "Captions \(index + 1)")\""]
            if let language = output.languageCode, captionLanguage != "NONE" { attributes.append("LANGUAGE=\"\(language)\"") }
            attributes += ["AUTOSELECT=YES", "DEFAULT=\(index == 0 ? "YES" : "NO")", "FORCED=NO", "URI=\"\(fileName(output))\""]
            lines.append("#EXT-X-MEDIA:" + attributes.joined(separator: ","))
        }
        for output in outputs where output.captionFormat == nil {
            let bandwidth = (output.videoBitrate ?? 0) + (output.audioBitrate ?? 0)
            var codecs: [String] = []
            if output.videoBitrate != nil || output.width != nil { codecs.append("avc1.640028") }
            if output.audioBitrate != nil { codecs.append("mp4a.40.2") }
            var attributes = ["BANDWIDTH=\(bandwidth)", "AVERAGE-BANDWIDTH=\(bandwidth)", "CODECS=\"\(codecs.joined(separator: ","))\""]
            if let width = output.width, let height = output.height { attributes.append("RESOLUTION=\(width)x\(height)") }
            if let rate = output.frameRate { attributes.append("FRAME-RATE=" + String(format: "%.3f", Double(rate.numerator) / Double(max(rate.denominator, 1)))) }
            if !captions.isEmpty { attributes.append("SUBTITLES=\"subs\"") }
            lines.append("#EXT-X-STREAM-INF:" + attributes.joined(separator: ","))
            lines.append(fileName(output))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A VOD playlist over `segments`, each `segmentLength` seconds but the last, which ends at `total`.
    static func variant(segments: [String], segmentLength: Double, total: Double) -> String {
        var remaining = total
        var lengths: [Double] = []
        for index in segments.indices {
            let length = index == segments.count - 1 ? max(remaining, 0) : min(segmentLength, remaining)
            remaining -= length
            lengths.append(length)
        }
        var lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:\(Int((lengths.max() ?? segmentLength).rounded(.up)))",
                     "#EXT-X-MEDIA-SEQUENCE:1", "#EXT-X-PLAYLIST-TYPE:VOD"]
        for (segment, length) in zip(segments, lengths) {
            lines.append("#EXTINF:" + String(format: "%.3f", length) + ",")
            lines.append(segment)
        }
        lines.append("#EXT-X-ENDLIST")
        return lines.joined(separator: "\n") + "\n"
    }

    static func fileName(_ output: MediaConvertOutputPlan.Output) -> String {
        String(output.location.key.split(separator: "/").last ?? "")
    }
}
