import Foundation

/// Runs one of the Python oracle scripts in the project virtualenv, feeding stdin and collecting stdout.
public enum PythonOracle {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `Tests/Support/<script>` with `input` on stdin; throws with stderr when it exits non-zero.
    public static func run(_ script: String, input: Data) throws -> Data {
        let python = RepositoryPaths.python
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw Failure(description: "no Python at \(python.path): run `make venv` (or `make test`) to create the project virtualenv")
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [RepositoryPaths.support(script).path]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes concurrently with writing, so a large output cannot deadlock the child.
        let outBox = DataBox(), errBox = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(stdout, outBox), (stderr, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(script) exited \(process.terminationStatus): \(String(decoding: errBox.get(), as: UTF8.self))")
        }
        return outBox.get()
    }
}

/// A lock-protected buffer for a pipe read on another queue.
final class DataBox: @unchecked Sendable {  // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
