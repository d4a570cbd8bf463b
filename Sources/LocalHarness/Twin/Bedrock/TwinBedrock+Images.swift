import Foundation

/// InvokeModel for the image models our client types (Titan Image Generator v1/v2, Nova Canvas): PNG pictures of
/// the asked size and count, painted by ``PromptPicture`` from the prompt (or palette, or source images) and seed.
extension TwinBedrock {
    /// Titan Image Generator's documented output sizes (width × height).
    static let titanSizes: Set<[Int]> = [
        [1024, 1024], [768, 768], [512, 512], [768, 1152], [384, 576], [1152, 768], [576, 384], [768, 1280], [384, 640], [1280, 768],
        [640, 384], [896, 1152], [448, 576], [1152, 896], [576, 448], [768, 1408], [384, 704], [1408, 768], [704, 384], [640, 1408],
        [320, 704], [1408, 640], [704, 320], [1152, 640], [1173, 640],
    ]

    static func isImageModel(_ modelId: String) -> Bool {
        modelId.hasPrefix("amazon.titan-image-generator") || modelId.hasPrefix("amazon.nova-canvas")
    }

    func image(modelId: String, body: JSONValue) -> TwinResponse {
        let nova = modelId.hasPrefix("amazon.nova-canvas")
        let maxPrompt = nova ? 1024 : 512
        guard let taskType = body["taskType"]?.stringValue else { return malformed("#: required key [taskType] not found") }
        var prompt = ""
        var colors: [RGB] = []
        switch taskType {
        case "TEXT_IMAGE":
            guard let text = body["textToImageParams"]?["text"]?.stringValue else { return malformed("#/textToImageParams: required key [text] not found") }
            guard (1...maxPrompt).contains(text.count) else { return malformed("#/textToImageParams/text: expected length between 1 and \(maxPrompt), actual: \(text.count)") }
            prompt = text
        case "COLOR_GUIDED_GENERATION":
            let params = body["colorGuidedGenerationParams"]
            guard let text = params?["text"]?.stringValue, (1...maxPrompt).contains(text.count) else {
                return malformed("#/colorGuidedGenerationParams/text: expected length between 1 and \(maxPrompt)")
            }
            let hexes = params?["colors"]?.arrayValue?.compactMap(\.stringValue) ?? []
            guard (1...10).contains(hexes.count) else { return malformed("#/colorGuidedGenerationParams/colors: expected between 1 and 10 items, actual: \(hexes.count)") }
            for hex in hexes {
                guard let color = RGB(hex: hex) else { return malformed("#/colorGuidedGenerationParams/colors: string [\(hex)] does not match pattern ^#[0-9a-fA-F]{6}$") }
                colors.append(color)
            }
            if colors.count == 1 { colors.append(colors[0].mixed(with: RGB(0, 0, 0), 0.5)) }
            prompt = text
        case "IMAGE_VARIATION":
            let params = body["imageVariationParams"]
            let images = params?["images"]?.arrayValue?.compactMap(\.stringValue) ?? []
            guard (1...5).contains(images.count) else { return malformed("#/imageVariationParams/images: expected between 1 and 5 items, actual: \(images.count)") }
            guard images.allSatisfy({ Data(base64Encoded: $0) != nil }) else { return malformed("#/imageVariationParams/images: the images must be base64-encoded") }
            if let strength = params?["similarityStrength"]?.number, !(0.2...1.0).contains(strength) {
                return malformed("#/imageVariationParams/similarityStrength: \(strength) is not between 0.2 and 1.0")
            }
            // A variation looks like its source: the source's digest picks the palette, the prompt adds to it.
            prompt = (params?["text"]?.stringValue ?? "") + " variation " + String(PseudoTranslator.hash(images.joined()), radix: 36)
        default:
            return .restError("ValidationException", "The local twin does not serve the \(taskType) task type; it serves TEXT_IMAGE, COLOR_GUIDED_GENERATION and IMAGE_VARIATION.", status: 400)
        }
        let config = body["imageGenerationConfig"]
        let count = config?["numberOfImages"]?.number.map { Int($0) } ?? 1
        guard (1...5).contains(count) else { return malformed("#/imageGenerationConfig/numberOfImages: \(count) is not between 1 and 5") }
        let width = config?["width"]?.number.map { Int($0) } ?? 1024
        let height = config?["height"]?.number.map { Int($0) } ?? 1024
        if nova {
            let pixels = width * height
            guard (320...4096).contains(width), (320...4096).contains(height), width % 16 == 0, height % 16 == 0,
                  max(width, height) <= 4 * min(width, height), pixels <= 4_194_304 else {
                return malformed("#/imageGenerationConfig: width and height must each be 320 to 4096 and divisible by 16, with an aspect ratio between 1:4 and 4:1 and at most 4,194,304 pixels (got \(width)x\(height))")
            }
        } else if !Self.titanSizes.contains([width, height]) {
            return malformed("#/imageGenerationConfig: \(width)x\(height) is not a supported image size")
        }
        let maxSeed = nova ? 858_993_459 : 2_147_483_646
        let seed = config?["seed"]?.number.map { Int($0) } ?? (nova ? 12 : 42)
        guard (0...maxSeed).contains(seed) else { return malformed("#/imageGenerationConfig/seed: \(seed) is not between 0 and \(maxSeed)") }
        if let scale = config?["cfgScale"]?.number, !(1.1...10).contains(scale) { return malformed("#/imageGenerationConfig/cfgScale: \(scale) is not between 1.1 and 10") }
        if let quality = config?["quality"]?.stringValue, !["standard", "premium"].contains(quality) {
            return malformed("#/imageGenerationConfig/quality: \(quality) is not a valid enum value")
        }
        let images: [JSONValue] = (0..<count).map { index in
            let picture = PromptPicture.render(prompt: prompt, seed: UInt64(seed + index), width: width, height: height, colors: colors)
            return .string(Data(PNGEncoder.encode(picture)).base64EncodedString())
        }
        var answer: [String: JSONValue] = ["images": .array(images)]
        if !nova { answer["error"] = .null }
        return invokeAnswer(.object(answer), inputTokens: 0, outputTokens: 0)
    }
}
