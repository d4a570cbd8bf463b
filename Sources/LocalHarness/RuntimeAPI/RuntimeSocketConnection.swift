import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One blocking HTTP/1.1 server connection of the runtime API: reads requests (`Content-Length` or chunked
/// bodies, keeping at most `bodyLimit` bytes) and writes responses. Runtime API traffic is a handful of small
/// messages on one kept-alive loopback connection per process, so a thread per connection and plain `recv`/`send`
/// are the fastest way to serve it.
struct RuntimeSocketConnection {
    /// A request read from the connection.
    struct Request {
        var method: String
        /// The path, without any query.
        var path: String
        /// Header fields with lower-cased names.
        var headers: [(name: String, value: String)]
        /// The body, or nil when it passed the limit.
        var body: [UInt8]?
        /// The body's size in bytes, kept or not.
        var bodySize: Int
        /// Whether the client asked to close the connection after this exchange.
        var closes: Bool

        func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }
    }

    /// Why a connection ends: the peer closed it, or it sent something that is not HTTP/1.1.
    struct Closed: Error {}

    let descriptor: Int32
    let bodyLimit: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where `recv` writes, reused for every read.
    private var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)

    init(descriptor: Int32, bodyLimit: Int) {
        self.descriptor = descriptor
        self.bodyLimit = bodyLimit
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Reads the next request.
    mutating func readRequest() throws(Closed) -> Request {
        let headEnd = try fill { buffer, from in Self.find(Self.crlfcrlf, in: buffer, from: from) }
        let head = String(decoding: buffer[start..<headEnd], as: UTF8.self)
        start = headEnd + 4
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { throw Closed() }
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        let target = requestLine[1]
        let path = String(target[..<(target.firstIndex(of: "?") ?? target.endIndex)])
        let connection = headers.first { $0.name == "connection" }?.value.lowercased()
        var request = Request(method: String(requestLine[0]), path: path, headers: headers, body: [], bodySize: 0,
                              closes: connection == "close" || (requestLine[2] == "HTTP/1.0" && connection != "keep-alive"))
        if headers.first(where: { $0.name == "expect" })?.value.lowercased() == "100-continue" {
            _ = send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        if headers.first(where: { $0.name == "transfer-encoding" })?.value.lowercased().contains("chunked") == true {
            try readChunked(into: &request)
        } else {
            guard let length = Int(headers.first { $0.name == "content-length" }?.value ?? "0"), length >= 0 else { throw Closed() }
            try readBody(length: length, into: &request)
        }
        compact()
        return request
    }

    /// Writes a response with `body`.
    func write(status: Int, reason: String, headers: [(String, String)], body: [UInt8]) -> Bool {
        var head = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        var bytes = Array(head.utf8)
        bytes.append(contentsOf: body)
        return send(bytes)
    }

    private func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            #if canImport(Glibc)
            let count = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            #else
            let count = bytes.withUnsafeBytes { Darwin.send(descriptor, $0.baseAddress! + sent, bytes.count - sent, 0) }
            #endif
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    private mutating func readBody(length: Int, into request: inout Request) throws(Closed) {
        request.bodySize = length
        var remaining = length
        var kept: [UInt8]? = length <= bodyLimit ? [] : nil
        kept?.reserveCapacity(length)
        while remaining > 0 {
            if start == buffer.count { try receive() }
            let take = min(remaining, buffer.count - start)
            kept?.append(contentsOf: buffer[start..<start + take])
            start += take
            remaining -= take
            compact()
        }
        request.body = kept
    }

    private mutating func readChunked(into request: inout Request) throws(Closed) {
        var kept: [UInt8]? = []
        var size = 0
        while true {
            let lineEnd = try fill { buffer, from in Self.find(Self.crlf, in: buffer, from: from) }
            let sizeText = String(decoding: buffer[start..<lineEnd], as: UTF8.self).split(separator: ";").first.map(String.init) ?? ""
            guard let chunk = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), chunk >= 0 else { throw Closed() }
            start = lineEnd + 2
            if chunk == 0 {
                // Trailers, if any, end with an empty line.
                while true {
                    let end = try fill { buffer, from in Self.find(Self.crlf, in: buffer, from: from) }
                    let empty = end == start
                    start = end + 2
                    if empty { break }
                }
                break
            }
            var part = Request(method: "", path: "", headers: [], body: nil, bodySize: 0, closes: false)
            try readBody(length: chunk, into: &part)
            size += chunk
            if size <= bodyLimit, let bytes = part.body { kept?.append(contentsOf: bytes) } else { kept = nil }
            let end = try fill { buffer, from in Self.find(Self.crlf, in: buffer, from: from) }
            start = end + 2
        }
        request.body = size <= bodyLimit ? kept : nil
        request.bodySize = size
    }

    /// Receives until `found` locates what it needs at or after `start`; returns its index.
    private mutating func fill(_ found: ([UInt8], Int) -> Int?) throws(Closed) -> Int {
        while true {
            if let index = found(buffer, start) { return index }
            try receive()
        }
    }

    private mutating func receive() throws(Closed) {
        while true {
            let count = readBuffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress!, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw Closed() }
            buffer.append(contentsOf: readBuffer[..<count])
            return
        }
    }

    private mutating func compact() {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 1 << 20 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    private static let crlfcrlf: [UInt8] = [13, 10, 13, 10]
    private static let crlf: [UInt8] = [13, 10]

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard haystack.count - from >= needle.count else { return nil }
        var index = from
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
