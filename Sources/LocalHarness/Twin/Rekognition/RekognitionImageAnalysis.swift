import Foundation

/// The image operations' answers, from the scenario sidecar's fragment for the operation when there is one,
/// else drawn from the image bytes (``SyntheticDetections``). Filters (MinConfidence, MaxLabels, word filters)
/// apply to both.
enum RekognitionImageAnalysis {
    static let labelModelVersion = "3.0"
    static let textModelVersion = "3.0"

    static func detectLabels(_ input: JSONValue, bytes: Data, sidecar: JSONValue?) -> JSONValue {
        let minConfidence = input["MinConfidence"]?.number ?? 55
        let maxLabels = input["MaxLabels"]?.number.map { Int($0) }
        var labels: [JSONValue]
        if let fragment = sidecar?["DetectLabels"]?["Labels"]?.arrayValue {
            labels = fragment.map(completeLabel)
        } else {
            var draw = DeterministicDraw(data: bytes, salt: "labels")
            labels = SyntheticDetections.labels(&draw, count: draw.int(4...8)).map(\.label)
        }
        labels = labels.filter { ($0["Confidence"]?.number ?? 0) >= minConfidence }
            .sorted { ($0["Confidence"]?.number ?? 0) > ($1["Confidence"]?.number ?? 0) }
        if let maxLabels { labels = Array(labels.prefix(maxLabels)) }
        var output: [String: JSONValue] = ["Labels": .array(labels), "LabelModelVersion": .string(labelModelVersion)]
        if let features = input["Features"]?.arrayValue, features.contains("IMAGE_PROPERTIES") {
            var draw = DeterministicDraw(data: bytes, salt: "properties")
            let quality: JSONValue = ["Brightness": .double(DeterministicDraw.rounded(draw.double(40...90))), "Sharpness": .double(DeterministicDraw.rounded(draw.double(40...95))),
                                      "Contrast": .double(DeterministicDraw.rounded(draw.double(40...90)))]
            output["ImageProperties"] = ["Quality": quality]
            if !features.contains("GENERAL_LABELS") { output["Labels"] = [] }
        }
        return .object(output)
    }

    /// A sidecar label with the members Rekognition always returns filled in.
    static func completeLabel(_ label: JSONValue) -> JSONValue {
        var members = label.objectValue ?? [:]
        for key in ["Instances", "Parents", "Aliases", "Categories"] where members[key] == nil { members[key] = [] }
        if members["Confidence"] == nil { members["Confidence"] = 99.0 }
        return .object(members)
    }

    /// Unsafe-content labels: the sidecar's names (each with its taxonomy ancestors), none by default.
    static func detectModerationLabels(_ input: JSONValue, sidecar: JSONValue?) -> Result<JSONValue, RekognitionError> {
        let minConfidence = input["MinConfidence"]?.number ?? 50
        let fragment = sidecar?["DetectModerationLabels"]
        switch moderationLabels(fragment?["ModerationLabels"]?.arrayValue ?? [], minConfidence: minConfidence) {
        case .failure(let error): return .failure(error)
        case .success(let labels):
            return .success([
                "ModerationLabels": .array(labels), "ModerationModelVersion": .string(ModerationTaxonomy.modelVersion),
                "ContentTypes": fragment?["ContentTypes"] ?? [],
            ])
        }
    }

    /// `[{Name, Confidence}]` → the v7 labels with ParentName and TaxonomyLevel, ancestors added; a name outside the
    /// taxonomy is a scenario mistake, reported as such.
    static func moderationLabels(_ hits: [JSONValue], minConfidence: Double) -> Result<[JSONValue], RekognitionError> {
        var pairs: [(name: String, confidence: Double)] = []
        for hit in hits {
            let name = hit["Name"]?.stringValue ?? ""
            guard ModerationTaxonomy.entry(name) != nil else {
                return .failure(RekognitionError(code: "InvalidParameterException", message: "The scenario sidecar names '\(name)', which is not a moderation label of taxonomy 7.0"))
            }
            pairs.append((name, hit["Confidence"]?.number ?? 90))
        }
        return .success(ModerationTaxonomy.labels(pairs, minConfidence: minConfidence).map {
            ["Confidence": .double($0.confidence), "Name": .string($0.entry.name), "ParentName": .string($0.entry.parent), "TaxonomyLevel": .int($0.entry.level)]
        })
    }

