/// Output of DetectKeyPhrases.
public struct DetectKeyPhrasesOutput: Decodable, Sendable, Equatable {
    public var keyPhrases: [KeyPhrase]
    enum CodingKeys: String, CodingKey { case keyPhrases = "KeyPhrases" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        keyPhrases = try container.decodeIfPresent([KeyPhrase].self, forKey: .keyPhrases) ?? []
    }
}

/// A key noun phrase: its text, where it starts and ends in the input (character offsets) and the confidence (0…1).
public struct KeyPhrase: Decodable, Sendable, Equatable {
    public var text: String?
    public var score: Double?
    public var beginOffset: Int?
    public var endOffset: Int?
    enum CodingKeys: String, CodingKey { case text = "Text", score = "Score", beginOffset = "BeginOffset", endOffset = "EndOffset" }
}
