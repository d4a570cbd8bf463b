import Foundation

/// Decides where a service's requests go, following the AWS SDKs' rules.
///
/// Precedence, highest first:
/// 1. the endpoint passed in code (`resolve(_:region:endpoint:)`);
/// 2. `AWS_ENDPOINT_URL_<SERVICE>` (see `AWSService.endpointURLEnvironmentVariable`);
/// 3. `AWS_ENDPOINT_URL`;
/// 4. the AWS hostname for the region (`<prefix>.<region>.amazonaws.com`, `.amazonaws.com.cn` in China,
///    the partition endpoint for the global IAM and CloudFront, the regional endpoint for STS).
///
/// Empty variables are ignored, and 2–3 are ignored altogether when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`
/// is `true` (any case), as botocore does.
public struct EndpointResolver: Sendable {
    /// The variables the resolver reads; by default the process environment at initialisation.
    public let environment: [String: String]

    /// The global endpoint override variable.
    public static let globalEndpointVariable = "AWS_ENDPOINT_URL"
    /// Set to `true` to ignore the `AWS_ENDPOINT_URL*` variables.
    public static let ignoreConfiguredEndpointsVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"
    /// How an endpoint passed in code is named in errors.
    static let explicitEndpointSource = "the endpoint passed in code"

    /// A resolver reading `environment` (the process environment by default, captured now).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Resolves `service` in `region`; `endpoint` (if not nil) overrides everything else.
    ///
    /// - Throws: `EndpointError.emptyRegion` or `.invalidRegion` for a bad region,
    ///   `EndpointError.invalidEndpointURL` for a custom URL that cannot be used (naming its source).
    public func resolve(_ service: AWSService, region: String, endpoint: String? = nil) throws -> ResolvedEndpoint {
        guard !region.isEmpty else { throw EndpointError.emptyRegion }
        guard Self.isValidRegion(region) else { throw EndpointError.invalidRegion(region) }

        if let (raw, source) = customEndpoint(for: service, explicit: endpoint) {
            let url = try CustomEndpointURL.normalize(raw, source: source)
            return ResolvedEndpoint(
                url: url, signingName: service.signingName, signingRegion: region,
                isCustomEndpoint: true, s3AddressingStyle: .path)
        }
        let standard = StandardHost.resolve(service, region: region)
        return ResolvedEndpoint(
            url: "https://" + standard.hostname, signingName: service.signingName,
            signingRegion: standard.signingRegion, isCustomEndpoint: false, s3AddressingStyle: .virtualHosted)
    }

    /// The custom URL to use and the name of where it came from, if any.
    func customEndpoint(for service: AWSService, explicit: String?) -> (url: String, source: String)? {
        if let explicit { return (explicit, Self.explicitEndpointSource) }
        guard environment[Self.ignoreConfiguredEndpointsVariable]?.lowercased() != "true" else { return nil }
        for name in [service.endpointURLEnvironmentVariable, Self.globalEndpointVariable] {
            if let value = environment[name], !value.isEmpty { return (value, name) }
        }
        return nil
    }

    /// A region must be a hostname label: letters, digits and dashes, 1–63 long, no dash at either end,
    /// not all digits (botocore's `validate_region_name`).
    static func isValidRegion(_ region: String) -> Bool {
        let bytes = Array(region.utf8)
        guard (1...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-")
        else { return false }
        var allDigits = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"):
                allDigits = false
            default: return false
            }
        }
        return !allDigits
    }
}
