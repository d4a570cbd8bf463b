/// The AWS hostname and signing region of a service in a region, per `botocore/data/endpoints.json`
/// and the services' endpoint rule sets.
///
/// Rule: `<endpointPrefix>.<region>.<partition dnsSuffix>`, signing in the region itself, except:
/// - IAM and CloudFront are global: one partition endpoint signed in the partition's home region
///   (`iam.amazonaws.com`/`us-east-1`, `cloudfront.amazonaws.com`/`us-east-1`,
///   `iam.cn-north-1.amazonaws.com.cn`/`cn-north-1`, `cloudfront.cn-northwest-1.amazonaws.com.cn`/`cn-northwest-1`,
///   `iam.us-gov.amazonaws.com`/`us-gov-west-1`);
/// - STS uses its regional endpoint, botocore's default (`sts_regional_endpoints = regional`);
/// - in China, Transcribe is `cn.transcribe.<region>.amazonaws.com.cn` and MediaConvert in cn-northwest-1 is
///   `subscribe.mediaconvert.cn-northwest-1.amazonaws.com.cn`.
enum StandardHost {
    struct Resolution: Equatable {
        let hostname: String
        let signingRegion: String
    }

    /// Global endpoints keyed by endpoint prefix, then partition id.
    private static let globalEndpoints: [String: [String: Resolution]] = [
        "iam": [
            "aws": Resolution(hostname: "iam.amazonaws.com", signingRegion: "us-east-1"),
            "aws-cn": Resolution(hostname: "iam.cn-north-1.amazonaws.com.cn", signingRegion: "cn-north-1"),
            "aws-us-gov": Resolution(hostname: "iam.us-gov.amazonaws.com", signingRegion: "us-gov-west-1"),
        ],
        "cloudfront": [
            "aws": Resolution(hostname: "cloudfront.amazonaws.com", signingRegion: "us-east-1"),
            "aws-cn": Resolution(
                hostname: "cloudfront.cn-northwest-1.amazonaws.com.cn", signingRegion: "cn-northwest-1"),
        ],
    ]

    static func resolve(_ service: AWSService, region: String) -> Resolution {
        let partition = AWSPartition.of(region: region)
        if let global = globalEndpoints[service.endpointPrefix]?[partition.id] { return global }
        if partition == .china {
            if service.endpointPrefix == "transcribe" {
                return Resolution(hostname: "cn.transcribe.\(region).\(partition.dnsSuffix)", signingRegion: region)
            }
            if service.endpointPrefix == "mediaconvert" && region == "cn-northwest-1" {
                return Resolution(
                    hostname: "subscribe.mediaconvert.cn-northwest-1.\(partition.dnsSuffix)", signingRegion: region)
            }
        }
        return Resolution(
            hostname: "\(service.endpointPrefix).\(region).\(partition.dnsSuffix)", signingRegion: region)
    }
}
