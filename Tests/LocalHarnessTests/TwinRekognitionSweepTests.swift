import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// boto3 against the twin: `scripts/twin_sweep/run.py` calls every operation of Rekognition, Personalize Events,
/// Personalize Runtime and AppConfig Data served by the twin, with S3 forwarded to moto.
@Suite("Local twin: boto3 sweep of Rekognition, Personalize and AppConfig Data", .serialized, .motoServer)
struct TwinRekognitionSweepTests {
    @Test("run.py --only appconfigdata,personalize_events,personalize_runtime,rekognition exits 0 with one ok line per service")
    func sweep() async throws {
        let python = RepositoryPaths.python
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "no Python at \(python.path); set MEDIAGEN_PYTHON")
        let moto = try #require(MotoServer.current).connection
        var direct = TwinTests.configuration(port: 0, accessKey: moto.accessKeyId, secret: moto.secretAccessKey)
        direct.endpoint = moto.endpoint
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("twin-sweep-appconfig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let forwarder = TwinForwarder(target: URL(string: moto.endpoint)!)
        let server = TwinServer(
            services: [TwinRekognition(storage: S3TwinStorage(try S3Client(direct)), processingFor: 0.3, fallback: forwarder, ffmpeg: nil),
                       TwinPersonalize(fallback: forwarder), TwinAppConfigData(directory: directory, fallback: forwarder)],
            verifier: TwinSignatureVerifier(secrets: [moto.accessKeyId: moto.secretAccessKey]), forwarder: forwarder)
        let running = try await server.start()
        let log: String
        do {
            log = try await TwinSweep.run(port: running.port, accessKey: moto.accessKeyId, secret: moto.secretAccessKey,
                                          only: ["appconfigdata", "personalize_events", "personalize_runtime", "rekognition"],
                                          environment: ["TWIN_APPCONFIG_DIR": directory.path])
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
        for service in ["appconfigdata", "personalize_events", "personalize_runtime", "rekognition"] {
            #expect(log.contains("ok \(service) "), "\(log)")
        }
    }
}
