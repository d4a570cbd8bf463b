import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let comprehend: [ConformanceRow] = [
        ConformanceRow(
            "comprehend.DetectSentiment", service: "comprehend", operation: "DetectSentiment",
            params: ["Text": "J'adore ce film — une merveille ሴ", "LanguageCode": "fr"]
        ) { configuration in
            _ = try await ComprehendClient(configuration).detectSentiment("J'adore ce film — une merveille ሴ", languageCode: .french)
        },
        ConformanceRow(
            "comprehend.DetectKeyPhrases", service: "comprehend", operation: "DetectKeyPhrases",
            params: ["Text": "The trailer for the new season drops on Friday.", "LanguageCode": "en"]
        ) { configuration in
            _ = try await ComprehendClient(configuration).detectKeyPhrases(
                "The trailer for the new season drops on Friday.", languageCode: .english)
        },
        ConformanceRow(
            "comprehend.DetectEntities", service: "comprehend", operation: "DetectEntities",
            params: ["Text": "Ana Souza directed it in Lisboa in 2024.", "LanguageCode": "zh-TW"]
        ) { configuration in
            _ = try await ComprehendClient(configuration).detectEntities(
                "Ana Souza directed it in Lisboa in 2024.", languageCode: .chineseTraditional)
        },
        ConformanceRow(
            "comprehend.DetectEntities with a custom recognizer endpoint", service: "comprehend", operation: "DetectEntities",
            params: ["Text": "Episode 4 stars Kim.", "LanguageCode": "en",
                     "EndpointArn": "arn:aws:comprehend:us-east-1:123456789012:entity-recognizer-endpoint/cast-names"]
        ) { configuration in
            _ = try await ComprehendClient(configuration).detectEntities(
                "Episode 4 stars Kim.", languageCode: "en",
                endpointArn: "arn:aws:comprehend:us-east-1:123456789012:entity-recognizer-endpoint/cast-names")
        },
    ]
}
