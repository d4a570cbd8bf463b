import AWSClients
import LambdaRuntime
import MediaKit

/// `GET /voices?language=es`: the voices a language can be dubbed with (Polly's, for the configured engine).
enum VoiceRoutes {
    struct Voice: Encodable {
        var id: String
        var name: String?
        var gender: String
        var languageCode: String
        var additionalLanguageCodes: [String]
        var engines: [String]
    }

    struct Listing: Encodable {
        var language: String
        var engine: String
        var voices: [Voice]
    }

    static func add(to router: inout HTTPRouter<LambdaContext>, catalog: VoiceCatalog) {
        router.on(.get, "/voices") { request, _ in
            guard let language = request.query("language"), !language.isEmpty else {
                throw HTTPError.invalidRequest("language is required: a target language such as es, de or ja")
            }
            guard VoiceCasting.languageCode(forTranslate: language) != nil else {
                throw HTTPError.invalidRequest("language: '\(language)' has no Polly voices (\(DubbingLanguages.known.sorted().joined(separator: ", ")))")
            }
            let voices = try await catalog.candidates(language: language).sorted { $0.id < $1.id }.map {
                Voice(id: $0.id, name: $0.name, gender: $0.gender.rawValue, languageCode: $0.languageCode,
                      additionalLanguageCodes: $0.additionalLanguageCodes, engines: $0.supportedEngines)
            }
            return try .json(Listing(language: language, engine: catalog.engine, voices: voices))
        }
    }
}
