import Foundation

/// What MediaConvert's CreateJob refuses with `BadRequestException`, checked the way the service reports it: the
/// message starts with the JSON path of the bad member (`/settings/outputGroups/0/outputGroupSettings/...`).
/// Covers the members our builders emit and the model's required members, enums and ranges for them.
enum MediaConvertRequestCheck {
    static let videoCodecs: Set = ["AV1", "AVC_INTRA", "FRAME_CAPTURE", "GIF", "H_264", "H_265", "MPEG2", "PASSTHROUGH", "PRORES", "UNCOMPRESSED", "VC3", "VP8", "VP9", "XAVC"]
    static let audioCodecs: Set = ["AAC", "MP2", "MP3", "WAV", "AIFF", "AC3", "AC4", "EAC3", "EAC3_ATMOS", "VORBIS", "OPUS", "PASSTHROUGH", "FLAC"]
    static let containers: Set = ["F4V", "GIF", "ISMV", "M2TS", "M3U8", "CMFC", "MOV", "MP4", "MPD", "MXF", "OGG", "WEBM", "RAW", "Y4M"]
    static let groupTypes: Set = ["HLS_GROUP_SETTINGS", "DASH_ISO_GROUP_SETTINGS", "FILE_GROUP_SETTINGS", "MS_SMOOTH_GROUP_SETTINGS", "CMAF_GROUP_SETTINGS"]
    /// The group types the twin produces outputs for; the others are valid requests it cannot render.
    static let servedGroupTypes: Set = ["HLS_GROUP_SETTINGS", "FILE_GROUP_SETTINGS"]
    static let captionDestinations: Set = ["BURN_IN", "DVB_SUB", "EMBEDDED", "EMBEDDED_PLUS_SCTE20", "IMSC", "SCTE20_PLUS_EMBEDDED", "SCC", "SRT", "SMI", "TELETEXT", "TTML", "WEBVTT"]
    static let rateControlModes: Set = ["VBR", "CBR", "QVBR"]
    static let aacCodingModes: Set = ["AD_RECEIVER_MIX", "CODING_MODE_1_0", "CODING_MODE_1_1", "CODING_MODE_2_0", "CODING_MODE_5_1", "CODING_MODE_AUTO"]
    static let scalingBehaviors: Set = ["DEFAULT", "STRETCH_TO_OUTPUT", "FIT", "FIT_NO_UPSCALE", "FILL", "SMART_CROP"]
    static let statusUpdateIntervals: Set = ["SECONDS_10", "SECONDS_12", "SECONDS_15", "SECONDS_20", "SECONDS_30", "SECONDS_60", "SECONDS_120", "SECONDS_180", "SECONDS_240", "SECONDS_300", "SECONDS_360", "SECONDS_420", "SECONDS_480", "SECONDS_540", "SECONDS_600"]

