import Foundation

/// WebVTT cue settings (W3C WebVTT §4.2): where and how a cue is placed. `nil` leaves the default.
/// Values are kept as written (e.g. line "-1", "85%", "90%,end"; position "50%,center").
public struct WebVTTCueSettings: Sendable, Hashable {
    public var vertical: String?
    public var line: String?
    public var position: String?
    public var size: String?
    public var align: String?
    public var region: String?

    public init(vertical: String? = nil, line: String? = nil, position: String? = nil, size: String? = nil,
                align: String? = nil, region: String? = nil) {
        self.vertical = vertical
        self.line = line
        self.position = position
        self.size = size
        self.align = align
        self.region = region
    }

    public var isEmpty: Bool { self == WebVTTCueSettings() }

    /// The settings as they follow the timings on a cue's timing line ("line:85% align:center").
    public var serialized: String {
        [("vertical", vertical), ("line", line), ("position", position), ("size", size), ("align", align), ("region", region)]
            .compactMap { name, value in value.map { "\(name):\($0)" } }
            .joined(separator: " ")
    }

    /// Parses the settings part of a timing line; settings with an unknown name or an invalid value are
    /// ignored, as the WebVTT parser algorithm requires.
    public init(parsing text: Substring) {
        self.init()
        for setting in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            guard let colon = setting.firstIndex(of: ":"), colon != setting.startIndex else { continue }
            let name = setting[..<colon], value = String(setting[setting.index(after: colon)...])
            guard !value.isEmpty else { continue }
            switch name {
            case "vertical" where value == "rl" || value == "lr": vertical = value
            case "line" where Self.validLine(value): line = value
            case "position" where Self.validPosition(value): position = value
            case "size" where Self.percentage(value[...]) != nil: size = value
            case "align" where ["start", "center", "end", "left", "right"].contains(value): align = value
            case "region": region = value
            default: continue
            }
        }
    }

    static func percentage(_ text: Substring) -> Double? {
        guard text.hasSuffix("%"), let number = Double(text.dropLast()), text.dropLast().allSatisfy({ $0.isNumber || $0 == "." }),
              (0...100).contains(number) else { return nil }
        return number
    }

    static func validLine(_ value: String) -> Bool {
        let parts = value.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let first = parts.first else { return false }
        if parts.count == 2, !["start", "center", "end"].contains(parts[1]) { return false }
        if percentage(first) != nil { return true }
        let digits = first.hasPrefix("-") ? first.dropFirst() : first
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func validPosition(_ value: String) -> Bool {
        let parts = value.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let first = parts.first, percentage(first) != nil else { return false }
        return parts.count == 1 || ["line-left", "center", "line-right"].contains(parts[1])
    }
}

/// Placement overrides a caller can ask for (a job's style overrides), turned into WebVTT cue settings.
public struct CaptionPlacement: Sendable, Hashable {
    public enum Region: String, Sendable, Hashable { case bottom, top }
    public enum Alignment: String, Sendable, Hashable { case start, center, end, left, right }

    public var region: Region
    public var alignment: Alignment
    /// Line position as a percentage of the video height (overrides `region`).
    public var linePercent: Double?
    /// Horizontal position as a percentage of the video width.
    public var positionPercent: Double?
    /// Cue box width as a percentage of the video width.
    public var sizePercent: Double?

    public init(region: Region = .bottom, alignment: Alignment = .center, linePercent: Double? = nil,
                positionPercent: Double? = nil, sizePercent: Double? = nil) {
        self.region = region
        self.alignment = alignment
        self.linePercent = linePercent
        self.positionPercent = positionPercent
        self.sizePercent = sizePercent
    }

    /// The WebVTT settings: nothing for the default (bottom, centred), "line:0" for the top.
    public var settings: WebVTTCueSettings {
        var settings = WebVTTCueSettings()
        if let linePercent { settings.line = Self.format(linePercent) + "%" } else if region == .top { settings.line = "0" }
        if let positionPercent { settings.position = Self.format(positionPercent) + "%" }
        if let sizePercent { settings.size = Self.format(sizePercent) + "%" }
        if alignment != .center { settings.align = alignment.rawValue }
        return settings
    }

    static func format(_ value: Double) -> String {
        let clamped = min(max(value, 0), 100)
        return clamped == clamped.rounded() ? String(Int(clamped)) : String(format: "%.3f", clamped)
            .replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
    }

    /// The cues with these settings.
    public func apply(to cues: [CaptionCue]) -> [CaptionCue] {
        let settings = self.settings
        return cues.map { cue in
            var cue = cue
            cue.settings = settings
            return cue
        }
    }
}
