import AWSCore
import Foundation
import Logging
import NIOCore

/// mediagen-local's running platform: every function of the template under the Lambda emulator (runtime
/// API + Invoke API on one port) and the HTTP API gateway (on another) trusting the local signing key.
public struct LocalPlatform: Sendable {
    /// How to start it.
    public struct Options: Sendable {
        public var host: String
        /// The gateway port; 0 picks a free one.
        public var apiPort: Int
        /// The Lambda emulator port (runtime API and Invoke API); 0 picks a free one.
        public var lambdaPort: Int
        /// Instances per function.
        public var concurrency: Int
        /// `AWS_LAMBDA_LOG_FORMAT` for every function.
        public var logFormat: String
        /// Where function processes write their logs.
        public var output: FunctionLogDestination
        /// Variables every function gets after its own (credentials, `AWS_ENDPOINT_URL`).
        public var sharedEnvironment: [String: String]
        /// The folder DefinitionUri paths are relative to (the template's); no state machines when nil.
        public var templateDirectory: URL?
        /// The clock of executions: real, or one that skips Wait states and retry back-offs.
        public var statesClock: any StatesClock
        /// Receives every execution's history events as they happen.
        public var executionObserver: @Sendable (String, ExecutionEvent) -> Void
        /// moto and the twin to start and hand the functions as their AWS; none when nil.
        public var aws: LocalAWS.Options?

        public init(
            host: String = "127.0.0.1", apiPort: Int = 0, lambdaPort: Int = 0, concurrency: Int = 4,
            logFormat: String = "Text", output: FunctionLogDestination = .inherit, sharedEnvironment: [String: String] = [:],
            templateDirectory: URL? = nil, statesClock: any StatesClock = SystemStatesClock(),
            executionObserver: @escaping @Sendable (String, ExecutionEvent) -> Void = { _, _ in },
            aws: LocalAWS.Options? = nil
        ) {
            self.aws = aws
            self.templateDirectory = templateDirectory
            self.statesClock = statesClock
            self.executionObserver = executionObserver
            self.host = host
            self.apiPort = apiPort
            self.lambdaPort = lambdaPort
            self.concurrency = concurrency
            self.logFormat = logFormat
            self.output = output
            self.sharedEnvironment = sharedEnvironment
        }
    }

    public let application: LocalApplication
    public let lambda: LocalLambda
    public let lambdaServer: RunningLambdaServer
    public let gatewayServer: RunningGatewayServer
    /// The state machines and their executions (none without a template directory).
    public let stepFunctions: LocalStepFunctions
    /// moto and the twin, when started.
    public let aws: LocalAWS?

