import AWSCore
import Foundation

/// AWS Elemental MediaConvert (restJson): create, read and cancel transcoding jobs.
///
/// Uses the regional endpoint `mediaconvert.<region>.amazonaws.com`, as current SDKs do; no
/// DescribeEndpoints call is needed.
public struct MediaConvertClient: Sendable {
    public static let wireProtocol = WireProtocol.restJson
    /// The API version that prefixes every path.
    static let apiVersion = "2017-08-29"

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .mediaconvert, wireProtocol: Self.wireProtocol)
    }

    /// Submits a job; refuses an empty role, missing inputs or outputs and a token over 64 characters
    /// before sending. A job with no `clientRequestToken` gets a random one, as the SDKs give it.
    public func createJob(_ input: MediaConvert.CreateJobInput) async throws -> MediaConvert.Job {
        try input.validate()
        var body = input
        if body.clientRequestToken == nil { body.clientRequestToken = UUID().uuidString }
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/\(Self.apiVersion)/jobs")
        try builder.setJSONBody(body)
        let output: MediaConvert.JobResponse = try await client.restJSON(try builder.build())
        return output.job
    }

    /// The job with `id`: status, progress, timing, error and output details.
    public func getJob(id: String) async throws -> MediaConvert.Job {
        if id.isEmpty { throw ClientInputError.missingField("GetJob", "Id") }
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/\(Self.apiVersion)/jobs/{id}")
        builder.setLabel("id", id)
        let output: MediaConvert.JobResponse = try await client.restJSON(try builder.build())
        return output.job
    }

    /// Cancels the job with `id` (a job that has already finished cannot be cancelled; the service says so).
    public func cancelJob(id: String) async throws {
        if id.isEmpty { throw ClientInputError.missingField("CancelJob", "Id") }
        var builder = RestRequestBuilder(method: "DELETE", uriTemplate: "/\(Self.apiVersion)/jobs/{id}")
        builder.setLabel("id", id)
        _ = try await client.send(try builder.build())
    }
}
