import AWSClients
import Foundation
import LambdaRuntime
import MediaKit

/// Polly's voices for a language (DescribeVoices) and the casting of one voice per speaker.
struct VoiceCatalog: Sendable {
    let polly: PollyClient
    /// The engine every voice must support (`neural`).
    let engine: String

    /// Polly's language code for a Translate code; `InvalidStepInput` when there is none.
    static func pollyLanguage(_ translateCode: String) throws -> String {
        guard let code = VoiceCasting.languageCode(forTranslate: translateCode) else {
            throw StepError(errorType: "InvalidStepInput", message: "no Polly language for '\(translateCode)'")
        }
        return code
    }

    /// The voices that speak `language` (a Translate code) with the engine.
    func candidates(language: String) async throws -> [VoiceCandidate] {
        let code = try Self.pollyLanguage(language)
        let voices = try await polly.describeVoices(engine: PollyEngine(rawValue: engine), languageCode: code, includeAdditionalLanguageCodes: true)
        return voices.compactMap { voice in
            guard let id = voice.id, let languageCode = voice.languageCode, let gender = voice.gender.flatMap(VoiceGender.init(rawValue:)) else { return nil }
            return VoiceCandidate(id: id, name: voice.name, languageCode: languageCode, additionalLanguageCodes: voice.additionalLanguageCodes ?? [],
                                  gender: gender, supportedEngines: (voice.supportedEngines ?? []).map(\.rawValue))
        }
    }

    /// Speaker label → voice id for the cues' speakers (in order of first appearance), honouring the request's
    /// genders and named voices; a named voice Polly does not have for the language fails the step naming it.
    func cast(_ cues: [DubbingCue], language: String, request: DubbingRequest) async throws -> [String: String] {
        var speakers: [String] = []
        for cue in cues {
            let label = cue.speaker ?? "spk_0"
            if !speakers.contains(label) { speakers.append(label) }
        }
        var genders: [String: VoiceGender] = [:]
        var requested: [String: String] = [:]
        for (label, speaker) in request.speakers {
            if let gender = speaker.gender.flatMap(VoiceGender.init(rawValue:)) { genders[label] = gender }
            if let voice = speaker.voices?[language] { requested[label] = voice }
        }
        do {
            return try VoiceCasting.cast(speakers: speakers, genders: genders, requested: requested, candidates: try await candidates(language: language),
                                         languageCode: try Self.pollyLanguage(language), engine: engine)
        } catch let error as StepError {
            throw error
        } catch {
            throw StepError(errorType: "VoiceUnavailable", message: "\(error)")
        }
    }
}
