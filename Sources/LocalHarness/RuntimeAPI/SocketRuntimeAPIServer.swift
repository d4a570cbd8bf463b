import Foundation
import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Lambda runtime API (`2018-06-01`) served from blocking threads over plain sockets: one listening port for
/// every function instance, told apart by the path prefix `/fn/<Function>/<instance>` (instance 0 may leave out
/// its number), or at the root path for a server given a single instance's directory.
///
/// Each runtime keeps one connection open and alternates `GET …/next` and `POST …/response`; a thread per
/// connection blocks in ``RuntimeMailbox/nextBlocking()`` and hands the result back to the waiting invoker
/// directly, with none of the event-loop and actor hops an async HTTP server adds to every exchange.
public final class SocketRuntimeAPIServer: @unchecked Sendable {  // @unchecked: `connections` and `stopped` are only touched under `lock`; the rest is immutable.
    /// Why the server could not start.
    public struct StartFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The bound port.
    public let port: Int
    private let listener: Int32
    private let registry: RuntimeMailboxRegistry
    private let lock = NSLock()
    private var connections: Set<Int32> = []
    private var stopped = false

    private init(port: Int, listener: Int32, registry: RuntimeMailboxRegistry) {
        self.port = port
        self.listener = listener
        self.registry = registry
    }

