import Foundation

extension AWSClient {
    /// The absolute URL of an S3 object (or of the bucket when `key` is empty), virtual-hosted or path style
    /// as the endpoint requires, with `query` appended in strict encoding.
    public func s3URL(bucket: String, key: String = "", query: [(String, String)] = []) throws -> String {
        var url = try S3Addressing.url(endpoint: endpoint, bucket: bucket, key: key)
        if !query.isEmpty {
            url += "?" + query.map { $0.1.isEmpty ? AWSURIEncoding.encode($0.0) : AWSURIEncoding.encode($0.0) + "=" + AWSURIEncoding.encode($0.1) }
                .joined(separator: "&")
        }
        return url
    }

    /// Sends an S3 request on a bucket or object.
    public func s3(
        _ method: String, bucket: String, key: String = "", query: [(String, String)] = [],
        headers: HTTPHeaders = [:], body: Data = Data()
    ) async throws -> HTTPResponse {
        try await send(HTTPRequest(method: method, url: try s3URL(bucket: bucket, key: key, query: query), headers: headers, body: body))
    }
}
