import AWSClients
import AWSCore
import Foundation

/// The AWS side of a local run: moto for the stateful services, the twin in front of it for the AI and media
/// services, and the template's tables, buckets, topics, queues and streams created in moto.
public struct LocalAWS: Sendable {
    /// How to start it.
    public struct Options: Sendable {
        /// The virtualenv's Python (with moto).
        public var python: URL
        /// `scripts/moto_server.py`.
        public var motoScript: URL
        public var host: String
        /// The twin's port; 0 picks a free one.
        public var port: Int
        /// Pinned answers and injected faults from the start (replaceable later at `/_mediagen/scenario`).
        public var scenario = TwinScenario()
        /// The ffmpeg MediaConvert transcodes and Rekognition analyses video with; nil writes placeholder media.
        public var ffmpeg: URL?

        /// - Parameter ffmpeg: by default the one ``FFmpegLocator`` finds (`MEDIAGEN_FFMPEG`, PATH, imageio-ffmpeg in the venv).
        public init(python: URL, motoScript: URL, host: String = "127.0.0.1", port: Int = 0, ffmpeg: URL? = FFmpegLocator.locate()) {
            self.python = python
            self.motoScript = motoScript
            self.host = host
            self.port = port
            self.ffmpeg = ffmpeg
        }
    }

    public let moto: MotoProcess
    public let twin: RunningTwinServer
    /// What was created in moto.
    public let provisioned: [LocalResourceProvisioner.Outcome]
    public let endpoint: String

    /// Starts moto and the twin and creates the template's resources.
    public static func start(_ options: Options, resolver: TemplateResolver) async throws -> LocalAWS {
        let moto = try await Task.detached { try MotoProcess(python: options.python, script: options.motoScript) }.value
        let motoConfiguration = AWSClientConfiguration(
            region: resolver.deployment.region,
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.connection.accessKeyId, secretAccessKey: moto.connection.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.connection.endpoint)
        let storage = S3TwinStorage(try S3Client(motoConfiguration))
        // Rekognition, the Personalize data planes and AppConfig Data; AppConfig configurations are read from
        // `.mediagen/appconfig/<application>/<environment>/<profile>.(json|yaml|txt)` under the working directory.
        let appConfigDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".mediagen/appconfig")
        try? FileManager.default.createDirectory(at: appConfigDirectory, withIntermediateDirectories: true)
        let motoFallback = TwinForwarder(target: URL(string: moto.connection.endpoint)!)
        let server = TwinServer(
            services: [TwinTranslate(), TwinBedrock(storage: storage, region: resolver.deployment.region), TwinTranscribe(storage: storage, region: resolver.deployment.region),
                       TwinPolly(storage: storage, region: resolver.deployment.region)]
                + [TwinMediaConvert(storage: storage, region: resolver.deployment.region, ffmpeg: options.ffmpeg), TwinMediaTailor(region: resolver.deployment.region)]
                + [TwinOpenSearch(directory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".mediagen/opensearch"))]
                + [TwinRekognition(storage: storage, fallback: motoFallback, ffmpeg: options.ffmpeg), TwinPersonalize(fallback: motoFallback), TwinAppConfigData(directory: appConfigDirectory, fallback: motoFallback)],
            verifier: TwinSignatureVerifier(secrets: [moto.connection.accessKeyId: moto.connection.secretAccessKey]),
            forwarder: TwinForwarder(target: URL(string: moto.connection.endpoint)!),
            scenarios: TwinScenarioBook(options.scenario), host: options.host, port: options.port)
        let twin: RunningTwinServer
        do {
            twin = try await server.start()
        } catch {
            moto.stop()
            throw error
        }
        let provisioned = await LocalResourceProvisioner(resolver: resolver, configuration: motoConfiguration).provision()
        return LocalAWS(moto: moto, twin: twin, provisioned: provisioned, endpoint: "http://\(options.host):\(twin.port)")
    }

    /// A client configuration as the functions have it: the twin as the endpoint, moto's key pair.
    public func clientConfiguration(region: String = "us-east-1") -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: region, credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.connection.accessKeyId, secretAccessKey: moto.connection.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: endpoint)
    }

    /// What the functions get: the twin as every service's endpoint and moto's key pair.
    public var environment: [String: String] {
        ["AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": moto.connection.accessKeyId, "AWS_SECRET_ACCESS_KEY": moto.connection.secretAccessKey]
    }

    public func stop() async {
        await twin.stop()
        moto.stop()
    }
}
