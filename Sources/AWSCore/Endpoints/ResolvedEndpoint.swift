/// Where to send a service's requests and how to sign them.
public struct ResolvedEndpoint: Sendable, Hashable {
    /// `scheme://host[:port][/basePath]`, never with a trailing slash.
    public var url: String
    /// The service name for the SigV4 credential scope.
    public var signingName: String
    /// The region for the SigV4 credential scope (`us-east-1` for the global IAM and CloudFront endpoints).
    public var signingRegion: String
    /// True when the URL came from code or an `AWS_ENDPOINT_URL*` variable rather than the AWS hostname rules.
    public var isCustomEndpoint: Bool
    /// How S3 URLs are formed against this endpoint: virtual-hosted on AWS, path style on custom endpoints.
    public var s3AddressingStyle: S3AddressingStyle

    /// An endpoint; `url` must already be normalised (`scheme://host[:port][/basePath]`, no trailing slash).
    public init(
        url: String,
        signingName: String,
        signingRegion: String,
        isCustomEndpoint: Bool = false,
        s3AddressingStyle: S3AddressingStyle = .virtualHosted
    ) {
        self.url = url
        self.signingName = signingName
        self.signingRegion = signingRegion
        self.isCustomEndpoint = isCustomEndpoint
        self.s3AddressingStyle = s3AddressingStyle
    }
}
