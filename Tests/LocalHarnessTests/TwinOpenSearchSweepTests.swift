import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// opensearch-py (a client we did not write) against the twin: `scripts/twin_sweep/run.py --only opensearch`
/// signs every request as `es` and `aoss` and checks each parsed answer.
@Suite("Local twin: OpenSearch under opensearch-py", .serialized, .motoServer)
struct TwinOpenSearchSweepTests {
    @Test("the opensearch sweep calls every endpoint the twin serves and exits 0")
    func sweep() async throws {
        let moto = try #require(MotoServer.current).connection
        let server = TwinServer(
            services: [TwinOpenSearch()],
            verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret, moto.accessKeyId: moto.secretAccessKey]),
            forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        let process = Process()
        process.executableURL = RepositoryPaths.python
        process.arguments = [
            RepositoryPaths.root.appendingPathComponent("scripts/twin_sweep/run.py").path,
            "--endpoint", "http://127.0.0.1:\(running.port)", "--access-key", moto.accessKeyId, "--secret-key", moto.secretAccessKey,
            "--only", "opensearch",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do { try process.run() } catch {
            await running.stop()
            throw error
        }
        let text = await Task.detached { String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }.value
        process.waitUntilExit()
        await running.stop()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("ok opensearch"), "\(text)")
    }
}
