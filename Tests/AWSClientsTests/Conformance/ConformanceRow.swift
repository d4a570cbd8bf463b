import AWSClients
import AWSCore
import Foundation

/// One row of the client conformance table: the same call made with our client and with botocore.
struct ConformanceRow: Sendable, CustomStringConvertible {
    /// `form`: a form-encoded body (query protocol) compared as a multiset of decoded pairs, since botocore
    /// writes the parameters in the order the caller's dictionary gives them.
    enum BodyComparison: Sendable { case json, bytes, form }

    /// Unique, readable: "translate.TranslateText with terminology".
    let id: String
    /// botocore's service name (`bedrock-runtime`, `s3`, …) and operation name (`InvokeModel`).
    let service: String
    let operation: String
    /// botocore's parameters; bytes as `{"__bytes__": base64}`, timestamps as `{"__datetime__": ISO 8601}`.
    let params: JSON
    let region: String
    let body: BodyComparison
    /// Extra headers to leave out of the comparison, each with the reason in a comment at the row.
    let ignoredHeaders: Set<String>
    /// Makes the call with our client; the transport captures the request instead of sending it.
    let call: @Sendable (AWSClientConfiguration) async throws -> Void

    init(
        _ id: String, service: String, operation: String, params: JSON, region: String = "us-east-1",
        body: BodyComparison = .json, ignoredHeaders: Set<String> = [],
        call: @escaping @Sendable (AWSClientConfiguration) async throws -> Void
    ) {
        self.id = id
        self.service = service
        self.operation = operation
        self.params = params
        self.region = region
        self.body = body
        self.ignoredHeaders = ignoredHeaders
        self.call = call
    }

    var description: String { id }
}

/// Helpers for writing `params`.
extension JSON {
    /// Bytes, as the botocore helper expects them.
    static func bytes(_ data: Data) -> JSON { ["__bytes__": .string(data.base64EncodedString())] }
    /// A timestamp, as the botocore helper expects it.
    static func datetime(_ iso8601: String) -> JSON { ["__datetime__": .string(iso8601)] }
}
