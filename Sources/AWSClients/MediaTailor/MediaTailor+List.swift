import AWSCore
import Foundation

extension MediaTailor {
    /// One page of playback configurations and the token of the next.
    public struct ListPlaybackConfigurationsOutput: Decodable, Sendable, Equatable {
        public var items: [PlaybackConfiguration]?
        public var nextToken: String?
        enum CodingKeys: String, CodingKey { case items = "Items", nextToken = "NextToken" }
    }
}

extension MediaTailorClient {
    /// The account's playback configurations, `maxResults` (1...100) a page.
    public func listPlaybackConfigurations(maxResults: Int? = nil, nextToken: String? = nil) async throws -> MediaTailor.ListPlaybackConfigurationsOutput {
        if let size = maxResults, !(1...100).contains(size) {
            throw ClientInputError.invalidValue("ListPlaybackConfigurations", "MaxResults", "is \(size); the service accepts 1...100")
        }
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/playbackConfigurations")
        builder.addQuery("MaxResults", maxResults)
        builder.addQuery("NextToken", nextToken)
        return try await client.restJSON(try builder.build())
    }
}
