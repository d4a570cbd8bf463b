import Foundation
import Logging

/// One AWS service as the handlers call it: resolves the endpoint once, then for every request fetches
/// credentials, signs (SigV4), sends through the transport, retries in the standard mode, and turns any
/// non-2xx answer into an `AWSServiceError`.
public struct AWSClient: Sendable {
    public let service: AWSService
    public let wireProtocol: WireProtocol
    public let endpoint: ResolvedEndpoint
    public let credentials: any CredentialProvider
    public let transport: any HTTPTransport
    public let retry: StandardRetryStrategy
    public let timeSource: any TimeSource
    public let signingOptions: SigningOptions
    public let logger: Logger?
    /// Sent with every request (never signed).
    public var userAgent = "mediagen/1.0 swift-aws-core"

    /// - Parameters:
    ///   - endpoint: an explicit endpoint URL; otherwise `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, then the standard host.
    public init(
        service: AWSService,
        wireProtocol: WireProtocol,
        region: String,
        credentials: any CredentialProvider,
        transport: any HTTPTransport,
        endpoint: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        retryConfiguration: RetryConfiguration = RetryConfiguration(),
        retryBucket: RetryTokenBucket? = nil,
        timeSource: any TimeSource = SystemTimeSource(),
        random: any RandomSource = SystemRandomSource(),
        logger: Logger? = nil
    ) throws {
        self.service = service
        self.wireProtocol = wireProtocol
        self.endpoint = try EndpointResolver(environment: environment).resolve(service, region: region, endpoint: endpoint)
        self.credentials = credentials
        self.transport = transport
        self.retry = StandardRetryStrategy(
            configuration: retryConfiguration,
            bucket: retryBucket ?? RetryTokenBucket(initialTokens: retryConfiguration.initialTokens),
            random: random, timeSource: timeSource)
        self.timeSource = timeSource
        self.signingOptions = Self.signingOptions(for: service)
        self.logger = logger
    }

    /// Sends an operation against this client's endpoint; returns the 2xx response or throws
    /// `AWSServiceError` (service answer), `TransportError` (no answer), `SigV4Error` or a credentials error.
    public func send(_ operation: OperationRequest) async throws -> HTTPResponse {
        try await send(operation.httpRequest(endpoint: endpoint.url))
    }

    /// The signing rules of `service`: S3's own; `x-amz-content-sha256` also for OpenSearch Serverless,
    /// which requires it; the standard rules for every other service.
    public static func signingOptions(for service: AWSService) -> SigningOptions {
        switch service {
        case .s3: return .s3
        case .opensearchServerless: return SigningOptions(addContentSHA256Header: true)
        default: return .standard
        }
    }

    /// Sends a request whose URL is already absolute (S3 virtual-hosted URLs, presigned flows).
    /// `errorDecoder` turns a non-2xx answer into the error to throw (default: `AWSErrorDecoder` for
    /// this client's protocol), for services such as OpenSearch whose error documents are their own.
    public func send(
        _ request: HTTPRequest, payload: Payload? = nil,
        errorDecoder: (@Sendable (HTTPResponse) -> any Error)? = nil
    ) async throws -> HTTPResponse {
        var prepared = request
        prepared.headers.replaceOrAdd(name: "User-Agent", value: userAgent)
        let base = prepared
        let payload = payload ?? .data(request.body)
        let wireProtocol = self.wireProtocol
        return try await retry.execute { [self] attempt in
            let signed = try await sign(base, payload: payload)
            let started = timeSource.now()
            let response: HTTPResponse
            do {
                response = try await transport.send(signed)
            } catch {
                logger?.debug("aws request failed", metadata: metadata(signed, attempt: attempt, error: "\(error)"))
                throw error
            }
            if (200..<300).contains(response.status) {
                logger?.trace("aws request", metadata: metadata(signed, attempt: attempt, status: response.status, started: started))
                return response
            }
            let error = errorDecoder?(response) ?? AWSErrorDecoder.decode(response, protocol: wireProtocol)
            logger?.debug(
                "aws request answered with an error",
                metadata: metadata(signed, attempt: attempt, status: response.status, started: started, error: "\(error)"))
            throw error
        }
    }

    /// Adds the SigV4 headers for the current credentials and time.
    public func sign(_ request: HTTPRequest, payload: Payload? = nil) async throws -> HTTPRequest {
        let signer = SigV4Signer(
            credentials: try await credentials.credentials(), region: endpoint.signingRegion,
            service: endpoint.signingName, options: signingOptions)
        let signature = try signer.sign(
            method: request.method, url: request.url, headers: request.headers.fields,
            payload: payload ?? .data(request.body), date: timeSource.now())
        var signed = request
        for header in signature.headers { signed.headers.replaceOrAdd(name: header.name, value: header.value) }
        return signed
    }

    /// A presigned URL for `method` on `url`, valid for `expires` seconds (1 s to 7 days).
    public func presign(method: String, url: String, headers: HTTPHeaders = [:], expires: Int) async throws -> String {
        let signer = SigV4Signer(
            credentials: try await credentials.credentials(), region: endpoint.signingRegion,
            service: endpoint.signingName, options: signingOptions)
        return try signer.presign(
            method: method, url: url, headers: headers.fields, payload: service == .s3 ? .unsigned : .empty,
            expires: expires, date: timeSource.now()
        ).url
    }

    private func metadata(
        _ request: HTTPRequest, attempt: Int, status: Int? = nil, started: Date? = nil, error: String? = nil
    ) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "aws.service": "\(service.sdkId)", "http.method": "\(request.method)", "attempt": "\(attempt)",
        ]
        if let target = request.headers["X-Amz-Target"] { metadata["aws.operation"] = "\(target)" }
        if let status { metadata["http.status"] = "\(status)" }
        if let started { metadata["duration_ms"] = "\(Int(timeSource.now().timeIntervalSince(started) * 1000))" }
        if let error { metadata["error"] = "\(error)" }
        return metadata
    }
}
