import Foundation
import RawRuntimeAPI
#if canImport(Glibc)
import Glibc
#endif

/// The runtime API served by hand from one blocking thread over a raw socket, without the emulator: what is
/// left is the function's own share (parse the event, run the handler, send the response) plus two loopback
/// socket hops. Also reads the process's RSS from /proc, in kB.
enum DirectRuntimeAPI {
    struct Result {
        /// Exec (just before `Process.run`) to its first `GET /next` arriving, one per process.
        var coldStarts: [Double] = []
        /// From writing an event in answer to `GET /next` to having read the whole `POST …/response`.
        var turnarounds: [Double] = []
        /// VmRSS and VmHWM after the invocations, kB.
        var residentKB: Int?
        var peakKB: Int?
    }

    /// Starts `bootstrap` `starts` times; the last process also serves `count` invocations.
    static func run(_ function: BenchFunction, starts: Int, count: Int) async throws -> Result {
        try await onThread { () throws(RawRuntimeAPI.Failure) -> Result in
            var result = Result()
            for start in 0..<starts {
                try serve(function, count: start == starts - 1 ? count : 0, into: &result)
            }
            return result
        }
    }

    private static func serve(_ function: BenchFunction, count: Int, into result: inout Result) throws(RawRuntimeAPI.Failure) {
        let (listener, port) = try listen()
        defer { _ = close(listener) }
        let process = Process()
        process.executableURL = function.bootstrap
        process.currentDirectoryURL = function.bootstrap.deletingLastPathComponent()
        process.environment = [
            "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:\(port)",
            "AWS_LAMBDA_FUNCTION_NAME": function.name,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128",
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_REGION": "us-east-1",
            "LAMBDA_TASK_ROOT": function.bootstrap.deletingLastPathComponent().path,
            "_HANDLER": "bootstrap",
            "AWS_LAMBDA_LOG_FORMAT": "Text",
            "PATH": "/usr/bin:/bin",
        ]
        let started = ContinuousClock.now
        do { try process.run() } catch { throw RawRuntimeAPI.Failure(description: "could not start \(function.bootstrap.path)") }
        let accepted = accept(listener, nil, nil)
        guard accepted >= 0 else {
            kill(process.processIdentifier, SIGKILL)
            throw RawRuntimeAPI.Failure(description: "accept failed")
        }
        var connection = RawRuntimeAPI.Connection(descriptor: accepted)
        defer {  // stop the process first, so it does not see its connection close under it
            kill(process.processIdentifier, SIGKILL)
            connection.close()
        }
        var request = try connection.readResponse()
        result.coldStarts.append((ContinuousClock.now - started).milliseconds)
        let deadline = Int64(Date().timeIntervalSince1970 * 1000) + 600_000
        for index in 0..<(count + 1) {
            guard request.startLine.hasPrefix("GET ") else { throw RawRuntimeAPI.Failure(description: "expected GET /next, got \(request.startLine)") }
            let id = "bench-\(index)"
            let event = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nLambda-Runtime-Aws-Request-Id: \(id)\r\n"
                + "Lambda-Runtime-Deadline-Ms: \(deadline)\r\nLambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:000000000000:function:\(function.name)\r\n"
                + "Lambda-Runtime-Trace-Id: Root=1-00000000-000000000000000000000000;Sampled=0\r\nContent-Length: 2\r\n\r\n{}"
            let sent = ContinuousClock.now
            try connection.write(Array(event.utf8))
            let posted = try connection.readResponse()
            let turnaround = (ContinuousClock.now - sent).milliseconds
            guard posted.startLine.hasPrefix("POST "), posted.startLine.contains("/\(id)/response") else {
                throw RawRuntimeAPI.Failure(description: "expected POST …/\(id)/response, got \(posted.startLine)")
            }
            if index > 0 { result.turnarounds.append(turnaround) }  // the first is the cold invocation
            if index == count { break }
            try connection.write(Array("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n{\"status\":\"OK\"}".utf8))
            request = try connection.readResponse()
        }
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        result.residentKB = kilobytes("VmRSS:", in: status)
        result.peakKB = kilobytes("VmHWM:", in: status)
    }

    private static func kilobytes(_ field: String, in status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix(field) {
            return line.split(separator: " ").compactMap { Int($0) }.first
        }
        return nil
    }

    /// A listening IPv4 socket on 127.0.0.1 and a free port.
    private static func listen() throws(RawRuntimeAPI.Failure) -> (Int32, UInt16) {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw RawRuntimeAPI.Failure(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && Glibc.listen(listener, 4) == 0 && getsockname(listener, pointer, &length) == 0
            }
        }
        guard bound else { throw RawRuntimeAPI.Failure(description: "bind/listen failed") }
        return (listener, UInt16(bigEndian: address.sin_port))
    }
}