    /// The first problem of a CreateJob body (camelCase wire members), or nil when the service would accept it.
    static func problem(in body: JSONValue) -> String? {
        guard body.objectValue != nil else { return "/: Should be an object" }
        guard let role = body["role"]?.stringValue, !role.isEmpty else { return "/role: Should be present; the job needs an IAM role MediaConvert assumes" }
        if let token = body["clientRequestToken"], token.stringValue == nil { return "/clientRequestToken: Should be a string" }
        if let priority = body["priority"] {
            guard let value = priority.number, (-50...50).contains(value) else { return "/priority: Should be an integer from -50 to 50" }
        }
        if let interval = body["statusUpdateInterval"], !statusUpdateIntervals.contains(interval.stringValue ?? "") {
            return "/statusUpdateInterval: Should be one of \(statusUpdateIntervals.sorted())"
        }
        for member in ["userMetadata", "tags"] {
            if let map = body[member] {
                guard let object = map.objectValue, object.values.allSatisfy({ $0.stringValue != nil }) else { return "/\(member): Should be a map of strings" }
            }
        }
        guard let settings = body["settings"], settings.objectValue != nil else {
            return body["jobTemplate"] == nil ? "/settings: Should be present" : "/jobTemplate: Job templates are not served by the local twin; send settings"
        }
        guard let inputs = settings["inputs"]?.arrayValue, !inputs.isEmpty else { return "/settings/inputs: Should have at least 1 items" }
        var audioSelectors: Set<String> = []
        var captionSelectors: Set<String> = []
        for (index, input) in inputs.enumerated() {
            if let problem = inputProblem(input, path: "/settings/inputs/\(index)") { return problem }
            audioSelectors.formUnion((input["audioSelectors"]?.objectValue ?? [:]).keys)
            captionSelectors.formUnion((input["captionSelectors"]?.objectValue ?? [:]).keys)
        }
        guard let groups = settings["outputGroups"]?.arrayValue, !groups.isEmpty else { return "/settings/outputGroups: Should have at least 1 items" }
        for (index, group) in groups.enumerated() {
            if let problem = groupProblem(group, path: "/settings/outputGroups/\(index)", audioSelectors: audioSelectors, captionSelectors: captionSelectors) {
                return problem
            }
        }
        return nil
    }

    static func isLocation(_ text: String) -> Bool {
        (text.hasPrefix("s3://") && S3Location(uri: text) != nil) || text.hasPrefix("https://") || text.hasPrefix("http://")
    }

