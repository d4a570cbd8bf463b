import Foundation

/// What the twin reports for media that has no sidecar: labels and faces drawn deterministically from the
/// bytes, in Rekognition's exact shapes. It reports no unsafe content, no text and no celebrities by default —
/// those cannot honestly be invented; a scenario sidecar supplies them.
enum SyntheticDetections {
    struct VocabularyLabel {
        var name: String
        var parents: [String]
        var category: String
        /// Whether the label is an object Rekognition boxes (`Instances`).
        var boxed: Bool
    }

    /// Common Rekognition labels with their real parents and categories.
    static let vocabulary: [VocabularyLabel] = [
        .init(name: "Person", parents: [], category: "Person Description", boxed: true),
        .init(name: "Adult", parents: ["Person"], category: "Person Description", boxed: true),
        .init(name: "Face", parents: ["Head", "Person"], category: "Person Description", boxed: false),
        .init(name: "Car", parents: ["Vehicle", "Transportation"], category: "Vehicles and Automotive", boxed: true),
        .init(name: "Road", parents: [], category: "Nature and Outdoors", boxed: false),
        .init(name: "City", parents: ["Urban"], category: "Buildings and Architecture", boxed: false),
        .init(name: "Building", parents: ["Architecture"], category: "Buildings and Architecture", boxed: false),
        .init(name: "Sky", parents: [], category: "Nature and Outdoors", boxed: false),
        .init(name: "Tree", parents: ["Plant"], category: "Nature and Outdoors", boxed: false),
        .init(name: "Dog", parents: ["Animal", "Canine", "Mammal", "Pet"], category: "Animals and Pets", boxed: true),
        .init(name: "Food", parents: [], category: "Food and Beverage", boxed: false),
        .init(name: "Cup", parents: [], category: "Kitchen and Dining", boxed: true),
        .init(name: "Chair", parents: ["Furniture"], category: "Furniture and Furnishings", boxed: true),
        .init(name: "Computer", parents: ["Electronics"], category: "Technology and Computing", boxed: true),
        .init(name: "Stage", parents: [], category: "Events and Attractions", boxed: false),
        .init(name: "Crowd", parents: ["Person"], category: "Person Description", boxed: false),
        .init(name: "Night", parents: ["Outdoors"], category: "Nature and Outdoors", boxed: false),
        .init(name: "Water", parents: [], category: "Nature and Outdoors", boxed: false),
        .init(name: "Bicycle", parents: ["Vehicle", "Transportation"], category: "Vehicles and Automotive", boxed: true),
        .init(name: "Clothing", parents: ["Apparel"], category: "Apparel and Accessories", boxed: false),
    ]