    /// Binds `host` (IPv4) on `port` (0: a free one) and starts accepting.
    public static func start(host: String, port: Int = 0, registry: RuntimeMailboxRegistry) throws(StartFailure) -> SocketRuntimeAPIServer {
        #if canImport(Glibc)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard listener >= 0 else { throw StartFailure(description: "socket() failed: errno \(errno)") }
        var one: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else {
            _ = close(listener)
            throw StartFailure(description: "not an IPv4 address: \(host)")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 128) == 0 else {
            let code = errno
            _ = close(listener)
            throw StartFailure(description: "cannot listen on \(host):\(port): errno \(code)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let server = SocketRuntimeAPIServer(port: Int(UInt16(bigEndian: actual.sin_port)), listener: listener, registry: registry)
        Thread.detachNewThread { server.acceptLoop() }
        return server
    }

    /// Stops accepting and closes every connection (threads waiting for an invocation end when its process exits).
    public func stop() {
        let open: Set<Int32> = lock.withLock {
            stopped = true
            return connections
        }
        _ = shutdown(listener, Int32(SHUT_RDWR))
        for descriptor in open { _ = shutdown(descriptor, Int32(SHUT_RDWR)) }
    }

    private func acceptLoop() {
        while true {
            let descriptor = accept(listener, nil, nil)
            if descriptor < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                break
            }
            let admitted = lock.withLock {
                if stopped { return false }
                connections.insert(descriptor)
                return true
            }
            guard admitted else {
                _ = close(descriptor)
                break
            }
            Thread.detachNewThread { self.serve(descriptor) }
        }
        _ = close(listener)
    }

    private func serve(_ descriptor: Int32) {
        var connection = RuntimeSocketConnection(descriptor: descriptor, bodyLimit: FunctionError.maximumPayloadSize)
        defer {
            lock.withLock { _ = connections.remove(descriptor) }
            _ = close(descriptor)
        }
        while let request = try? connection.readRequest() {
            guard respond(to: request, on: connection), !request.closes else { return }
        }
    }

    /// Answers one request; false when the connection broke.
    private func respond(to request: RuntimeSocketConnection.Request, on connection: RuntimeSocketConnection) -> Bool {
        guard let route = Route(path: request.path) else {
            return Self.error(connection, 404, "Not Found", errorType: "NotFound", message: "Not a runtime API path: \(request.path)")
        }
        guard let mailbox = registry.mailbox(function: route.function, instance: route.instance) else {
            return Self.error(connection, 404, "Not Found", errorType: "FunctionNotFound", message: "No such function instance")
        }
        switch (request.method, route.action) {
        case ("GET", .next):
            guard let invocation = mailbox.nextBlocking() else {
                return Self.error(connection, 410, "Gone", errorType: "ProcessExited", message: "The function process is shutting down")
            }
            return connection.write(status: 200, reason: "OK", headers: invocation.runtimeAPIHeaders, body: Array(invocation.payload.readableBytesView))
        case ("POST", .response(let id)):
            guard let body = request.body else {
                guard mailbox.complete(requestID: id, with: .functionError(.responseTooLarge(size: request.bodySize))) else { return Self.invalidRequestID(connection) }
                return Self.error(connection, 413, "Payload Too Large", errorType: "RequestEntityTooLarge", message: "Response payload exceeded the 6 MB limit")
            }
            return mailbox.complete(requestID: id, with: .success(ByteBuffer(bytes: body))) ? Self.accepted(connection) : Self.invalidRequestID(connection)
        case ("POST", .error(let id)):
            let error = request.body.map { FunctionError(errorType: Self.errorType(request, body: $0), body: ByteBuffer(bytes: $0)) }
                ?? .responseTooLarge(size: request.bodySize)
            guard mailbox.complete(requestID: id, with: .functionError(error)) else { return Self.invalidRequestID(connection) }
            return request.body == nil
                ? Self.error(connection, 413, "Payload Too Large", errorType: "RequestEntityTooLarge", message: "Error payload exceeded the 6 MB limit")
                : Self.accepted(connection)
        case ("POST", .initError):
            let body = request.body ?? Array(#"{"errorType":"Runtime.Unknown","errorMessage":"init error too large"}"#.utf8)
            mailbox.initFailed(FunctionError(errorType: Self.errorType(request, body: body), body: ByteBuffer(bytes: body)))
            return Self.accepted(connection)
        default:
            return Self.error(connection, 405, "Method Not Allowed", errorType: "MethodNotAllowed", message: "\(request.method) is not allowed on \(request.path)")
        }
    }

    /// The runtime API operation a path names.
    struct Route: Equatable {
        enum Action: Equatable {
            case next
            case response(String)
            case error(String)
            case initError
        }

        var function: String
        var instance: Int
        var action: Action

        /// `/fn/<F>/<n>/2018-06-01/runtime/…`, `/fn/<F>/2018-06-01/runtime/…` (instance 0) or `/2018-06-01/runtime/…`
        /// (the only instance of a dedicated server: function "" and instance 0).
        init?(path: String) {
            var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            function = ""
            instance = 0
            if parts.first == "fn" {
                guard parts.count > 2 else { return nil }
                function = parts[1]
                if let number = Int(parts[2]) {
                    instance = number
                    parts.removeFirst(3)
                } else {
                    parts.removeFirst(2)
                }
            }
            guard parts.count >= 4, parts[0] == "2018-06-01", parts[1] == "runtime" else { return nil }
            switch Array(parts.dropFirst(2)) {
            case ["invocation", "next"]: action = .next
            case let rest where rest.count == 3 && rest[0] == "invocation" && rest[2] == "response": action = .response(rest[1])
            case let rest where rest.count == 3 && rest[0] == "invocation" && rest[2] == "error": action = .error(rest[1])
            case ["init", "error"]: action = .initError
            default: return nil
            }
        }
    }

    /// The header's error type, else the body's `errorType`, else `Runtime.Unknown`.
    static func errorType(_ request: RuntimeSocketConnection.Request, body: [UInt8]) -> String {
        FunctionError.errorType(header: request.header("lambda-runtime-function-error-type"), body: Data(body))
    }

    private static func accepted(_ connection: RuntimeSocketConnection) -> Bool {
        connection.write(status: 202, reason: "Accepted", headers: [("Content-Type", "application/json")], body: Array(#"{"status":"OK"}"#.utf8))
    }

    private static func invalidRequestID(_ connection: RuntimeSocketConnection) -> Bool {
        error(connection, 400, "Bad Request", errorType: "InvalidRequestID", message: "Invalid request ID")
    }

    private static func error(_ connection: RuntimeSocketConnection, _ status: Int, _ reason: String, errorType: String, message: String) -> Bool {
        let document = ["errorMessage": message, "errorType": errorType]
        let body = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
        return connection.write(status: status, reason: reason, headers: [("Content-Type", "application/json")], body: Array(body))
    }
}