    /// Registers `functions` (all of the template's when nil), then starts the emulator and the gateway.
    public static func start(
        application: LocalApplication, locator: BootstrapLocator, signingKey: LocalSigningKey,
        options: Options = Options(), functions: [String]? = nil, log: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> LocalPlatform {
        let lambda = LocalLambda(region: application.resolver.deployment.region, log: log)
        let selected = try functions.map { names in
            try names.map { name in
                guard let function = application.function(named: name) else {
                    throw PlatformError.unknownFunction(
                        "no function \(name) in the template; it has \(application.functions.map(\.logicalId).joined(separator: ", "))")
                }
                return function
            }
        } ?? application.functions
        var bootstraps: [String: URL] = [:]
        for function in selected { bootstraps[function.logicalId] = try locator.bootstrap(for: function) }
        let machines = try options.templateDirectory.map { try application.stateMachines(templateDirectory: $0) } ?? []
        let integrations = ServiceIntegrations()
        let stepFunctions = try LocalStepFunctions(
            machines: machines, executor: LocalTaskExecutor(lambda: lambda, integrations: integrations), clock: options.statesClock,
            region: application.resolver.deployment.region, account: application.resolver.deployment.accountId,
            observer: options.executionObserver)
        var aws: LocalAWS?
        if let awsOptions = options.aws { aws = try await LocalAWS.start(awsOptions, resolver: application.resolver) }
        let lambdaServer: RunningLambdaServer
        do {
            lambdaServer = try await LambdaServer(lambda: lambda, host: options.host, port: options.lambdaPort, stepFunctions: stepFunctions).start()
        } catch {
            await aws?.stop()
            throw error
        }
        var shared = options.sharedEnvironment
        if let aws { shared.merge(aws.environment) { _, twin in twin } }
        // Functions that invoke functions or start executions reach the local Lambda and Step Functions.
        let local = "http://\(options.host):\(lambdaServer.port)"
        if shared["AWS_ENDPOINT_URL_SFN"] == nil { shared["AWS_ENDPOINT_URL_SFN"] = local }
        if shared["AWS_ENDPOINT_URL_LAMBDA"] == nil { shared["AWS_ENDPOINT_URL_LAMBDA"] = local }
        // Service-integration Task states call AWS as the functions do: same credentials, same endpoints.
        integrations.configure(Self.integrationConfiguration(shared, region: application.resolver.deployment.region))
        for function in selected {
            var configuration = FunctionConfiguration(
                name: function.logicalId, bootstrap: bootstraps[function.logicalId]!,
                environment: function.environment, credentials: shared,
                timeout: .seconds(function.timeoutSeconds), memorySize: function.memorySize, handler: function.handler,
                logFormat: options.logFormat, maximumConcurrency: options.concurrency)
            configuration.logDestination = options.output
            await lambda.register(configuration)
        }
        let gateway = LocalGateway(
            routes: application.routes.filter { route in selected.contains { $0.logicalId == route.function } },
            authorizer: try application.authorizer.map { settings in
                JWTAuthorizer(configuration: JWTAuthorizerConfiguration(
                    issuer: settings.issuer, audiences: settings.audiences, keySet: try signingKey.keySet()))
            },
            cors: application.cors,
            invoke: { name, payload in
                guard let outcome = try? await lambda.invoke(name: name, payload: ByteBuffer(bytes: payload)),
                      case .success(let body)? = outcome.result else { return .failure }
                return .success(Data(body.readableBytesView))
            })
        let gatewayServer: RunningGatewayServer
        do {
            gatewayServer = try await GatewayServer(gateway: gateway, host: options.host, port: options.apiPort).start()
        } catch {
            await lambdaServer.stop()
            await aws?.stop()
            throw error
        }
        return LocalPlatform(
            application: application, lambda: lambda, lambdaServer: lambdaServer, gatewayServer: gatewayServer, stepFunctions: stepFunctions,
            aws: aws)
    }

    /// The AWS configuration of service-integration tasks: the shared credentials (local placeholders when
    /// absent) and the shared `AWS_ENDPOINT_URL[_<SERVICE>]` variables.
    static func integrationConfiguration(_ shared: [String: String], region: String) -> AWSClientConfiguration {
        let credentials = Credentials(
            accessKeyId: shared["AWS_ACCESS_KEY_ID"] ?? "AKIAMEDIAGENLOCAL000",
            secretAccessKey: shared["AWS_SECRET_ACCESS_KEY"] ?? "mediagen-local-secret-access-key",
            sessionToken: shared["AWS_SESSION_TOKEN"])
        return AWSClientConfiguration(
            region: region, credentials: StaticCredentialProvider(credentials), transport: URLSessionTransport(),
            environment: shared.filter { $0.key.hasPrefix("AWS_ENDPOINT_URL") })
    }

    /// Stops the gateway, every function process and the emulator.
    public func stop() async {
        await gatewayServer.stop()
        await lambdaServer.stop()
        await aws?.stop()
    }

    /// Mints a token the gateway accepts: the template's issuer and first audience, signed by `signingKey`.
    public static func mintToken(
        application: LocalApplication, signingKey: LocalSigningKey, request: TokenRequest, now: Date = Date()
    ) throws -> String {
        guard let authorizer = application.authorizer else {
            throw PlatformError.noAuthorizer("the template's HTTP API has no JWT authorizer, so no route needs a token")
        }
        var request = request
        request.issuer = authorizer.issuer
        request.audience = authorizer.audiences[0]
        return try signingKey.mintToken(request, now: now)
    }
}
