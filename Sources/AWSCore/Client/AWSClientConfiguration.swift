import Foundation
import Logging

/// Everything a service client needs besides the service itself: region, credentials, transport,
/// environment (for endpoint overrides), clock and logger. Build one per process and share it.
public struct AWSClientConfiguration: Sendable {
    public var region: String
    public var credentials: any CredentialProvider
    public var transport: any HTTPTransport
    public var environment: [String: String]
    /// An endpoint for every service (tests, the local twin); per-service variables still apply when nil.
    public var endpoint: String?
    public var retry: RetryConfiguration
    public var timeSource: any TimeSource
    public var random: any RandomSource
    public var logger: Logger?

    public init(
        region: String,
        credentials: any CredentialProvider,
        transport: any HTTPTransport,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        endpoint: String? = nil,
        retry: RetryConfiguration = RetryConfiguration(),
        timeSource: any TimeSource = SystemTimeSource(),
        random: any RandomSource = SystemRandomSource(),
        logger: Logger? = nil
    ) {
        self.region = region
        self.credentials = credentials
        self.transport = transport
        self.environment = environment
        self.endpoint = endpoint
        self.retry = retry
        self.timeSource = timeSource
        self.random = random
        self.logger = logger
    }

    /// What a Lambda function (or a developer's shell) has: region and credentials from the environment,
    /// shared files or the container endpoint, and a URLSession transport.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any HTTPTransport = URLSessionTransport()
    ) throws -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: try RegionResolver(environment: environment).resolve(),
            credentials: DefaultCredentials.provider(environment: environment, transport: transport),
            transport: transport, environment: environment)
    }

    /// An `AWSClient` for `service` speaking `wireProtocol`, with this configuration.
    public func client(for service: AWSService, wireProtocol: WireProtocol, endpoint: String? = nil) throws -> AWSClient {
        try AWSClient(
            service: service, wireProtocol: wireProtocol, region: region, credentials: credentials, transport: transport,
            endpoint: endpoint ?? self.endpoint, environment: environment, retryConfiguration: retry,
            timeSource: timeSource, random: random, logger: logger)
    }
}