    static func detectFaces(_ input: JSONValue, bytes: Data, sidecar: JSONValue?) -> JSONValue {
        if let faces = sidecar?["DetectFaces"]?["FaceDetails"] { return ["FaceDetails": faces] }
        let all = input["Attributes"]?.arrayValue?.contains("ALL") == true
        var draw = DeterministicDraw(data: bytes, salt: "faces")
        let count = SyntheticDetections.faceCount(&draw)
        return ["FaceDetails": .array((0..<count).map { _ in SyntheticDetections.face(&draw, all: all) })]
    }

    /// Celebrities only from the sidecar; every face found is otherwise unrecognised.
    static func recognizeCelebrities(bytes: Data, sidecar: JSONValue?) -> JSONValue {
        if let fragment = sidecar?["RecognizeCelebrities"]?.objectValue {
            var output = fragment
            if output["CelebrityFaces"] == nil { output["CelebrityFaces"] = [] }
            if output["UnrecognizedFaces"] == nil { output["UnrecognizedFaces"] = [] }
            return .object(output)
        }
        var draw = DeterministicDraw(data: bytes, salt: "faces")
        let count = SyntheticDetections.faceCount(&draw)
        let faces = (0..<count).map { _ in SyntheticDetections.comparedFace(SyntheticDetections.face(&draw, all: false)) }
        return ["CelebrityFaces": [], "UnrecognizedFaces": .array(faces)]
    }

    /// Text from the sidecar (`TextDetections` verbatim, or `Lines` laid out top to bottom); none by default.
    static func detectText(_ input: JSONValue, sidecar: JSONValue?) -> JSONValue {
        let fragment = sidecar?["DetectText"]
        var detections = fragment?["TextDetections"]?.arrayValue
            ?? TextLayout.detections(lines: fragment?["Lines"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        let filter = input["Filters"]?["WordFilter"]
        if let filter {
            let minConfidence = filter["MinConfidence"]?.number ?? 0
            let minHeight = filter["MinBoundingBoxHeight"]?.number ?? 0
            let minWidth = filter["MinBoundingBoxWidth"]?.number ?? 0
            detections = detections.filter {
                let box = $0["Geometry"]?["BoundingBox"]
                return ($0["Confidence"]?.number ?? 0) >= minConfidence && (box?["Height"]?.number ?? 1) >= minHeight && (box?["Width"]?.number ?? 1) >= minWidth
            }
        }
        return ["TextDetections": .array(detections), "TextModelVersion": .string(textModelVersion)]
    }
}

/// Lays out sidecar lines as Rekognition's LINE and WORD detections with boxes and polygons.
enum TextLayout {
    static func detections(lines: [String]) -> [JSONValue] {
        var lineDetections: [JSONValue] = []
        var wordDetections: [JSONValue] = []
        let lineHeight = 0.06
        var wordId = lines.count
        for (index, line) in lines.enumerated() {
            let top = 0.1 + Double(index) * (lineHeight + 0.04)
            let words = line.split(separator: " ").map(String.init)
            let width = min(0.9, 0.025 * Double(line.count))
            let left = (1 - width) / 2
            let confidence = DeterministicDraw.rounded(99.5 - Double(index) * 0.3)
            lineDetections.append(detection(line, "LINE", index, nil, confidence, left, top, width, lineHeight))
            var x = left
            for word in words {
                let wordWidth = width * Double(word.count) / Double(max(line.count, 1))
                wordDetections.append(detection(word, "WORD", wordId, index, confidence, x, top, wordWidth, lineHeight))
                x += wordWidth + width / Double(max(line.count, 1))
                wordId += 1
            }
        }
        return lineDetections + wordDetections
    }

    static func detection(_ text: String, _ type: String, _ id: Int, _ parent: Int?, _ confidence: Double,
                          _ left: Double, _ top: Double, _ width: Double, _ height: Double) -> JSONValue {
        let r = { (value: Double) in JSONValue.double(DeterministicDraw.rounded(value)) }
        var members: [String: JSONValue] = [
            "DetectedText": .string(text), "Type": .string(type), "Id": .int(id), "Confidence": .double(confidence),
            "Geometry": [
                "BoundingBox": ["Width": r(width), "Height": r(height), "Left": r(left), "Top": r(top)],
                "Polygon": [["X": r(left), "Y": r(top)], ["X": r(left + width), "Y": r(top)], ["X": r(left + width), "Y": r(top + height)], ["X": r(left), "Y": r(top + height)]],
            ],
        ]
        if let parent { members["ParentId"] = .int(parent) }
        return .object(members)
    }
}
