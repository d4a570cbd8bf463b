// The smallest Lambda runtime API loop the baselines use: Glibc only (no Foundation), one kept-alive TCP
// connection, GET /next, then POST /response with a fixed body. It reads `AWS_LAMBDA_RUNTIME_API` itself, so a
// baseline binary's start-up cost is that of the libraries it links and nothing of ours.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A by-hand runtime API client for the cold-start baselines.
public enum RawRuntimeAPI {
    /// The failure of a baseline: printed, then the process exits with status 1.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// Answers every invocation with `response` until the connection fails.
    public static func serve(response: String = "{}") throws(Failure) -> Never {
        guard let variable = getenv("AWS_LAMBDA_RUNTIME_API") else { throw Failure(description: "AWS_LAMBDA_RUNTIME_API is not set") }
        let api = String(cString: variable)
        // host:port/prefix (the emulator puts a per-function path prefix after the port).
        let slash = api.firstIndex(of: "/") ?? api.endIndex
        let hostPort = api[..<slash]
        let prefix = String(api[slash...])
        guard let colon = hostPort.lastIndex(of: ":"), let port = UInt16(hostPort[hostPort.index(after: colon)...]) else {
            throw Failure(description: "bad AWS_LAMBDA_RUNTIME_API: \(api)")
        }
        var connection = try Connection(host: String(hostPort[..<colon]), port: port)
        let host = String(hostPort)
        let next = Array("GET \(prefix)/2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: \(host)\r\n\r\n".utf8)
        let body = Array(response.utf8)
        while true {
            try connection.write(next)
            let invocation = try connection.readResponse()
            guard let requestID = invocation.header("lambda-runtime-aws-request-id") else {
                throw Failure(description: "no request id in /next (status \(invocation.status))")
            }
            let post = "POST \(prefix)/2018-06-01/runtime/invocation/\(requestID)/response HTTP/1.1\r\nHost: \(host)\r\nContent-Length: \(body.count)\r\n\r\n"
            try connection.write(Array(post.utf8) + body)
            _ = try connection.readResponse()
        }
    }

    /// One HTTP message read from a connection: the start line's second word as `status` (a response's status
    /// code; 0 for a request), lower-cased headers, body.
    public struct Response {
        public var startLine: String
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        public func header(_ name: String) -> String? { headers.first { $0.0 == name }?.1 }
    }

    /// A blocking TCP connection with a read buffer (also used by the runtime benchmark as client and server).
    public struct Connection {
        public let descriptor: Int32
        var buffer: [UInt8] = []

        /// Wraps an accepted socket.
        public init(descriptor: Int32) {
            self.descriptor = descriptor
            var one: Int32 = 1
            setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        }

        /// Connects to `host` (IPv4) on `port`.
        public init(host: String, port: UInt16) throws(Failure) {
            #if canImport(Glibc)
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
            descriptor = socket(AF_INET, SOCK_STREAM, 0)
            #endif
            guard descriptor >= 0 else { throw Failure(description: "socket failed") }
            var one: Int32 = 1
            setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else {
                throw Failure(description: "not an IPv4 address: \(host)")
            }
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw Failure(description: "connect to \(host):\(port) failed: errno \(errno)") }
        }

        /// Closes the socket.
        public func close() {
            #if canImport(Glibc)
            _ = Glibc.close(descriptor)
            #else
            _ = Darwin.close(descriptor)
            #endif
        }

        /// Sends all of `bytes`.
        public func write(_ bytes: [UInt8]) throws(Failure) {
            var sent = 0
            while sent < bytes.count {
                let count = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress! + sent, bytes.count - sent, 0) }
                guard count > 0 else { throw Failure(description: "send failed: errno \(errno)") }
                sent += count
            }
        }

        /// Reads one message (start line, headers, `Content-Length` body).
        public mutating func readResponse() throws(Failure) -> Response {
            var headerEnd = try fill { Self.find([13, 10, 13, 10], in: $0) }
            let head = String(decoding: buffer[..<headerEnd], as: UTF8.self)
            headerEnd += 4
            var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
            let startLine = String(lines.removeFirst())
            let statusLine = startLine.split(separator: " ")
            let status = statusLine.count > 1 ? Int(statusLine[1]) ?? 0 : 0
            var headers: [(String, String)] = []
            for line in lines {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let value = line[line.index(after: colon)...].drop { $0 == " " }
                headers.append((line[..<colon].lowercased(), String(value)))
            }
            let length = Int(headers.first { $0.0 == "content-length" }?.1 ?? "0") ?? 0
            let total = headerEnd + length
            _ = try fill { $0.count >= total ? total : nil }
            let body = Array(buffer[headerEnd..<total])
            buffer.removeFirst(total)
            return Response(startLine: startLine, status: status, headers: headers, body: body)
        }

        /// Reads until `done` finds what it needs in the buffer.
        private mutating func fill(until done: ([UInt8]) -> Int?) throws(Failure) -> Int {
            var chunk = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                if let found = done(buffer) { return found }
                let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress!, $0.count, 0) }
                guard count > 0 else { throw Failure(description: "connection closed") }
                buffer.append(contentsOf: chunk[..<count])
            }
        }

        private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
            guard haystack.count >= needle.count else { return nil }
            for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                if Array(haystack[start..<start + needle.count]) == needle { return start }
            }
            return nil
        }
    }
}
