import AWSCore
import Foundation

extension MediaConvert {
    /// Input of ListJobs: filters and paging (at most 20 jobs a page).
    public struct ListJobsInput: Sendable, Equatable {
        public enum Order: String, Sendable { case ascending = "ASCENDING", descending = "DESCENDING" }
        public var maxResults: Int?
        public var nextToken: String?
        /// By creation time; DESCENDING (newest first) when `nil`.
        public var order: Order?
        /// A queue name or ARN.
        public var queue: String?
        public var status: JobStatus?

        public init(maxResults: Int? = nil, nextToken: String? = nil, order: Order? = nil, queue: String? = nil, status: JobStatus? = nil) {
            self.maxResults = maxResults
            self.nextToken = nextToken
            self.order = order
            self.queue = queue
            self.status = status
        }
    }

    /// One page of jobs and the token of the next.
    public struct ListJobsOutput: Decodable, Sendable, Equatable {
        public var jobs: [Job]?
        public var nextToken: String?
        enum CodingKeys: String, CodingKey { case jobs, nextToken }
    }

    struct DescribeEndpointsOutput: Decodable, Sendable {
        struct Endpoint: Decodable, Sendable {
            var url: String?
            enum CodingKeys: String, CodingKey { case url }
        }
        var endpoints: [Endpoint]?
        enum CodingKeys: String, CodingKey { case endpoints }
    }
}

extension MediaConvertClient {
    /// The account's jobs, newest first unless `input.order` says otherwise; refuses a page size outside 1...20.
    public func listJobs(_ input: MediaConvert.ListJobsInput = MediaConvert.ListJobsInput()) async throws -> MediaConvert.ListJobsOutput {
        if let size = input.maxResults, !(1...20).contains(size) {
            throw ClientInputError.invalidValue("ListJobs", "MaxResults", "is \(size); the service accepts 1...20")
        }
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/\(Self.apiVersion)/jobs")
        builder.addQuery("maxResults", input.maxResults)
        builder.addQuery("nextToken", input.nextToken)
        builder.addQuery("order", input.order?.rawValue)
        builder.addQuery("queue", input.queue)
        builder.addQuery("status", input.status?.rawValue)
        return try await client.restJSON(try builder.build())
    }

    /// The account's endpoint URLs (legacy: current accounts use the regional endpoint directly).
    public func describeEndpoints() async throws -> [String] {
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/\(Self.apiVersion)/endpoints")
        try builder.setJSONBody([String: String]())
        let output: MediaConvert.DescribeEndpointsOutput = try await client.restJSON(try builder.build())
        return (output.endpoints ?? []).compactMap(\.url)
    }
}
