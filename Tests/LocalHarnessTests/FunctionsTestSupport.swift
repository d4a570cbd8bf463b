import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NIOCore
import TestSupport
@testable import LocalHarness

/// The `mediagen-test-bootstrap` fixture built next to the test bundle (`swift build --build-tests`).
enum TestBootstrap {
    static let url: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            RepositoryPaths.root.appendingPathComponent(".build/debug"),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("mediagen-test-bootstrap")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return RepositoryPaths.root.appendingPathComponent(".build/debug/mediagen-test-bootstrap")
    }()

    static func function(
        _ name: String = "Echo",
        timeout: Duration = .seconds(3),
        environment: [String: String] = [:],
        concurrency: Int = 4
    ) -> FunctionConfiguration {
        FunctionConfiguration(name: name, bootstrap: url, environment: environment, timeout: timeout, maximumConcurrency: concurrency)
    }
}

/// A started Lambda server with some functions; stopped by ``stop()``.
struct TestHarness {
    let lambda: LocalLambda
    let server: RunningLambdaServer
    let lines: LineCollector

    static func start(_ functions: [FunctionConfiguration]) async throws -> TestHarness {
        let lines = LineCollector()
        let lambda = LocalLambda(log: { lines.append($0) })
        for function in functions { await lambda.register(function) }
        let server = try await LambdaServer(lambda: lambda).start()
        return TestHarness(lambda: lambda, server: server, lines: lines)
    }

    func stop() async { await server.stop() }

    /// Runs `body` against a started harness and stops it afterwards, also when `body` throws.
    static func with(_ functions: [FunctionConfiguration], _ body: (TestHarness) async throws -> Void) async throws {
        let harness = try await start(functions)
        do {
            try await body(harness)
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }

    /// Invokes through `LocalLambda` with a JSON event.
    func invoke(_ event: String, function name: String = "Echo") async throws -> LocalLambda.Outcome {
        try await lambda.invoke(name: name, payload: ByteBuffer(string: event))
    }

    /// Sends one HTTP request to the server.
    func http(_ method: String, _ path: String, headers: [String: String] = [:], body: Data? = nil) async throws -> (HTTPURLResponse, Data) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(server.port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return (response as! HTTPURLResponse, data)
    }
}

/// Collects log lines from the emulator.
final class LineCollector: @unchecked Sendable {  // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}

extension InvocationResult {
    var text: String { String(buffer: body) }
    var error: FunctionError? {
        if case .functionError(let error) = self { return error }
        return nil
    }
}
