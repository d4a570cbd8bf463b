import Foundation
import HandlerKit
import LambdaRuntime

/// `POST /dubbing`: what to dub, into which languages, with which voices, and how to mix.
struct DubbingRequest: Codable, Sendable, Equatable {
    /// A speaker as the caller describes it (speaker labels are Transcribe's: `spk_0`, `spk_1`, …).
    struct Speaker: Codable, Sendable, Equatable {
        /// `Female` or `Male`: the voice casting's choice when no voice is named.
        var gender: String?
        /// Target language → Polly voice id (`{"es": "Lucia"}`).
        var voices: [String: String]?
    }

    /// The media's S3 key in the uploads bucket (from `POST /uploads`), under the caller's own prefix.
    var source: String
    /// A Transcribe language code (`en-US`), or `auto` to identify it.
    var sourceLanguage: String
    /// Translate language codes Polly has neural voices for.
    var targetLanguages: [String]
    /// `replace`: the dub alone; `duck`: the original audio lowered under the dub.
    var mix: String
    /// Per speaker label: gender and voices.
    var speakers: [String: Speaker]
    /// The content frame rate (for the captions' 2-frame gap), 23.976 … 60.
    var frameRate: Double

    static let maximumTargets = 5
    static let mixes: Set = ["replace", "duck"]

    /// The request from a body, with every field checked; 400 naming the field otherwise.
    static func parse(_ body: Data, owner: String, targetsKnown: Set<String>) throws(HTTPError) -> DubbingRequest {
        struct Body: Decodable {
            var source: String?
            var sourceLanguage: String?
            var targetLanguages: [String]?
            var mix: String?
            var speakers: [String: Speaker]?
            var frameRate: Double?
        }
        let decoded: Body
        do {
            decoded = try JSONDecoder().decode(Body.self, from: body)
        } catch {
            throw HTTPError.invalidRequest("the body must be a JSON object with source, targetLanguages and mix: \(error)")
        }
        let source = try MediaJobFields.source(decoded.source, owner: owner)
        let sourceLanguage = try MediaJobFields.sourceLanguage(decoded.sourceLanguage)
        let targets = decoded.targetLanguages ?? []
        guard !targets.isEmpty else { throw HTTPError.invalidRequest("targetLanguages is required: the languages to dub into") }
        guard targets.count <= maximumTargets else { throw HTTPError.invalidRequest("targetLanguages has \(targets.count) entries; at most \(maximumTargets)") }
        if let unknown = targets.first(where: { !targetsKnown.contains($0) }) {
            throw HTTPError.invalidRequest("targetLanguages: '\(unknown)' has no Polly voice mapping (\(targetsKnown.sorted().joined(separator: ", ")))")
        }
        guard Set(targets).count == targets.count else { throw HTTPError.invalidRequest("targetLanguages lists a language twice") }
        let mix = decoded.mix ?? "replace"
        guard mixes.contains(mix) else { throw HTTPError.invalidRequest("mix must be replace or duck; got '\(mix)'") }
        let speakers = decoded.speakers ?? [:]
        for (label, speaker) in speakers.sorted(by: { $0.key < $1.key }) {
            if let gender = speaker.gender, gender != "Female", gender != "Male" {
                throw HTTPError.invalidRequest("speakers.\(label).gender must be Female or Male; got '\(gender)'")
            }
            for (language, voice) in speaker.voices ?? [:] {
                guard targets.contains(language) else {
                    throw HTTPError.invalidRequest("speakers.\(label).voices.\(language): \(language) is not one of targetLanguages")
                }
                guard !voice.isEmpty, voice.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                    throw HTTPError.invalidRequest("speakers.\(label).voices.\(language) must be a Polly voice id; got '\(voice)'")
                }
            }
        }
        let frameRate = try MediaJobFields.frameRate(decoded.frameRate)
        return DubbingRequest(source: source, sourceLanguage: sourceLanguage, targetLanguages: targets, mix: mix, speakers: speakers, frameRate: frameRate)
    }
}
