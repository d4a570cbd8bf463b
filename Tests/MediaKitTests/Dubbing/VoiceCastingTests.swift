import MediaKit
import Testing

@Suite("Dubbing: voice casting")
struct VoiceCastingTests {
    static let spanish: [VoiceCandidate] = [
        VoiceCandidate(id: "Lucia", languageCode: "es-ES", gender: .female, supportedEngines: ["standard", "neural"]),
        VoiceCandidate(id: "Sergio", languageCode: "es-ES", gender: .male, supportedEngines: ["neural"]),
        VoiceCandidate(id: "Conchita", languageCode: "es-ES", gender: .female, supportedEngines: ["standard"]),
        VoiceCandidate(id: "Mia", languageCode: "es-MX", gender: .female, supportedEngines: ["neural"]),
        VoiceCandidate(id: "Enrique", languageCode: "es-ES", gender: .male, supportedEngines: ["neural"]),
        VoiceCandidate(id: "Aditi", languageCode: "en-IN", additionalLanguageCodes: ["hi-IN"], gender: .female, supportedEngines: ["standard"]),
    ]

    @Test("speakers of unknown gender get distinct voices that speak the language with the engine, alternating genders from female")
    func alternates() throws {
        let cast = try VoiceCasting.cast(speakers: ["spk_0", "spk_1", "spk_2"], candidates: Self.spanish, languageCode: "es-ES")
        #expect(cast == ["spk_0": "Lucia", "spk_1": "Enrique", "spk_2": "Sergio"])
    }

    @Test("a known gender is honoured, and a gender's voices are reused before the other gender's")
    func genders() throws {
        let cast = try VoiceCasting.cast(speakers: ["a", "b", "c"], genders: ["a": .female, "b": .female, "c": .female],
                                         candidates: Self.spanish, languageCode: "es-ES")
        #expect(cast == ["a": "Lucia", "b": "Lucia", "c": "Lucia"])
        let men = try VoiceCasting.cast(speakers: ["a", "b", "c"], genders: ["a": .male, "b": .male, "c": .male], candidates: Self.spanish, languageCode: "es-ES")
        #expect(men == ["a": "Enrique", "b": "Sergio", "c": "Enrique"])
    }

    @Test("a named voice is used when it speaks the language with the engine; others are cast around it")
    func requested() throws {
        let cast = try VoiceCasting.cast(speakers: ["spk_0", "spk_1"], requested: ["spk_1": "Lucia"], candidates: Self.spanish, languageCode: "es-ES")
        #expect(cast == ["spk_0": "Enrique", "spk_1": "Lucia"] || cast["spk_1"] == "Lucia")
        #expect(cast["spk_0"] != "Lucia")
    }

    @Test("a named voice Polly lacks, of another language or without the engine is an error naming speaker and voice")
    func badRequests() {
        #expect(throws: VoiceCastingError.self) { try VoiceCasting.cast(speakers: ["spk_0"], requested: ["spk_0": "Nobody"], candidates: Self.spanish, languageCode: "es-ES") }
        do {
            _ = try VoiceCasting.cast(speakers: ["spk_0"], requested: ["spk_0": "Mia"], candidates: Self.spanish, languageCode: "es-ES")
            Issue.record("Mia speaks es-MX only")
        } catch {
            #expect(error.description == "speaker spk_0: voice Mia does not speak es-ES")
        }
        do {
            _ = try VoiceCasting.cast(speakers: ["spk_0"], requested: ["spk_0": "Conchita"], candidates: Self.spanish, languageCode: "es-ES")
            Issue.record("Conchita has no neural engine")
        } catch {
            #expect(error.description == "speaker spk_0: voice Conchita has no neural engine")
        }
    }

    @Test("an additional language counts; a language with no voice for the engine is an error naming it")
    func languages() throws {
        #expect(try VoiceCasting.cast(speakers: ["x"], candidates: Self.spanish, languageCode: "hi-IN", engine: "standard") == ["x": "Aditi"])
        do {
            _ = try VoiceCasting.cast(speakers: ["x"], candidates: Self.spanish, languageCode: "ja-JP")
            Issue.record("no Japanese voice")
        } catch {
            #expect(error.description == "Polly has no neural voice for ja-JP")
        }
    }

    @Test("Translate's language codes map to Polly's languages")
    func codes() {
        #expect(VoiceCasting.languageCode(forTranslate: "es") == "es-ES")
        #expect(VoiceCasting.languageCode(forTranslate: "zh") == "cmn-CN")
        #expect(VoiceCasting.languageCode(forTranslate: "ar") == "arb")
        #expect(VoiceCasting.languageCode(forTranslate: "xx") == nil)
    }
}
