import Foundation

/// moto, started from the project's virtualenv by `scripts/moto_server.py` on a free loopback port with
/// signature verification on; it seeds one IAM key pair and reports it.
public final class MotoProcess: @unchecked Sendable {  // @unchecked: fields are set once in init, then only read.
    /// Where moto listens and the key it accepts.
    public struct Connection: Decodable, Sendable {
        public let endpoint: String
        public let accessKeyId: String
        public let secretAccessKey: String
    }

    /// Why moto did not start.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public let connection: Connection
    private let process: Process
    private let input: Pipe

    /// Starts `script` with `python` and waits for the address line.
    public init(python: URL, script: URL) throws {
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw Failure(description: "no Python at \(python.path): run `make venv` first (it installs moto)")
        }
        guard FileManager.default.fileExists(atPath: script.path) else { throw Failure(description: "no moto launcher at \(script.path)") }
        process = Process()
        process.executableURL = python
        process.arguments = [script.path]
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while true {
            let chunk = try output.fileHandleForReading.read(upToCount: 1) ?? Data()
            if chunk.isEmpty || chunk == Data("\n".utf8) { break }
            line.append(chunk)
        }
        guard let connection = try? JSONDecoder().decode(Connection.self, from: line) else {
            process.terminate()
            throw Failure(description: "moto did not start: got '\(String(decoding: line, as: UTF8.self))'")
        }
        self.connection = connection
    }

    /// Stops moto (it exits when its standard input closes) and waits for it.
    public func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
