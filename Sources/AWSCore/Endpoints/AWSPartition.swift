/// The partition a region belongs to, with the DNS suffix of its standard endpoints
/// (`botocore/data/endpoints.json`: `partitions[].regionRegex` and `dnsSuffix`).
struct AWSPartition: Sendable, Equatable {
    /// The partition id: `aws`, `aws-cn` or `aws-us-gov`.
    let id: String
    /// The suffix of standard hostnames, e.g. `amazonaws.com.cn`.
    let dnsSuffix: String

    static let aws = AWSPartition(id: "aws", dnsSuffix: "amazonaws.com")
    static let china = AWSPartition(id: "aws-cn", dnsSuffix: "amazonaws.com.cn")
    static let govCloud = AWSPartition(id: "aws-us-gov", dnsSuffix: "amazonaws.com")

    /// The partition of `region`; regions no partition claims fall back to `aws`, as botocore does.
    static func of(region: String) -> AWSPartition {
        if region.hasPrefix("cn-") { return .china }
        if region.hasPrefix("us-gov-") { return .govCloud }
        return .aws
    }
}
