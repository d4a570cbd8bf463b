import Foundation

/// Ordering, aggregation and paging of a video job's detections, as the Get… operations do it.
enum VideoResults {
    /// The detection's name for NAME / ID ordering and aggregation.
    static func name(_ detection: JSONValue, kind: RekognitionVideoJobs.Kind) -> String {
        switch kind {
        case .labels: detection["Label"]?["Name"]?.stringValue ?? ""
        case .moderation: detection["ModerationLabel"]?["Name"]?.stringValue ?? ""
        case .celebrities: detection["Celebrity"]?["Id"]?.stringValue ?? ""
        default: ""
        }
    }

    static func time(_ detection: JSONValue) -> Int {
        Int(detection["Timestamp"]?.number ?? detection["StartTimestampMillis"]?.number ?? 0)
    }

    /// TIMESTAMP (the default) orders by time, then name; NAME and ID by name, then time. Segments keep their order.
    static func sort(_ detections: [JSONValue], kind: RekognitionVideoJobs.Kind, by sortBy: String?) -> [JSONValue] {
        guard kind != .segments else { return detections }
        let keyed = detections.enumerated().map { (index: $0.offset, value: $0.element, time: time($0.element), name: name($0.element, kind: kind)) }
        return keyed.sorted { left, right in
            if sortBy == "NAME" || sortBy == "ID" {
                if left.name != right.name { return left.name < right.name }
                if left.time != right.time { return left.time < right.time }
            } else {
                if left.time != right.time { return left.time < right.time }
                if left.name != right.name { return left.name < right.name }
            }
            return left.index < right.index
        }.map(\.value)
    }

    /// SEGMENTS aggregation: consecutive samples of one label (no more than a sampling step and a half apart) become
    /// one detection with StartTimestampMillis, EndTimestampMillis and DurationMillis and the highest confidence.
    static func aggregate(_ detections: [JSONValue], kind: RekognitionVideoJobs.Kind) -> [JSONValue] {
        let member = kind == .labels ? "Label" : "ModerationLabel"
        var runs: [String: (start: Int, end: Int, best: JSONValue)] = [:]
        var closed: [(start: Int, key: String, value: JSONValue)] = []
        func close(_ key: String) {
            guard let run = runs.removeValue(forKey: key) else { return }
            var value = run.best.objectValue ?? [:]
            value["Timestamp"] = .int(run.start)
            value["StartTimestampMillis"] = .int(run.start)
            value["EndTimestampMillis"] = .int(run.end)
            value["DurationMillis"] = .int(run.end - run.start)
            closed.append((run.start, key, .object(value)))
        }
        let step = VideoTimeline.sampleMillis
        for detection in sort(detections, kind: kind, by: "TIMESTAMP") {
            let key = (detection[member]?["ParentName"]?.stringValue ?? "") + "/" + name(detection, kind: kind)
            let at = time(detection)
            if let run = runs[key], at - run.end <= step + step / 2 {
                let better = (detection[member]?["Confidence"]?.number ?? 0) > (run.best[member]?["Confidence"]?.number ?? 0)
                runs[key] = (run.start, at + step, better ? detection : run.best)
            } else {
                close(key)
                runs[key] = (at, at + step, detection)
            }
        }
        for key in runs.keys.sorted() { close(key) }
        return closed.sorted { $0.start != $1.start ? $0.start < $1.start : $0.key < $1.key }.map(\.value)
    }

    /// An opaque token naming the job and the next offset.
    static func token(jobId: String, offset: Int) -> String {
        Data("\(jobId):\(offset)".utf8).base64EncodedString()
    }

    /// The offset a token names, or nil for a token of another job or not one of ours.
    static func offset(_ token: String, jobId: String) -> Int? {
        guard let data = Data(base64Encoded: token), let text = String(data: data, encoding: .utf8) else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0] == jobId, let offset = Int(parts[1]), offset >= 0 else { return nil }
        return offset
    }
}
