import Foundation

/// Amazon Rekognition (awsJson 1.1, `RekognitionService.`): image analysis (DetectLabels, DetectModerationLabels,
/// DetectFaces, RecognizeCelebrities, DetectText) and stored-video jobs (segments, labels, moderation, faces,
/// celebrities: Start…/Get…). Answers come from a scenario sidecar `<key>.rekognition.json` beside the S3 object
/// (fragments per operation), else are drawn from the media's bytes; unsafe content, text and celebrities are never
/// invented. Video jobs stay IN_PROGRESS for `processingFor` on the injected clock, then SUCCEEDED or FAILED.
/// Operations it does not serve (collections, custom labels, …) go to `fallback` (moto) when there is one.
public struct TwinRekognition: TwinService {
    public let signingNames: Set<String> = ["rekognition"]
    let media: RekognitionMedia
    let processingFor: TimeInterval
    let now: @Sendable () -> Date
    let fallback: TwinForwarder?
    /// ffmpeg, when one is on PATH: scene and black-frame detection for videos without a sidecar.
    let ffmpeg: URL?
    let jobs = RekognitionVideoJobs()

    public init(storage: any TwinStorage, processingFor: TimeInterval = 1.0, fallback: TwinForwarder? = nil,
                ffmpeg: URL? = TwinRekognition.ffmpegOnPath(), now: @escaping @Sendable () -> Date = Date.init) {
        media = RekognitionMedia(storage: storage)
        self.processingFor = processingFor
        self.fallback = fallback
        self.ffmpeg = ffmpeg
        self.now = now
    }

    /// The ffmpeg to use, if any (it enables scene and black-frame detection for videos without a sidecar):
    /// `MEDIAGEN_FFMPEG`, then `ffmpeg` on PATH, then imageio-ffmpeg's binary in the venv (``FFmpegLocator``).
    public static func ffmpegOnPath() -> URL? { FFmpegLocator.locate() }

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        let operation = request.jsonOperation ?? ""
        let imageOperations: Set = ["DetectLabels", "DetectModerationLabels", "DetectFaces", "RecognizeCelebrities", "DetectText"]
        let served = imageOperations.contains(operation) || RekognitionVideoJobs.Kind.all.contains { "Start\($0.name)" == operation || "Get\($0.name)" == operation }
        guard served else {
            if let fallback { return await fallback.forward(request) }
            return .jsonError("UnknownOperationException", "The operation \(operation) is not served by the local twin")
        }
        guard let input = try? JSONValue(parsing: request.body), input.objectValue != nil else {
            return .jsonError("SerializationException", "Start of structure or map found where not expected")
        }
        if let error = Self.validateCommon(input) { return error.response }
        if imageOperations.contains(operation) { return await image(operation, input) }
        if let kind = RekognitionVideoJobs.Kind.all.first(where: { "Start\($0.name)" == operation }) {
            return await startVideoJob(kind, input, injectedFailure: request.injectedJobFailure)
        }
        let kind = RekognitionVideoJobs.Kind.all.first { "Get\($0.name)" == operation }!
        return await getVideoJob(kind, input)
    }

    private func image(_ operation: String, _ input: JSONValue) async -> TwinResponse {
        if operation == "DetectLabels", let features = input["Features"]?.arrayValue,
           features.count > 2 || !features.allSatisfy({ ["GENERAL_LABELS", "IMAGE_PROPERTIES"].contains($0.stringValue ?? "") }) {
            return RekognitionError.invalid("Features must be GENERAL_LABELS and/or IMAGE_PROPERTIES").response
        }
        if operation == "DetectFaces", let attributes = input["Attributes"]?.arrayValue,
           !attributes.allSatisfy({ ["DEFAULT", "ALL", "AGE_RANGE", "BEARD", "EMOTIONS", "EYE_DIRECTION", "EYEGLASSES", "EYES_OPEN", "GENDER", "MOUTH_OPEN", "MUSTACHE", "FACE_OCCLUDED", "SMILE", "SUNGLASSES"].contains($0.stringValue ?? "") }) {
            return RekognitionError.invalid("Attributes has an unknown value").response
        }
        let image: RekognitionMedia.Image
        switch await media.image(input) {
        case .failure(let error): return error.response
        case .success(let value): image = value
        }
        let sidecar: JSONValue?
        switch await media.sidecar(image.location) {
        case .failure(let error): return error.response
        case .success(let value): sidecar = value
        }
        switch operation {
        case "DetectLabels": return .json(RekognitionImageAnalysis.detectLabels(input, bytes: image.bytes, sidecar: sidecar))
        case "DetectModerationLabels":
            switch RekognitionImageAnalysis.detectModerationLabels(input, sidecar: sidecar) {
            case .success(let output): return .json(output)
            case .failure(let error): return error.response
            }
        case "DetectFaces": return .json(RekognitionImageAnalysis.detectFaces(input, bytes: image.bytes, sidecar: sidecar))
        case "RecognizeCelebrities": return .json(RekognitionImageAnalysis.recognizeCelebrities(bytes: image.bytes, sidecar: sidecar))
        default: return .json(RekognitionImageAnalysis.detectText(input, sidecar: sidecar))
        }
    }

    /// Member constraints shared by several operations (the model's ranges and patterns).
    static func validateCommon(_ input: JSONValue) -> RekognitionError? {
        if let confidence = input["MinConfidence"], !(0...100).contains(confidence.number ?? -1) {
            return .invalid("MinConfidence must be between 0 and 100")
        }
        if let maxLabels = input["MaxLabels"], (maxLabels.number ?? -1) < 0 { return .invalid("MaxLabels must be at least 0") }
        if let token = input["ClientRequestToken"] {
            guard let text = token.stringValue, (1...64).contains(text.count), text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                return .invalid("ClientRequestToken must be 1-64 characters of [a-zA-Z0-9-_]")
            }
        }
        if let tag = input["JobTag"] {
            guard let text = tag.stringValue, (1...1024).contains(text.count), text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-:+=/".contains($0)) }) else {
                return .invalid("JobTag must be 1-1024 characters of [a-zA-Z0-9_.\\-:+=/]")
            }
        }
        return nil
    }
}
