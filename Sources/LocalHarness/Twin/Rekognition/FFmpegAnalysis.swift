import Foundation

/// What ffmpeg tells about a video: duration, stream properties, scene changes (from `select='gt(scene,…)',showinfo`)
/// and black intervals (from `blackdetect`). Parsing is a pure function of ffmpeg's log; running ffmpeg is optional
/// (``FFmpegAnalysis/run(_:executable:)``) and happens only when an `ffmpeg` is on PATH.
struct FFmpegAnalysis: Equatable, Sendable {
    var durationMillis: Int?
    var format: String?
    var codec: String?
    var width: Int?
    var height: Int?
    var frameRate: Double?
    var audioCodec: String?
    var sampleRate: Int?
    var channels: Int?
    /// Seconds at which a new shot starts.
    var sceneChanges: [Double] = []
    /// Black intervals in seconds.
    var blackIntervals: [ClosedRange<Double>] = []

    /// Reads ffmpeg's stderr log.
    static func parse(_ log: String) -> FFmpegAnalysis {
        var analysis = FFmpegAnalysis()
        for raw in log.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("Input #0, "), analysis.format == nil {
                let rest = line.dropFirst("Input #0, ".count)
                analysis.format = rest.components(separatedBy: ", from ").first.map { String($0) }
            } else if line.hasPrefix("Duration: "), let stamp = line.dropFirst("Duration: ".count).split(separator: ",").first {
                analysis.durationMillis = clock(String(stamp)).map { Int(($0 * 1000).rounded()) }
            } else if line.hasPrefix("Stream #"), let range = line.range(of: ": Video: ") {
                let fields = line[range.upperBound...].components(separatedBy: ", ")
                analysis.codec = fields.first?.split(separator: " ").first.map(String.init)
                for field in fields {
                    let words = field.split(separator: " ")
                    if let size = words.first, analysis.width == nil {
                        let parts = size.split(separator: "x")
                        if parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) {
                            analysis.width = width
                            analysis.height = height
                        }
                    }
                    if words.count == 2, words[1] == "fps", let rate = Double(words[0]) { analysis.frameRate = rate }
                }
            } else if line.hasPrefix("Stream #"), let range = line.range(of: ": Audio: ") {
                let fields = line[range.upperBound...].components(separatedBy: ", ")
                analysis.audioCodec = fields.first?.split(separator: " ").first.map(String.init)
                for field in fields {
                    if field.hasSuffix(" Hz"), let rate = Int(field.dropLast(3)) { analysis.sampleRate = rate }
                    switch field {
                    case "mono": analysis.channels = 1
                    case "stereo": analysis.channels = 2
                    case "5.1", "5.1(side)": analysis.channels = 6
                    default: break
                    }
                }
            } else if line.contains("showinfo"), let value = Self.value(after: "pts_time:", in: line) {
                analysis.sceneChanges.append(value)
            } else if line.contains("blackdetect"), let start = Self.value(after: "black_start:", in: line),
                      let end = Self.value(after: "black_end:", in: line), end >= start {
                analysis.blackIntervals.append(start...end)
            }
        }
        analysis.sceneChanges.sort()
        return analysis
    }

    /// `HH:MM:SS.ss` in seconds.
    static func clock(_ text: String) -> Double? {
        let parts = text.split(separator: ":")
        guard parts.count == 3, let hours = Double(parts[0]), let minutes = Double(parts[1]), let seconds = Double(parts[2]) else { return nil }
        return hours * 3600 + minutes * 60 + seconds
    }

    private static func value(after key: String, in line: String) -> Double? {
        guard let range = line.range(of: key) else { return nil }
        let rest = line[range.upperBound...].drop { $0 == " " }
        return Double(rest.prefix { !$0.isWhitespace })
    }

    /// The first executable `ffmpeg` on `path` (a PATH-style list), if any.
    static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? { FFmpegLocator.onPath(path) }

    /// Runs ffmpeg's scene and black-frame detection over `video`; nil when ffmpeg fails.
    static func run(_ video: Data, executable: URL) async -> FFmpegAnalysis? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("twin-rekognition-\(UUID().uuidString).media")
        do { try video.write(to: file) } catch { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-hide_banner", "-nostats", "-i", file.path, "-vf", "blackdetect=d=0.1:pix_th=0.10,select='gt(scene\\,0.4)',showinfo",
                             "-an", "-f", "null", "-"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let log = await Task.detached { errors.fileHandleForReading.readDataToEndOfFile() }.value
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return parse(String(decoding: log, as: UTF8.self))
    }
}
