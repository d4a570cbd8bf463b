import Foundation
import LocalHarness
import Logging
import NIOCore

/// A started emulator (LocalLambda + LambdaServer on 127.0.0.1, port 0) with some functions registered.
struct Harness {
    let lambda: LocalLambda
    let server: RunningLambdaServer

    static func start(_ functions: [FunctionConfiguration]) async throws -> Harness {
        let lambda = LocalLambda()
        for function in functions { await lambda.register(function) }
        var logger = Logger(label: "runtime-bench")
        logger.logLevel = .warning
        let server = try await LambdaServer(lambda: lambda, logger: logger).start()
        return Harness(lambda: lambda, server: server)
    }

    func stop() async { await server.stop() }

    /// One RequestResponse invocation through `LocalLambda` (no HTTP in front); fails on a function error.
    func invoke(_ name: String, payload: String = "{}") async throws -> LocalLambda.Outcome {
        let outcome = try await lambda.invoke(name: name, payload: ByteBuffer(string: payload))
        guard case .success? = outcome.result else {
            throw BenchFailure(description: "\(name) failed: \(outcome.result.map { String(buffer: $0.body) } ?? "no result")")
        }
        return outcome
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
}

/// A bench function: its bootstrap, staged by `make bench-runtime` as `<folder>/<name>/bootstrap`.
struct BenchFunction {
    let name: String
    let bootstrap: URL

    var configuration: FunctionConfiguration {
        FunctionConfiguration(name: name, bootstrap: bootstrap, timeout: .seconds(10), maximumConcurrency: 1)
    }
}
