import Foundation

/// A Nova Reel request checked against the Nova Reel rules: TEXT_VIDEO (6 s; v1:1 also MULTI_SHOT_AUTOMATED,
/// 12–120 s in steps of 6, and MULTI_SHOT_MANUAL, 2–20 shots of 6 s), 24 fps, 1280x720, seed 0–2,147,483,646,
/// prompts of 1–512 characters (4,000 for automated multi-shot), at most one starting image (png or jpeg).
struct NovaReelJob: Sendable {
    var taskType: String
    var prompt: String
    var durationSeconds: Int
    var fps: Int
    var width: Int
    var height: Int
    var seed: Int

    struct Invalid: Error, Sendable {
        let message: String
    }

    static let models: Set = ["amazon.nova-reel-v1:0", "amazon.nova-reel-v1:1"]

    init(modelId: String, input: JSONValue) throws(Invalid) {
        func malformed(_ detail: String) -> Invalid { Invalid(message: "Malformed input request: \(detail), please reformat your input and try again.") }
        guard let taskType = input["taskType"]?.stringValue else { throw malformed("#: required key [taskType] not found") }
        let multiShot = modelId == "amazon.nova-reel-v1:1"
        let allowed = multiShot ? ["TEXT_VIDEO", "MULTI_SHOT_AUTOMATED", "MULTI_SHOT_MANUAL"] : ["TEXT_VIDEO"]
        guard allowed.contains(taskType) else { throw malformed("#/taskType: \(taskType) is not a valid enum value") }
        self.taskType = taskType
        let config = input["videoGenerationConfig"]
        switch taskType {
        case "TEXT_VIDEO":
            guard let text = input["textToVideoParams"]?["text"]?.stringValue else { throw malformed("#/textToVideoParams: required key [text] not found") }
            guard (1...512).contains(text.count) else { throw malformed("#/textToVideoParams/text: expected length between 1 and 512, actual: \(text.count)") }
            let images = input["textToVideoParams"]?["images"]?.arrayValue ?? []
            guard images.count <= 1 else { throw malformed("#/textToVideoParams/images: expected maxItems: 1, actual: \(images.count)") }
            for image in images {
                guard let format = image["format"]?.stringValue, ["png", "jpeg"].contains(format) else { throw malformed("#/textToVideoParams/images/0/format: must be png or jpeg") }
                guard image["source"]?["bytes"]?.stringValue != nil || image["source"]?["s3Location"] != nil else {
                    throw malformed("#/textToVideoParams/images/0/source: required key [bytes] not found")
                }
            }
            prompt = text
            durationSeconds = config?["durationSeconds"]?.number.map { Int($0) } ?? 6
            guard durationSeconds == 6 else { throw malformed("#/videoGenerationConfig/durationSeconds: \(durationSeconds) is not a valid enum value (TEXT_VIDEO videos last 6 seconds)") }
        case "MULTI_SHOT_AUTOMATED":
            guard let text = input["multiShotAutomatedParams"]?["text"]?.stringValue else { throw malformed("#/multiShotAutomatedParams: required key [text] not found") }
            guard (1...4000).contains(text.count) else { throw malformed("#/multiShotAutomatedParams/text: expected length between 1 and 4000, actual: \(text.count)") }
            prompt = text
            guard let duration = config?["durationSeconds"]?.number.map({ Int($0) }) else { throw malformed("#/videoGenerationConfig: required key [durationSeconds] not found") }
            guard (12...120).contains(duration), duration % 6 == 0 else {
                throw malformed("#/videoGenerationConfig/durationSeconds: \(duration) must be a multiple of 6 from 12 to 120")
            }
            durationSeconds = duration
        default:
            let shots = input["multiShotManualParams"]?["shots"]?.arrayValue ?? []
            guard (2...20).contains(shots.count) else { throw malformed("#/multiShotManualParams/shots: expected between 2 and 20 items, actual: \(shots.count)") }
            var texts: [String] = []
            for (index, shot) in shots.enumerated() {
                guard let text = shot["text"]?.stringValue, (1...512).contains(text.count) else {
                    throw malformed("#/multiShotManualParams/shots/\(index)/text: expected length between 1 and 512")
                }
                texts.append(text)
            }
            prompt = texts.joined(separator: " ")
            durationSeconds = 6 * shots.count
            if let duration = config?["durationSeconds"]?.number.map({ Int($0) }), duration != durationSeconds {
                throw malformed("#/videoGenerationConfig/durationSeconds: \(duration) does not match \(shots.count) shots of 6 seconds")
            }
        }
        fps = config?["fps"]?.number.map { Int($0) } ?? 24
        guard fps == 24 else { throw malformed("#/videoGenerationConfig/fps: \(fps) is not a valid enum value (24)") }
        let dimension = config?["dimension"]?.stringValue ?? "1280x720"
        guard dimension == "1280x720" else { throw malformed("#/videoGenerationConfig/dimension: \(dimension) is not a valid enum value (1280x720)") }
        width = 1280
        height = 720
        seed = config?["seed"]?.number.map { Int($0) } ?? 42
        guard (0...2_147_483_646).contains(seed) else { throw malformed("#/videoGenerationConfig/seed: \(seed) is not between 0 and 2147483646") }
    }

    /// The video: the prompt's picture held for the whole duration.
    func mp4(creation: Date) -> Data {
        let picture = PromptPicture.render(prompt: prompt, seed: UInt64(seed), width: width, height: height)
        return Data(MP4Writer.stillVideo(picture, durationSeconds: durationSeconds, fps: fps, creation: creation))
    }

    /// The twin's manifest of what it wrote (its fields describe this local output, not Nova Reel's schema).
    func manifest(invocationArn: String, modelId: String, outputURI: String) -> JSONValue {
        [
            "invocationArn": .string(invocationArn), "modelId": .string(modelId), "taskType": .string(taskType),
            "videoGenerationConfig": ["durationSeconds": .int(durationSeconds), "fps": .int(fps), "dimension": .string("\(width)x\(height)"), "seed": .int(seed)],
            "outputs": [["uri": .string(outputURI + "/output.mp4"), "contentType": "video/mp4"]],
            "generatedBy": "mediagen-local twin (a still picture for the prompt, not a generated video)",
        ]
    }
}
