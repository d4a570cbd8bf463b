#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking HTTP/1.1 client over one kept-alive TCP connection, made for the Lambda runtime API only:
/// plain HTTP, `Content-Length` bodies, no timeouts (GET /next may wait for hours). When the server has closed
/// the kept-alive connection, the request is sent once more on a new connection.
///
/// Not thread-safe: the runtime loop owns it and uses it from one task at a time.
final class RuntimeHTTPClient {
    let host: String
    let port: UInt16
    private let hostHeader: String
    private var socketDescriptor: Int32 = -1
    private var inbox: [UInt8] = []
    private var inboxStart = 0
    private var scratch = [UInt8](repeating: 0, count: 64 * 1024)
    /// How many TCP connections this client has opened (tests check keep-alive with it).
    private(set) var connectionsOpened = 0

    init(host: String, port: UInt16) {
        self.host = host
        self.port = port
        self.hostHeader = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    deinit { disconnect() }

    /// Sends `request` and waits for the whole response.
    func send(_ request: RuntimeHTTPRequest) throws(RuntimeHTTPError) -> RuntimeHTTPResponse {
        let bytes = request.serialized(hostHeader: hostHeader)
        let reused = socketDescriptor >= 0
        if !reused { try connect() }
        do {
            return try exchange(bytes)
        } catch where reused && error.isStaleConnection {
            disconnect()
            try connect()
            return try exchange(bytes)
        } catch {
            disconnect()
            throw error
        }
    }

    /// Closes the connection, if open.
    func disconnect() {
        if socketDescriptor >= 0 { _ = close(socketDescriptor) }
        socketDescriptor = -1
        inbox.removeAll(keepingCapacity: true)
        inboxStart = 0
    }

    private func exchange(_ bytes: [UInt8]) throws(RuntimeHTTPError) -> RuntimeHTTPResponse {
        try writeAll(bytes)
        let response = try readResponse()
        if response.header("connection")?.lowercased() == "close" { disconnect() }
        return response
    }

    // MARK: connection

    private func connect() throws(RuntimeHTTPError) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Darwin)
        hints.ai_socktype = SOCK_STREAM
        #else
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw RuntimeHTTPError.connectFailed.with(detail: "cannot resolve \(host)")
        }
        defer { freeaddrinfo(list) }
        var lastErrno: Int32 = 0
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let info = candidate {
            candidate = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            if fd < 0 { lastErrno = errno; continue }
            var one: Int32 = 1
            _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            #if canImport(Darwin)
            _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
            #endif
            var result: Int32
            repeat { result = socketConnect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) } while result < 0 && errno == EINTR
            if result == 0 {
                socketDescriptor = fd
                connectionsOpened += 1
                return
            }
            lastErrno = errno
            _ = close(fd)
        }
        throw RuntimeHTTPError.connectFailed.with(detail: "\(hostHeader): errno \(lastErrno)")
    }

    // MARK: I/O

    private func writeAll(_ bytes: [UInt8]) throws(RuntimeHTTPError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = sendBytes(socketDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw RuntimeHTTPError.writeFailed.with(detail: "errno \(failure)") }
    }

    /// Reads more bytes into the inbox; returns how many (0 at end of stream).
    private func fill() throws(RuntimeHTTPError) -> Int {
        while true {
            let count = scratch.withUnsafeMutableBytes { recv(socketDescriptor, $0.baseAddress, $0.count, 0) }
            acknowledgeQuickly()
            if count >= 0 {
                if count > 0 { inbox.append(contentsOf: scratch[0..<count]) }
                return count
            }
            if errno == EINTR { continue }
            if errno == ECONNRESET { return 0 }
            throw RuntimeHTTPError.readFailed.with(detail: "errno \(errno)")
        }
    }

    /// Asks Linux to acknowledge received data at once instead of delaying the ACK: a server that writes a
    /// response's head and body in two sends (without TCP_NODELAY) would otherwise wait ~40 ms for that ACK
    /// before sending the body (Nagle). The flag does not stick, so it is set again after every read.
    @inline(__always)
    private func acknowledgeQuickly() {
        #if os(Linux)
        var one: Int32 = 1
        _ = setsockopt(socketDescriptor, Int32(IPPROTO_TCP), Int32(TCP_QUICKACK), &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    private func headerEnd(from start: Int) -> Int? {
        var index = max(start, inboxStart)
        while index + 3 < inbox.count {
            if inbox[index] == 13, inbox[index + 1] == 10, inbox[index + 2] == 13, inbox[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }

    private func readResponse() throws(RuntimeHTTPError) -> RuntimeHTTPResponse {
        var scanned = inboxStart
        var end: Int
        while true {
            if let found = headerEnd(from: scanned) { end = found; break }
            scanned = max(inboxStart, inbox.count - 3)
            let hadBytes = inbox.count > inboxStart
            if try fill() == 0 { throw hadBytes ? RuntimeHTTPError.truncatedResponse : RuntimeHTTPError.connectionLost }
        }
        let head = String(decoding: inbox[inboxStart..<end], as: UTF8.self)
        let (status, headers) = try RuntimeHTTPResponse.parseHead(head)
        let bodyStart = end + 4
        var response = RuntimeHTTPResponse(status: status, headers: headers, body: [])
        if let encoding = response.header("transfer-encoding"), encoding.lowercased() != "identity" {
            throw RuntimeHTTPError.unsupportedResponse.with(detail: "transfer-encoding \(encoding)")
        }
        let length: Int
        if let value = response.header("content-length") {
            guard let parsed = Int(value), parsed >= 0 else { throw RuntimeHTTPError.malformedResponse.with(detail: "content-length \(value)") }
            length = parsed
        } else {
            length = 0
        }
        while inbox.count - bodyStart < length {
            if try fill() == 0 { throw RuntimeHTTPError.truncatedResponse }
        }
        response.body = Array(inbox[bodyStart..<(bodyStart + length)])
        inboxStart = bodyStart + length
        if inboxStart == inbox.count {
            inbox.removeAll(keepingCapacity: true)
            inboxStart = 0
        }
        return response
    }
}

@inline(__always)
private func socketConnect(_ fd: Int32, _ address: UnsafeMutablePointer<sockaddr>!, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}

@inline(__always)
private func sendBytes(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    return send(fd, pointer, count, 0)
    #else
    return send(fd, pointer, count, Int32(MSG_NOSIGNAL))
    #endif
}