    /// Label objects for `count` labels drawn from the vocabulary (plus their parents, as Rekognition lists them),
    /// with confidences from 99 down to about 55.
    static func labels(_ draw: inout DeterministicDraw, count: Int) -> [(name: String, confidence: Double, label: JSONValue)] {
        var confidences: [String: Double] = [:]
        var order: [String] = []
        var confidence = draw.double(96...99.9)
        for index in draw.pick(count, of: vocabulary.count) {
            let entry = vocabulary[index]
            for name in [entry.name] + entry.parents {
                if confidences[name] == nil { order.append(name) }
                confidences[name] = max(confidences[name] ?? 0, confidence)
            }
            confidence -= draw.double(2...8)
        }
        let byName = Dictionary(vocabulary.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return order.map { name in
            let value = DeterministicDraw.rounded(max(confidences[name] ?? 55, 50.5))
            let known = byName[name]
            var instances: [JSONValue] = []
            if known?.boxed == true {
                for _ in 0..<draw.int(1...2) {
                    instances.append(["BoundingBox": box(&draw), "Confidence": .double(DeterministicDraw.rounded(value - draw.double(0...3)))])
                }
            }
            let parents = (known?.parents ?? []).map { JSONValue.object(["Name": .string($0)]) }
            let category = known?.category ?? byName.values.first { $0.parents.contains(name) }?.category ?? "Everyday Objects"
            let label: JSONValue = [
                "Name": .string(name), "Confidence": .double(value), "Instances": .array(instances), "Parents": .array(parents),
                "Aliases": [], "Categories": [["Name": .string(category)]],
            ]
            return (name, value, label)
        }.sorted { $0.confidence > $1.confidence }
    }

    /// A box inside the frame.
    static func box(_ draw: inout DeterministicDraw, width: ClosedRange<Double> = 0.1...0.5) -> JSONValue {
        let w = draw.double(width), h = draw.double(width)
        return [
            "Width": .double(DeterministicDraw.rounded(w)), "Height": .double(DeterministicDraw.rounded(h)),
            "Left": .double(DeterministicDraw.rounded(draw.double(0...(1 - w)))), "Top": .double(DeterministicDraw.rounded(draw.double(0...(1 - h)))),
        ]
    }

    /// How many faces an image shows: 0 (a quarter of images) to 3.
    static func faceCount(_ draw: inout DeterministicDraw) -> Int {
        let roll = draw.unit()
        return roll < 0.25 ? 0 : roll < 0.65 ? 1 : roll < 0.9 ? 2 : 3
    }

    /// A face in DetectFaces' `FaceDetail` shape: box, landmarks, pose, quality and confidence; with `all`, every
    /// attribute (age, smile, glasses, emotions, …).
    static func face(_ draw: inout DeterministicDraw, all: Bool) -> JSONValue {
        let box = box(&draw, width: 0.08...0.3)
        let left = box["Left"]?.number ?? 0, top = box["Top"]?.number ?? 0
        let width = box["Width"]?.number ?? 0, height = box["Height"]?.number ?? 0
        func point(_ type: String, _ x: Double, _ y: Double) -> JSONValue {
            ["Type": .string(type), "X": .double(DeterministicDraw.rounded(left + x * width)), "Y": .double(DeterministicDraw.rounded(top + y * height))]
        }
        var face: [String: JSONValue] = [
            "BoundingBox": box,
            "Landmarks": [point("eyeLeft", 0.3, 0.38), point("eyeRight", 0.7, 0.38), point("mouthLeft", 0.35, 0.75), point("mouthRight", 0.65, 0.75), point("nose", 0.5, 0.56)],
            "Pose": ["Roll": .double(DeterministicDraw.rounded(draw.double(-15...15))), "Yaw": .double(DeterministicDraw.rounded(draw.double(-40...40))),
                     "Pitch": .double(DeterministicDraw.rounded(draw.double(-20...20)))],
            "Quality": ["Brightness": .double(DeterministicDraw.rounded(draw.double(40...90))), "Sharpness": .double(DeterministicDraw.rounded(draw.double(50...95)))],
            "Confidence": .double(DeterministicDraw.rounded(draw.double(99...99.999))),
        ]
        if all {
            let low = draw.int(18...55)
            func flag(_ probability: Double) -> JSONValue {
                ["Value": .bool(draw.unit() < probability), "Confidence": .double(DeterministicDraw.rounded(draw.double(80...99.9)))]
            }
            face["AgeRange"] = ["Low": .int(low), "High": .int(low + draw.int(5...12))]
            face["Smile"] = flag(0.5)
            face["Eyeglasses"] = flag(0.2)
            face["Sunglasses"] = flag(0.05)
            face["Gender"] = ["Value": .string(draw.unit() < 0.5 ? "Female" : "Male"), "Confidence": .double(DeterministicDraw.rounded(draw.double(85...99.9)))]
            face["Beard"] = flag(0.2)
            face["Mustache"] = flag(0.1)
            face["EyesOpen"] = flag(0.9)
            face["MouthOpen"] = flag(0.3)
            face["FaceOccluded"] = flag(0.05)
            face["EyeDirection"] = ["Yaw": .double(DeterministicDraw.rounded(draw.double(-10...10))), "Pitch": .double(DeterministicDraw.rounded(draw.double(-10...10))),
                                    "Confidence": .double(DeterministicDraw.rounded(draw.double(90...99.9)))]
            let emotions = ["CALM", "HAPPY", "SURPRISED", "CONFUSED", "SAD", "ANGRY", "DISGUSTED", "FEAR"]
            var remaining = 100.0
            face["Emotions"] = .array(emotions.enumerated().map { index, type in
                let share = index == emotions.count - 1 ? remaining : remaining * draw.double(0.3...0.8)
                remaining -= share
                return ["Type": .string(type), "Confidence": .double(DeterministicDraw.rounded(share))]
            })
        }
        return .object(face)
    }

    /// A face in RecognizeCelebrities' `ComparedFace` shape (no age, gender or glasses).
    static func comparedFace(_ face: JSONValue) -> JSONValue {
        guard var members = face.objectValue else { return face }
        for key in members.keys where !["BoundingBox", "Confidence", "Landmarks", "Pose", "Quality", "Emotions", "Smile"].contains(key) {
            members.removeValue(forKey: key)
        }
        return .object(members)
    }
}
