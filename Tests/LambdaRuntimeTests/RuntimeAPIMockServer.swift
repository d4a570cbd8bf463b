#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization
@testable import LambdaRuntime

/// A tiny runtime API on 127.0.0.1 (port 0), served from a background thread one connection at a time:
/// answers GET /next from a script, records every request, answers posts with 202.
final class RuntimeAPIMockServer: Sendable {
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Answer: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: [UInt8]
    }

    private struct State {
        var nextAnswers: [Answer] = []
        var requests: [Request] = []
        var connections = 0
        var responsesSent = 0
        /// Close the connection right after sending response number N (1-based).
        var closeAfterResponses: Set<Int> = []
        var liveConnection: Int32 = -1
        /// Send each response's head and body in two writes (as servers without TCP_NODELAY often do).
        var splitWrites = false
        var stopped = false
    }

    let port: UInt16
    let pathPrefix: String
    private let listener: Int32
    private let state = Mutex(State())

    init(pathPrefix: String = "") throws {
        self.pathPrefix = pathPrefix
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else { close(fd); throw RuntimeHTTPError.connectFailed }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in self.acceptLoop() }
        thread.start()
    }

    /// `AWS_LAMBDA_RUNTIME_API` for this server.
    var runtimeAPI: String { "127.0.0.1:\(port)\(pathPrefix)" }
    var endpoint: RuntimeAPIEndpoint { RuntimeAPIEndpoint(host: "127.0.0.1", port: port, pathPrefix: pathPrefix) }

    func enqueue(_ invocation: LambdaInvocation, deadlineMs: Int64 = 1_700_000_000_000) {
        var headers = [
            ("Lambda-Runtime-Aws-Request-Id", invocation.requestId),
            ("Lambda-Runtime-Deadline-Ms", String(invocation.deadlineMs == 0 ? deadlineMs : invocation.deadlineMs)),
            ("Lambda-Runtime-Invoked-Function-Arn", invocation.invokedFunctionARN),
            ("Content-Type", "application/json"),
        ]
        if let trace = invocation.traceId { headers.append(("Lambda-Runtime-Trace-Id", trace)) }
        if let client = invocation.clientContext { headers.append(("Lambda-Runtime-Client-Context", client)) }
        if let cognito = invocation.cognitoIdentity { headers.append(("Lambda-Runtime-Cognito-Identity", cognito)) }
        enqueue(Answer(status: 200, headers: headers, body: [UInt8](invocation.event)))
    }

    func enqueue(_ answer: Answer) { state.withLock { $0.nextAnswers.append(answer) } }
    func splitResponseWrites() { state.withLock { $0.splitWrites = true } }
    func closeAfterResponse(_ number: Int) { _ = state.withLock { $0.closeAfterResponses.insert(number) } }

    var requests: [Request] { state.withLock { $0.requests } }
    var posts: [Request] { requests.filter { $0.method == "POST" } }
    var connections: Int { state.withLock { $0.connections } }

    /// Stops serving. Descriptors are only shut down here; the serving thread closes them itself, so a
    /// descriptor number reused by another test's socket is never touched.
    func stop() {
        state.withLock { state in
            guard !state.stopped else { return }
            state.stopped = true
            if state.liveConnection >= 0 { shutdown(state.liveConnection, Int32(SHUT_RDWR)) }
            shutdown(listener, Int32(SHUT_RDWR))
        }
    }


    // MARK: serving

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                close(listener)
                return
            }
            let stopped = state.withLock { state -> Bool in
                state.connections += 1
                state.liveConnection = connection
                return state.stopped
            }
            if stopped {
                close(connection)
                close(listener)
                return
            }
            serve(connection)
            state.withLock { state in
                state.liveConnection = -1
                close(connection)
            }
        }
    }

    private func serve(_ connection: Int32) {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        func fill() -> Bool {
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
        while true {
            var headEnd: Int?
            while headEnd == nil {
                headEnd = Self.find([13, 10, 13, 10], in: buffer)
                if headEnd == nil, !fill() { return }
            }
            let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
            let lines = head.components(separatedBy: "\r\n")
            let requestLine = lines[0].split(separator: " ")
            var headers: [String: String] = [:]
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let length = Int(headers["content-length"] ?? "0") ?? 0
            let bodyStart = headEnd! + 4
            while buffer.count < bodyStart + length { if !fill() { return } }
            let request = Request(
                method: String(requestLine[0]), path: String(requestLine[1]), headers: headers,
                body: Array(buffer[bodyStart..<(bodyStart + length)]))
            buffer.removeFirst(bodyStart + length)
            let (answer, close, split) = state.withLock { state -> (Answer, Bool, Bool) in
                state.requests.append(request)
                let answer: Answer
                if request.method == "GET", request.path == pathPrefix + "/2018-06-01/runtime/invocation/next" {
                    answer = state.nextAnswers.isEmpty
                        ? Answer(status: 500, headers: [], body: Array("{\"errorMessage\":\"no more invocations\"}".utf8))
                        : state.nextAnswers.removeFirst()
                } else if request.method == "POST", request.path.hasPrefix(pathPrefix + "/2018-06-01/runtime/") {
                    answer = Answer(status: 202, headers: [], body: Array("{\"status\":\"OK\"}".utf8))
                } else {
                    answer = Answer(status: 404, headers: [], body: Array("{\"errorMessage\":\"not found\"}".utf8))
                }
                state.responsesSent += 1
                return (answer, state.closeAfterResponses.contains(state.responsesSent), state.splitWrites)
            }
            var text = "HTTP/1.1 \(answer.status) X\r\nContent-Length: \(answer.body.count)\r\n"
            for (name, value) in answer.headers { text += "\(name): \(value)\r\n" }
            let headBytes = Array((text + "\r\n").utf8)
            let writes = split ? [headBytes, answer.body] : [headBytes + answer.body]
            for bytes in writes {
                var offset = 0
                while offset < bytes.count {
                    let sent = bytes[offset...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                    if sent <= 0 { return }
                    offset += sent
                }
            }
            if close { return }
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

/// Records what the loop passes to `exit`.
final class ExitRecorder: Sendable {
    private let codes = Mutex<[Int32]>([])
    var recorded: [Int32] { codes.withLock { $0 } }
    var function: @Sendable (Int32) -> Void { { [self] code in codes.withLock { $0.append(code) } } }
}
