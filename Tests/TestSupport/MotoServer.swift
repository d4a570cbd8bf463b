import Foundation

/// A moto server for integration tests, started by the test run itself on 127.0.0.1 with signature
/// verification on (INITIAL_NO_AUTH_ACTION_COUNT=0). It stops when `stop()` closes its standard input,
/// or when the test process exits and the pipe closes.
public final class MotoServer: @unchecked Sendable {  // @unchecked: fields are set once in init, then only read.
    public struct Connection: Decodable, Sendable {
        public let endpoint: String
        public let accessKeyId: String
        public let secretAccessKey: String
    }

    public let connection: Connection
    private let process: Process
    private let stdin: Pipe

    /// Starts `scripts/moto_server.py` in the project virtualenv and waits for its address.
    public init() throws {
        let python = RepositoryPaths.python
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw PythonOracle.Failure(description: "no Python at \(python.path): run `make venv` (or `make test`) first")
        }
        process = Process()
        process.executableURL = python
        process.arguments = [RepositoryPaths.root.appendingPathComponent("scripts/moto_server.py").path]
        stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while true {
            let chunk = try stdout.fileHandleForReading.read(upToCount: 1) ?? Data()
            if chunk.isEmpty || chunk == Data("\n".utf8) { break }
            line.append(chunk)
        }
        guard let connection = try? JSONDecoder().decode(Connection.self, from: line) else {
            process.terminate()
            throw PythonOracle.Failure(description: "moto did not start: got '\(String(decoding: line, as: UTF8.self))'")
        }
        self.connection = connection
    }

    /// Stops the server and waits for it to exit.
    public func stop() {
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit { if process.isRunning { process.terminate() } }
}
