/// The voices the twin's Polly offers: real Polly voice ids, names, genders, languages and engines (a subset of
/// Polly's catalogue covering the languages MediaGen dubs into).
struct TwinPollyVoice: Sendable, Equatable {
    var id: String
    var name: String
    var gender: String
    var languageCode: String
    var engines: [String]
    var additionalLanguageCodes: [String] = []

    var languages: [String] { [languageCode] + additionalLanguageCodes }

    /// The default engine when a request names none is `standard`.
    func supports(engine: String) -> Bool { engines.contains(engine) }
}

enum PollyVoices {
    static let languageNames: [String: String] = [
        "en-US": "US English", "en-GB": "British English", "en-AU": "Australian English", "en-IN": "Indian English",
        "es-ES": "Castilian Spanish", "es-US": "US Spanish", "es-MX": "Mexican Spanish", "fr-FR": "French", "fr-CA": "Canadian French",
        "de-DE": "German", "it-IT": "Italian", "pt-BR": "Brazilian Portuguese", "pt-PT": "Portuguese", "ja-JP": "Japanese",
        "ko-KR": "Korean", "cmn-CN": "Chinese Mandarin", "hi-IN": "Hindi", "ar-AE": "Gulf Arabic", "arb": "Arabic", "nl-NL": "Dutch",
    ]

    private static let s = "standard", n = "neural", g = "generative", l = "long-form"