    static func isTimecode(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == ";" }).map(String.init)
        guard parts.count == 4, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }) else { return false }
        return Int(parts[0])! <= 24 && Int(parts[1])! < 60 && Int(parts[2])! < 60
    }

    private static func inputProblem(_ input: JSONValue, path: String) -> String? {
        guard let file = input["fileInput"]?.stringValue else { return "\(path)/fileInput: Should be present" }
        guard file.utf8.count <= 2048, isLocation(file) else { return "\(path)/fileInput: Should match the pattern s3://bucket/key or https://…" }
        for (index, clip) in (input["inputClippings"]?.arrayValue ?? []).enumerated() {
            let start = clip["startTimecode"]?.stringValue, end = clip["endTimecode"]?.stringValue
            for (name, value) in [("startTimecode", start), ("endTimecode", end)] {
                if let value, !isTimecode(value) { return "\(path)/inputClippings/\(index)/\(name): Should match the pattern HH:MM:SS:FF" }
            }
            if start == nil && end == nil { return "\(path)/inputClippings/\(index): Should have a startTimecode or an endTimecode" }
        }
        for (name, selector) in input["audioSelectors"]?.objectValue ?? [:] {
            if let external = selector["externalAudioFileInput"] {
                guard let text = external.stringValue, isLocation(text) else {
                    return "\(path)/audioSelectors/\(name)/externalAudioFileInput: Should match the pattern s3://bucket/key or https://…"
                }
            }
        }
        for (name, selector) in input["captionSelectors"]?.objectValue ?? [:] {
            guard let source = selector["sourceSettings"], source["sourceType"]?.stringValue != nil else {
                return "\(path)/captionSelectors/\(name)/sourceSettings/sourceType: Should be present"
            }
            if let file = source["fileSourceSettings"], !isLocation(file["sourceFile"]?.stringValue ?? "") {
                return "\(path)/captionSelectors/\(name)/sourceSettings/fileSourceSettings/sourceFile: Should match the pattern s3://bucket/key or https://…"
            }
        }
        return nil
    }

    private static func groupProblem(_ group: JSONValue, path: String, audioSelectors: Set<String>, captionSelectors: Set<String>) -> String? {
        guard let settings = group["outputGroupSettings"] else { return "\(path)/outputGroupSettings: Should be present" }
        guard let type = settings["type"]?.stringValue, groupTypes.contains(type) else {
            return "\(path)/outputGroupSettings/type: Should be one of \(groupTypes.sorted())"
        }
        guard servedGroupTypes.contains(type) else {
            return "\(path)/outputGroupSettings/type: \(type) is valid but the local twin renders only HLS_GROUP_SETTINGS and FILE_GROUP_SETTINGS"
        }
        let member = type == "HLS_GROUP_SETTINGS" ? "hlsGroupSettings" : "fileGroupSettings"
        guard let typed = settings[member] else { return "\(path)/outputGroupSettings/\(member): Should be present for type \(type)" }
        guard let destination = typed["destination"]?.stringValue else {
            return "\(path)/outputGroupSettings/\(member)/destination: Should be present; the local twin writes outputs to S3 only"
        }
        guard destination.hasPrefix("s3://"), destination.dropFirst(5).contains(where: { $0 != "/" }) else {
            return "\(path)/outputGroupSettings/\(member)/destination: Should match the pattern ^s3:\\/\\/.*$"
        }
        if let length = typed["segmentLength"], (length.number ?? 0) < 1 { return "\(path)/outputGroupSettings/\(member)/segmentLength: Should be greater than or equal to 1" }
        guard let outputs = group["outputs"]?.arrayValue, !outputs.isEmpty else { return "\(path)/outputs: Should have at least 1 items" }
        var names: Set<String> = []
        for (index, output) in outputs.enumerated() {
            let outputPath = "\(path)/outputs/\(index)"
            // Outputs of a group write next to each other: the same name modifier and extension would collide.
            let name = (output["nameModifier"]?.stringValue ?? "") + "." + (output["extension"]?.stringValue ?? output["containerSettings"]?["container"]?.stringValue ?? "")
            guard names.insert(name).inserted else { return "\(outputPath)/nameModifier: Should be unique within the output group" }
            if let container = output["containerSettings"]?["container"]?.stringValue {
                guard containers.contains(container) else { return "\(outputPath)/containerSettings/container: Should be one of \(containers.sorted())" }
                if type == "HLS_GROUP_SETTINGS" && container != "M3U8" { return "\(outputPath)/containerSettings/container: Should be M3U8 in an HLS output group" }
            }
            let hasVideo = output["videoDescription"] != nil
            let hasAudio = !(output["audioDescriptions"]?.arrayValue ?? []).isEmpty
            let hasCaptions = !(output["captionDescriptions"]?.arrayValue ?? []).isEmpty
            guard hasVideo || hasAudio || hasCaptions else { return "\(outputPath): Should have a videoDescription, audioDescriptions or captionDescriptions" }
            if let video = output["videoDescription"], let problem = videoProblem(video, path: "\(outputPath)/videoDescription") { return problem }
            for (audioIndex, audio) in (output["audioDescriptions"]?.arrayValue ?? []).enumerated() {
                if let problem = audioProblem(audio, path: "\(outputPath)/audioDescriptions/\(audioIndex)", selectors: audioSelectors) { return problem }
            }
            for (captionIndex, caption) in (output["captionDescriptions"]?.arrayValue ?? []).enumerated() {
                let captionPath = "\(outputPath)/captionDescriptions/\(captionIndex)"
                guard let selector = caption["captionSelectorName"]?.stringValue else { return "\(captionPath)/captionSelectorName: Should be present" }
                guard captionSelectors.contains(selector) else { return "\(captionPath)/captionSelectorName: Caption selector [\(selector)] doesn't exist in the job's inputs" }
                guard let destination = caption["destinationSettings"]?["destinationType"]?.stringValue, captionDestinations.contains(destination) else {
                    return "\(captionPath)/destinationSettings/destinationType: Should be one of \(captionDestinations.sorted())"
                }
            }
        }
        return nil
    }

    private static func videoProblem(_ video: JSONValue, path: String) -> String? {
        for name in ["width", "height"] {
            if let value = video[name] {
                guard let number = value.number, (32...8192).contains(number) else { return "\(path)/\(name): Should be an integer from 32 to 8192" }
            }
        }
        if let sharpness = video["sharpness"], !(0...100).contains(sharpness.number ?? -1) { return "\(path)/sharpness: Should be an integer from 0 to 100" }
        if let scaling = video["scalingBehavior"], !scalingBehaviors.contains(scaling.stringValue ?? "") {
            return "\(path)/scalingBehavior: Should be one of \(scalingBehaviors.sorted())"
        }
        guard let codec = video["codecSettings"]?["codec"]?.stringValue else { return "\(path)/codecSettings/codec: Should be present" }
        guard videoCodecs.contains(codec) else { return "\(path)/codecSettings/codec: Should be one of \(videoCodecs.sorted())" }
        guard codec == "H_264" else { return nil }
        guard let h264 = video["codecSettings"]?["h264Settings"] else { return "\(path)/codecSettings/h264Settings: Should be present for codec H_264" }
        let mode = h264["rateControlMode"]?.stringValue ?? "CBR"
        guard rateControlModes.contains(mode) else { return "\(path)/codecSettings/h264Settings/rateControlMode: Should be one of \(rateControlModes.sorted())" }
        for name in ["bitrate", "maxBitrate"] {
            if let value = h264[name], !(1000...1_152_000_000).contains(value.number ?? 0) {
                return "\(path)/codecSettings/h264Settings/\(name): Should be an integer from 1000 to 1152000000"
            }
        }
        if mode == "QVBR" && h264["maxBitrate"] == nil { return "\(path)/codecSettings/h264Settings/maxBitrate: Should be present when rateControlMode is QVBR" }
        if mode == "CBR" && h264["bitrate"] == nil { return "\(path)/codecSettings/h264Settings/bitrate: Should be present when rateControlMode is CBR" }
        if h264["framerateControl"]?.stringValue == "SPECIFIED" {
            for name in ["framerateNumerator", "framerateDenominator"] where (h264[name]?.number ?? 0) < 1 {
                return "\(path)/codecSettings/h264Settings/\(name): Should be present when framerateControl is SPECIFIED"
            }
        }
        return nil
    }

    private static func audioProblem(_ audio: JSONValue, path: String, selectors: Set<String>) -> String? {
        if let source = audio["audioSourceName"]?.stringValue, !selectors.contains(source) {
            return "\(path)/audioSourceName: Audio selector [\(source)] doesn't exist in the job's inputs"
        }
        guard let codec = audio["codecSettings"]?["codec"]?.stringValue else { return "\(path)/codecSettings/codec: Should be present" }
        guard audioCodecs.contains(codec) else { return "\(path)/codecSettings/codec: Should be one of \(audioCodecs.sorted())" }
        if codec == "WAV", let wav = audio["codecSettings"]?["wavSettings"] {
            if let depth = wav["bitDepth"]?.number, !(16...24).contains(depth) { return "\(path)/codecSettings/wavSettings/bitDepth: Should be an integer from 16 to 24" }
            if let channels = wav["channels"]?.number, !(0...64).contains(channels) { return "\(path)/codecSettings/wavSettings/channels: Should be an integer from 0 to 64" }
        }
        guard codec == "AAC" else { return nil }
        guard let aac = audio["codecSettings"]?["aacSettings"] else { return "\(path)/codecSettings/aacSettings: Should be present for codec AAC" }
        if let bitrate = aac["bitrate"], !(6000...1_024_000).contains(bitrate.number ?? 0) {
            return "\(path)/codecSettings/aacSettings/bitrate: Should be an integer from 6000 to 1024000"
        }
        if let rate = aac["sampleRate"], !(8000...96000).contains(rate.number ?? 0) {
            return "\(path)/codecSettings/aacSettings/sampleRate: Should be an integer from 8000 to 96000"
        }
        if let mode = aac["codingMode"], !aacCodingModes.contains(mode.stringValue ?? "") {
            return "\(path)/codecSettings/aacSettings/codingMode: Should be one of \(aacCodingModes.sorted())"
        }
        return nil
    }
}
