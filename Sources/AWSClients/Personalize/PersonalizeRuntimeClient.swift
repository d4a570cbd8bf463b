import AWSCore
import Foundation

/// Amazon Personalize Runtime (restJson, host `personalize-runtime.<region>`, signs `personalize`):
/// recommendations and personalised re-ranking from a campaign or recommender.
public struct PersonalizeRuntimeClient: Sendable {
    public static let wireProtocol = WireProtocol.restJson
    /// numResults and inputList: at most 500, or 50 when metadata columns are requested (model documentation).
    public static let maximumResults = 500
    public static let maximumResultsWithMetadata = 50

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .personalizeRuntime, wireProtocol: Self.wireProtocol)
    }

    /// Recommended items for a user (or items related to an item); refuses a request naming both or
    /// neither of campaignArn and recommenderArn, or numResults outside 1...500, before sending.
    public func getRecommendations(_ input: Personalize.GetRecommendationsInput) async throws -> Personalize.GetRecommendationsOutput {
        try input.validate()
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/recommendations")
        try builder.setJSONBody(input)
        return try await client.restJSON(try builder.build())
    }

    /// `input.inputList` re-ranked for a user; refuses an empty campaign, user or list before sending.
    public func getPersonalizedRanking(_ input: Personalize.GetPersonalizedRankingInput) async throws -> Personalize.GetPersonalizedRankingOutput {
        try input.validate()
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/personalize-ranking")
        try builder.setJSONBody(input)
        return try await client.restJSON(try builder.build())
    }
}
