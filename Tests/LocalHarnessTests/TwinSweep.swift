import Foundation
import TestSupport

/// Runs `scripts/twin_sweep/run.py`: boto3 calling every operation of the named twin services at `port`.
enum TwinSweep {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The sweep's output; throws with it when any service fails.
    static func run(port: Int, accessKey: String, secret: String, only services: [String], environment extra: [String: String] = [:]) async throws -> String {
        let python = RepositoryPaths.python
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw Failure(description: "no Python at \(python.path): run `make venv` (or `make test`) to create the project virtualenv")
        }
        let arguments = [RepositoryPaths.root.appendingPathComponent("scripts/twin_sweep/run.py").path, "--endpoint", "http://127.0.0.1:\(port)",
                         "--access-key", accessKey, "--secret-key", secret, "--only", services.joined(separator: ",")]
        // The script blocks until boto3 is done, and the twin it calls runs on the cooperative pool: wait on a
        // Dispatch thread, not on one of the pool's few.
        let (status, output) = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(Int32, String), any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    let process = Process()
                    process.executableURL = python
                    process.arguments = arguments
                    if !extra.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new } }
                    let pipe = Pipe()
                    process.standardOutput = pipe
                    process.standardError = pipe
                    try process.run()
                    let data = pipe.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
                })
            }
        }
        guard status == 0 else { throw Failure(description: "twin sweep exited \(status):\n\(output)") }
        return output
    }
}
