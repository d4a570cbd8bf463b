import AWSCore
import Foundation

extension PollyClient {
    /// One page of synthesis tasks, newest first, optionally only those in `status`.
    public func listSpeechSynthesisTasks(
        status: SynthesisTaskStatus? = nil, maxResults: Int? = nil, nextToken: String? = nil
    ) async throws -> ListSpeechSynthesisTasksOutput {
        if let maxResults, !(1...100).contains(maxResults) {
            throw ClientInputError.invalidValue("ListSpeechSynthesisTasks", "MaxResults", "must be 1 to 100")
        }
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/v1/synthesisTasks")
        builder.addQuery("MaxResults", maxResults)
        builder.addQuery("NextToken", nextToken)
        builder.addQuery("Status", status?.rawValue)
        return try await client.restJSON(try builder.build())
    }
}

/// One page of ListSpeechSynthesisTasks.
public struct ListSpeechSynthesisTasksOutput: Decodable, Sendable, Equatable {
    public var synthesisTasks: [SpeechSynthesisTask]?
    public var nextToken: String?
    enum CodingKeys: String, CodingKey { case synthesisTasks = "SynthesisTasks", nextToken = "NextToken" }
}
