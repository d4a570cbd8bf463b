struct ListLanguagesInput: Encodable, Sendable {
    var displayLanguageCode: String?
    var nextToken: String?
    var maxResults: Int?
    enum CodingKeys: String, CodingKey {
        case displayLanguageCode = "DisplayLanguageCode", nextToken = "NextToken", maxResults = "MaxResults"
    }
}

struct ListLanguagesOutput: Decodable, Sendable {
    var languages: [TranslateLanguage]
    var nextToken: String?
    enum CodingKeys: String, CodingKey { case languages = "Languages", nextToken = "NextToken" }
}

/// A language Translate supports.
public struct TranslateLanguage: Decodable, Sendable, Equatable {
    public var languageName: String
    public var languageCode: String
    enum CodingKeys: String, CodingKey { case languageName = "LanguageName", languageCode = "LanguageCode" }
}
