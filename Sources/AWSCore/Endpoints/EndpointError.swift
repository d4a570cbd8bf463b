/// Why an endpoint or an S3 object URL could not be built.
public struct EndpointError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case emptyRegion, invalidRegion, invalidEndpointURL, emptyBucket
    }

    private let code: Code
    /// What went wrong, for people: names the region, the URL and where it came from.
    public let detail: String

    private init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    /// No region was configured (set `AWS_REGION`).
    public static let emptyRegion = EndpointError(
        .emptyRegion, "the region is empty; set AWS_REGION (for example us-east-1)")

    /// The region is not a hostname label (letters, digits and dashes).
    public static func invalidRegion(_ region: String) -> EndpointError {
        .init(.invalidRegion, "the region '\(region)' is not a valid region name (letters, digits and dashes only)")
    }

    /// A custom endpoint URL that cannot be used; `source` names where it came from
    /// (`AWS_ENDPOINT_URL_S3`, `AWS_ENDPOINT_URL` or the endpoint passed in code).
    public static func invalidEndpointURL(_ url: String, source: String, reason: String) -> EndpointError {
        .init(.invalidEndpointURL, "\(source) '\(url)' is not a usable endpoint URL: \(reason)")
    }

    /// An S3 URL was requested for an empty bucket name.
    public static let emptyBucket = EndpointError(.emptyBucket, "the S3 bucket name is empty")

    /// Stable, value-free name of the failure kind (safe as a metric label).
    public var kind: String { code.rawValue }

    public var description: String { "EndpointError.\(code.rawValue): \(detail)" }

    /// Errors of the same kind are equal, whatever their detail.
    public static func == (lhs: EndpointError, rhs: EndpointError) -> Bool { lhs.code == rhs.code }
}
