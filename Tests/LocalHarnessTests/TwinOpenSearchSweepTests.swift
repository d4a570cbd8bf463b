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
        let text: String
        do {
            text = try await TwinSweep.run(port: running.port, accessKey: moto.accessKeyId, secret: moto.secretAccessKey, only: ["opensearch"])
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
        #expect(text.contains("ok opensearch"), "\(text)")
    }
}
