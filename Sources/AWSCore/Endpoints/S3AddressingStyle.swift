/// How an S3 bucket appears in a request URL.
public enum S3AddressingStyle: String, Sendable, Hashable {
    /// `https://bucket.s3.<region>.amazonaws.com/key`: the bucket is a hostname label.
    case virtualHosted
    /// `https://host/bucket/key`: the bucket is the first path segment.
    case path
}