    static let all: [TwinPollyVoice] = [
        TwinPollyVoice(id: "Danielle", name: "Danielle", gender: "Female", languageCode: "en-US", engines: [n, l, g]),
        TwinPollyVoice(id: "Gregory", name: "Gregory", gender: "Male", languageCode: "en-US", engines: [n, l]),
        TwinPollyVoice(id: "Ivy", name: "Ivy", gender: "Female", languageCode: "en-US", engines: [s, n]),
        TwinPollyVoice(id: "Joanna", name: "Joanna", gender: "Female", languageCode: "en-US", engines: [s, n, g]),
        TwinPollyVoice(id: "Kendra", name: "Kendra", gender: "Female", languageCode: "en-US", engines: [s, n]),
        TwinPollyVoice(id: "Kimberly", name: "Kimberly", gender: "Female", languageCode: "en-US", engines: [s, n]),
        TwinPollyVoice(id: "Salli", name: "Salli", gender: "Female", languageCode: "en-US", engines: [s, n, g]),
        TwinPollyVoice(id: "Joey", name: "Joey", gender: "Male", languageCode: "en-US", engines: [s, n]),
        TwinPollyVoice(id: "Justin", name: "Justin", gender: "Male", languageCode: "en-US", engines: [s, n]),
        TwinPollyVoice(id: "Kevin", name: "Kevin", gender: "Male", languageCode: "en-US", engines: [n]),
        TwinPollyVoice(id: "Matthew", name: "Matthew", gender: "Male", languageCode: "en-US", engines: [s, n, g]),
        TwinPollyVoice(id: "Ruth", name: "Ruth", gender: "Female", languageCode: "en-US", engines: [n, l, g]),
        TwinPollyVoice(id: "Stephen", name: "Stephen", gender: "Male", languageCode: "en-US", engines: [n, g]),
        TwinPollyVoice(id: "Amy", name: "Amy", gender: "Female", languageCode: "en-GB", engines: [s, n, g]),
        TwinPollyVoice(id: "Emma", name: "Emma", gender: "Female", languageCode: "en-GB", engines: [s, n]),
        TwinPollyVoice(id: "Brian", name: "Brian", gender: "Male", languageCode: "en-GB", engines: [s, n]),
        TwinPollyVoice(id: "Arthur", name: "Arthur", gender: "Male", languageCode: "en-GB", engines: [n]),
        TwinPollyVoice(id: "Nicole", name: "Nicole", gender: "Female", languageCode: "en-AU", engines: [s]),
        TwinPollyVoice(id: "Olivia", name: "Olivia", gender: "Female", languageCode: "en-AU", engines: [n, g]),
        TwinPollyVoice(id: "Russell", name: "Russell", gender: "Male", languageCode: "en-AU", engines: [s]),
        TwinPollyVoice(id: "Raveena", name: "Raveena", gender: "Female", languageCode: "en-IN", engines: [s]),
        TwinPollyVoice(id: "Kajal", name: "Kajal", gender: "Female", languageCode: "en-IN", engines: [n, g], additionalLanguageCodes: ["hi-IN"]),
        TwinPollyVoice(id: "Aditi", name: "Aditi", gender: "Female", languageCode: "hi-IN", engines: [s], additionalLanguageCodes: ["en-IN"]),
        TwinPollyVoice(id: "Conchita", name: "Conchita", gender: "Female", languageCode: "es-ES", engines: [s]),
        TwinPollyVoice(id: "Lucia", name: "Lucia", gender: "Female", languageCode: "es-ES", engines: [s, n, g]),
        TwinPollyVoice(id: "Enrique", name: "Enrique", gender: "Male", languageCode: "es-ES", engines: [s]),
        TwinPollyVoice(id: "Sergio", name: "Sergio", gender: "Male", languageCode: "es-ES", engines: [n, g]),
        TwinPollyVoice(id: "Mia", name: "Mia", gender: "Female", languageCode: "es-MX", engines: [s, n, g]),
        TwinPollyVoice(id: "Andres", name: "Andrés", gender: "Male", languageCode: "es-MX", engines: [n, g]),
        TwinPollyVoice(id: "Lupe", name: "Lupe", gender: "Female", languageCode: "es-US", engines: [s, n, g]),
        TwinPollyVoice(id: "Penelope", name: "Penélope", gender: "Female", languageCode: "es-US", engines: [s]),
        TwinPollyVoice(id: "Miguel", name: "Miguel", gender: "Male", languageCode: "es-US", engines: [s]),
        TwinPollyVoice(id: "Pedro", name: "Pedro", gender: "Male", languageCode: "es-US", engines: [n, g]),
        TwinPollyVoice(id: "Celine", name: "Céline", gender: "Female", languageCode: "fr-FR", engines: [s]),
        TwinPollyVoice(id: "Lea", name: "Léa", gender: "Female", languageCode: "fr-FR", engines: [s, n, g]),
        TwinPollyVoice(id: "Mathieu", name: "Mathieu", gender: "Male", languageCode: "fr-FR", engines: [s]),
        TwinPollyVoice(id: "Remi", name: "Rémi", gender: "Male", languageCode: "fr-FR", engines: [n, g]),
        TwinPollyVoice(id: "Chantal", name: "Chantal", gender: "Female", languageCode: "fr-CA", engines: [s]),
        TwinPollyVoice(id: "Gabrielle", name: "Gabrielle", gender: "Female", languageCode: "fr-CA", engines: [n, g]),
        TwinPollyVoice(id: "Liam", name: "Liam", gender: "Male", languageCode: "fr-CA", engines: [n]),
        TwinPollyVoice(id: "Marlene", name: "Marlene", gender: "Female", languageCode: "de-DE", engines: [s]),
        TwinPollyVoice(id: "Vicki", name: "Vicki", gender: "Female", languageCode: "de-DE", engines: [s, n, g]),
        TwinPollyVoice(id: "Hans", name: "Hans", gender: "Male", languageCode: "de-DE", engines: [s]),
        TwinPollyVoice(id: "Daniel", name: "Daniel", gender: "Male", languageCode: "de-DE", engines: [n, g]),
        TwinPollyVoice(id: "Carla", name: "Carla", gender: "Female", languageCode: "it-IT", engines: [s]),
        TwinPollyVoice(id: "Bianca", name: "Bianca", gender: "Female", languageCode: "it-IT", engines: [s, n, g]),
        TwinPollyVoice(id: "Giorgio", name: "Giorgio", gender: "Male", languageCode: "it-IT", engines: [s]),
        TwinPollyVoice(id: "Adriano", name: "Adriano", gender: "Male", languageCode: "it-IT", engines: [n]),
        TwinPollyVoice(id: "Camila", name: "Camila", gender: "Female", languageCode: "pt-BR", engines: [s, n]),
        TwinPollyVoice(id: "Vitoria", name: "Vitória", gender: "Female", languageCode: "pt-BR", engines: [s, n]),
        TwinPollyVoice(id: "Ricardo", name: "Ricardo", gender: "Male", languageCode: "pt-BR", engines: [s]),
        TwinPollyVoice(id: "Thiago", name: "Thiago", gender: "Male", languageCode: "pt-BR", engines: [n]),
        TwinPollyVoice(id: "Ines", name: "Inês", gender: "Female", languageCode: "pt-PT", engines: [s, n]),
        TwinPollyVoice(id: "Cristiano", name: "Cristiano", gender: "Male", languageCode: "pt-PT", engines: [s]),
        TwinPollyVoice(id: "Mizuki", name: "Mizuki", gender: "Female", languageCode: "ja-JP", engines: [s]),
        TwinPollyVoice(id: "Takumi", name: "Takumi", gender: "Male", languageCode: "ja-JP", engines: [s, n]),
        TwinPollyVoice(id: "Kazuha", name: "Kazuha", gender: "Female", languageCode: "ja-JP", engines: [n]),
        TwinPollyVoice(id: "Tomoko", name: "Tomoko", gender: "Female", languageCode: "ja-JP", engines: [n]),
        TwinPollyVoice(id: "Seoyeon", name: "Seoyeon", gender: "Female", languageCode: "ko-KR", engines: [s, n, g]),
        TwinPollyVoice(id: "Jihye", name: "Jihye", gender: "Female", languageCode: "ko-KR", engines: [n]),
        TwinPollyVoice(id: "Zhiyu", name: "Zhiyu", gender: "Female", languageCode: "cmn-CN", engines: [s, n]),
        TwinPollyVoice(id: "Hala", name: "Hala", gender: "Female", languageCode: "ar-AE", engines: [n]),
        TwinPollyVoice(id: "Zayd", name: "Zayd", gender: "Male", languageCode: "ar-AE", engines: [n]),
        TwinPollyVoice(id: "Zeina", name: "Zeina", gender: "Female", languageCode: "arb", engines: [s]),
        TwinPollyVoice(id: "Lotte", name: "Lotte", gender: "Female", languageCode: "nl-NL", engines: [s]),
        TwinPollyVoice(id: "Laura", name: "Laura", gender: "Female", languageCode: "nl-NL", engines: [n]),
    ]

    static func voice(_ id: String) -> TwinPollyVoice? { all.first { $0.id == id } }

    /// Polly's `VoiceId` enum (botocore), for the validation message of an unknown voice.
    static var idList: String { "[" + all.map(\.id).joined(separator: ", ") + "]" }
}
