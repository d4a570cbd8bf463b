#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization
@testable import AWSCore

/// A minimal in-process HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for transport tests.
/// Each connection gets one request and, depending on the handler, one raw response (then close) or silence.
final class URLSessionTestServer: Sendable {
    struct ReceivedRequest: Sendable {
        var method: String
        var target: String
        var headers: HTTPHeaders
        var body: Data
    }

    enum Reply: Sendable {
        /// Send these bytes and close.
        case raw(Data)
        /// Keep the connection open and never answer (closed when the server stops).
        case hang
    }

    private struct State {
        var requests: [ReceivedRequest] = []
        var openSockets: [Int32] = []
        var stopped = false
    }

    let port: Int
    private let listener: Int32
    private let accepting: Bool
    private let state = Mutex(State())

    /// Starts listening; with `accepting == false` nothing is ever accepted (the backlog just fills up).
    init(backlog: Int32 = 16, accepting: Bool = true, handler: @escaping @Sendable (ReceivedRequest) -> Reply) throws {
        let (fd, port) = try Self.listen(backlog: backlog)
        self.listener = fd
        self.port = port
        self.accepting = accepting
        guard accepting else { return }
        Thread.detachNewThread { [self] in acceptLoop(handler: handler) }
    }

    deinit { stop() }

    var requests: [ReceivedRequest] { state.withLock { $0.requests } }

    /// Closes every connection and stops listening. The accept thread closes the listener itself once
    /// `shutdown` wakes it, so the descriptor is never closed while another thread may still use it.
    func stop() {
        let sockets = state.withLock { state -> [Int32]? in
            guard !state.stopped else { return nil }
            state.stopped = true
            defer { state.openSockets = [] }
            return state.openSockets
        }
        guard let sockets else { return }
        for socket in sockets { _ = close(socket) }
        _ = shutdown(listener, Int32(SHUT_RDWR))
        if !accepting { _ = close(listener) }
    }

    /// A complete response with Content-Length and Connection: close; `headers` may repeat names.
    static func response(status: Int, reason: String, headers: [(String, String)] = [], body: String = "") -> Reply {
        var head = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n"
        return .raw(Data((head + body).utf8))
    }

    /// An address on which nothing listens: bind an ephemeral port, then close it.
    static func unusedPort() throws -> Int {
        let (fd, port) = try listen(backlog: 1)
        _ = close(fd)
        return port
    }

    /// Opens a non-blocking connection to `port` and keeps it (to fill a listener's backlog).
    func occupyBacklogSlot() {
        let fd = socket(AF_INET, Int32(Self.streamType), 0)
        guard fd >= 0 else { return }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        var address = Self.loopback(port: port)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        state.withLock { $0.openSockets.append(fd) }
    }

    // MARK: - Internals

    private func acceptLoop(handler: @escaping @Sendable (ReceivedRequest) -> Reply) {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR || errno == ECONNABORTED { continue }
                _ = close(listener)
                return
            }
            let keep = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.openSockets.append(client)
                return true
            }
            guard keep else {
                _ = close(client)
                _ = close(listener)
                return
            }
            Thread.detachNewThread { [self] in serve(client, handler: handler) }
        }
    }

    private func serve(_ client: Int32, handler: @Sendable (ReceivedRequest) -> Reply) {
        guard let request = Self.readRequest(client) else { return }
        state.withLock { $0.requests.append(request) }
        switch handler(request) {
        case .hang:
            return
        case .raw(let bytes):
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(client, buffer.baseAddress! + offset, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            let owned = state.withLock { state -> Bool in
                guard let index = state.openSockets.firstIndex(of: client) else { return false }
                state.openSockets.remove(at: index)
                return true
            }
            if owned { _ = close(client) }
        }
    }

    private static func readRequest(_ fd: Int32) -> ReceivedRequest? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let separator = Data("\r\n\r\n".utf8)
        while data.range(of: separator) == nil {
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[0..<count])
        }
        let headEnd = data.range(of: separator)!
        let head = String(decoding: data[..<headEnd.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.add(name: String(line[..<colon]), value: value)
        }
        var body = Data(data[headEnd.upperBound...])
        let length = Int(headers["Content-Length"] ?? "0") ?? 0
        while body.count < length {
            let count = read(fd, &buffer, min(buffer.count, length - body.count))
            guard count > 0 else { break }
            body.append(contentsOf: buffer[0..<count])
        }
        return ReceivedRequest(
            method: requestLine.first.map(String.init) ?? "",
            target: requestLine.dropFirst().first.map(String.init) ?? "",
            headers: headers, body: body)
    }

    #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
    #else
    private static let streamType = SOCK_STREAM
    #endif

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr = in_addr(s_addr: in_addr_t(UInt32(0x7F00_0001).bigEndian))
        return address
    }

    private struct SocketError: Error { let call: String; let code: Int32 }

    private static func listen(backlog: Int32) throws -> (Int32, Int) {
        let fd = socket(AF_INET, streamType, 0)
        guard fd >= 0 else { throw SocketError(call: "socket", code: errno) }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw SocketError(call: "bind", code: errno) }
        #if canImport(Glibc)
        guard Glibc.listen(fd, backlog) == 0 else { throw SocketError(call: "listen", code: errno) }
        #else
        guard Darwin.listen(fd, backlog) == 0 else { throw SocketError(call: "listen", code: errno) }
        #endif
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw SocketError(call: "getsockname", code: errno) }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }
}
