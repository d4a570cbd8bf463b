import AWSCore
import Foundation

extension BedrockRuntimeClient {
    /// One page of asynchronous invocations, newest first unless `ascending`, optionally only those in `status`.
    public func listAsyncInvokes(
        status: GetAsyncInvokeOutput.Status? = nil, submittedAfter: Date? = nil, submittedBefore: Date? = nil,
        maxResults: Int? = nil, nextToken: String? = nil, ascending: Bool = false
    ) async throws -> ListAsyncInvokesOutput {
        if let maxResults, !(1...1000).contains(maxResults) {
            throw ClientInputError.invalidValue("ListAsyncInvokes", "maxResults", "must be 1 to 1000")
        }
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/async-invoke")
        builder.addQuery("statusEquals", status?.rawValue)
        builder.addQuery("submitTimeAfter", submittedAfter.map { AWSTimestamp.format($0, as: .iso8601) })
        builder.addQuery("submitTimeBefore", submittedBefore.map { AWSTimestamp.format($0, as: .iso8601) })
        builder.addQuery("maxResults", maxResults)
        builder.addQuery("nextToken", nextToken)
        builder.addQuery("sortOrder", ascending ? "Ascending" : nil)
        return try await client.restJSON(try builder.build())
    }
}

/// One page of ListAsyncInvokes: each summary carries what GetAsyncInvoke answers.
public struct ListAsyncInvokesOutput: Decodable, Sendable, Equatable {
    public var asyncInvokeSummaries: [GetAsyncInvokeOutput]?
    public var nextToken: String?
}
