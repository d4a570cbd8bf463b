import Foundation
import HandlerKit
import LambdaRuntime

/// `POST /subtitles`: what to caption and into which languages.
struct SubtitleRequest: Codable, Sendable, Equatable {
    /// The media's S3 key in the uploads bucket (from `POST /uploads`), under the caller's own prefix.
    var source: String
    /// A Transcribe language code (`en-US`), or `auto` to identify it.
    var sourceLanguage: String
    /// Translate language codes (`fr`, `de`, `ja`, …), at most ``maximumTargets``.
    var targetLanguages: [String]
    /// `srt`, `vtt` or both.
    var formats: [String]
    /// `adult` (default) or `children`: the reading speed limit.
    var audience: String
    /// The content frame rate (for the 2-frame gap), 23.976 … 60.
    var frameRate: Double

    static let maximumTargets = 10
    static let formatsKnown: Set = ["srt", "vtt"]
    /// Translate target languages a caller may name.
    static let targetLanguagesKnown: Set = ["ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "nl", "pt", "ru", "zh", "zh-TW", "sv", "pl", "tr", "he", "id", "th", "vi"]

    /// The request from a body, with every field checked; 400 naming the field otherwise.
    static func parse(_ body: Data, owner: String) throws(HTTPError) -> SubtitleRequest {
        struct Body: Decodable {
            var source: String?
            var sourceLanguage: String?
            var targetLanguages: [String]?
            var formats: [String]?
            var audience: String?
            var frameRate: Double?
        }
        let decoded: Body
        do {
            decoded = try JSONDecoder().decode(Body.self, from: body)
        } catch {
            throw HTTPError.invalidRequest("the body must be a JSON object with source, targetLanguages and formats: \(error)")
        }
        let source = try MediaJobFields.source(decoded.source, owner: owner)
        let sourceLanguage = try MediaJobFields.sourceLanguage(decoded.sourceLanguage)
        let targets = decoded.targetLanguages ?? []
        guard targets.count <= maximumTargets else { throw HTTPError.invalidRequest("targetLanguages has \(targets.count) entries; at most \(maximumTargets)") }
        if let unknown = targets.first(where: { !targetLanguagesKnown.contains($0) }) {
            throw HTTPError.invalidRequest("targetLanguages: '\(unknown)' is not a supported language (\(targetLanguagesKnown.sorted().joined(separator: ", ")))")
        }
        guard Set(targets).count == targets.count else { throw HTTPError.invalidRequest("targetLanguages lists a language twice") }
        let formats = decoded.formats ?? ["srt", "vtt"]
        guard !formats.isEmpty, formats.allSatisfy(formatsKnown.contains) else {
            throw HTTPError.invalidRequest("formats must list srt and/or vtt; got \(formats)")
        }
        let audience = decoded.audience ?? "adult"
        guard audience == "adult" || audience == "children" else { throw HTTPError.invalidRequest("audience must be adult or children; got '\(audience)'") }
        let frameRate = try MediaJobFields.frameRate(decoded.frameRate)
        return SubtitleRequest(source: source, sourceLanguage: sourceLanguage, targetLanguages: targets, formats: Array(Set(formats)).sorted(),
                               audience: audience, frameRate: frameRate)
    }
}
