/// Output of DetectDocumentText.
public struct DetectDocumentTextOutput: Decodable, Sendable, Equatable {
    public var documentMetadata: TextractDocumentMetadata?
    public var blocks: [TextractBlock]
    public var detectDocumentTextModelVersion: String?

    enum CodingKeys: String, CodingKey {
        case documentMetadata = "DocumentMetadata", blocks = "Blocks", detectDocumentTextModelVersion = "DetectDocumentTextModelVersion"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        documentMetadata = try container.decodeIfPresent(TextractDocumentMetadata.self, forKey: .documentMetadata)
        blocks = try container.decodeIfPresent([TextractBlock].self, forKey: .blocks) ?? []
        detectDocumentTextModelVersion = try container.decodeIfPresent(String.self, forKey: .detectDocumentTextModelVersion)
    }
}
