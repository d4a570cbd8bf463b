import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Logging
import NIOCore
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import LocalHarness

/// A directory with fixed mailboxes for function "F".
struct FixedDirectory: RuntimeMailboxDirectory {
    let mailboxes: [RuntimeMailbox]
    func mailbox(function: String, instance: Int) async -> RuntimeMailbox? {
        function == "F" && mailboxes.indices.contains(instance) ? mailboxes[instance] : nil
    }
}

/// The two servers of the runtime API: Hummingbird routes (for runtimes started by hand on the emulator's port)
/// and the socket server the emulator points its own processes at.
enum RuntimeAPIServerKind: String, CaseIterable, CustomTestStringConvertible {
    case hummingbird, socket
    var testDescription: String { rawValue }
}

@Suite("Runtime API server", .serialized)
struct RuntimeAPITests {
    let base = "/fn/F/0/2018-06-01/runtime"

    func withServer(_ kind: RuntimeAPIServerKind, _ mailboxes: [RuntimeMailbox], _ body: (Int) async throws -> Void) async throws {
        if kind == .socket {
            let registry = RuntimeMailboxRegistry()
            for (instance, mailbox) in mailboxes.enumerated() { registry.set(mailbox, function: "F", instance: instance) }
            let server = try SocketRuntimeAPIServer.start(host: "127.0.0.1", registry: registry)
            defer { server.stop() }
            try await body(server.port)
            return
        }
        let router = Router()
        RuntimeAPIRoutes.add(to: router, directory: FixedDirectory(mailboxes: mailboxes))
        let (port, task, group) = try await LambdaServer.serve(router.buildResponder(), host: "127.0.0.1", port: 0, logger: Logger(label: "test"))
        do { try await body(port) } catch {
            await group.triggerGracefulShutdown()
            _ = try? await task.value
            throw error
        }
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }

    func send(_ port: Int, _ method: String, _ path: String, headers: [String: String] = [:], body: Data? = nil) async throws -> (HTTPURLResponse, Data) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return (response as! HTTPURLResponse, data)
    }

    @Test("next hands out the queued invocation with Lambda's headers, and a response completes it with 202", arguments: RuntimeAPIServerKind.allCases)
    func nextAndResponse(kind: RuntimeAPIServerKind) async throws {
        let mailbox = RuntimeMailbox()
        try await withServer(kind, [mailbox]) { port in
            let invocation = Invocation(
                requestID: "req-1", payload: ByteBuffer(string: #"{"a":1}"#),
                deadline: Date(timeIntervalSince1970: 2_000_000_000), invokedFunctionARN: "arn:aws:lambda:us-east-1:000000000000:function:F",
                traceID: "Root=1-abc", clientContext: "Y3R4", cognitoIdentity: #"{"id":"x"}"#
            )
            let running = Task { await mailbox.run(invocation, timeout: .seconds(5)) }
            let (next, event) = try await send(port, "GET", "\(base)/invocation/next")
            #expect(next.statusCode == 200)
            #expect(String(decoding: event, as: UTF8.self) == #"{"a":1}"#)
            #expect(next.value(forHTTPHeaderField: "Lambda-Runtime-Aws-Request-Id") == "req-1")
            #expect(next.value(forHTTPHeaderField: "Lambda-Runtime-Deadline-Ms") == "2000000000000")
            #expect(next.value(forHTTPHeaderField: "Lambda-Runtime-Invoked-Function-Arn") == invocation.invokedFunctionARN)
            #expect(next.value(forHTTPHeaderField: "Lambda-Runtime-Trace-Id") == "Root=1-abc")
            #expect(next.value(forHTTPHeaderField: "Lambda-Runtime-Client-Context") == "Y3R4")
            #expect(next.value(forHTTPHeaderField: "Lambda-Runtime-Cognito-Identity") == #"{"id":"x"}"#)
            let (unknown, unknownBody) = try await send(port, "POST", "\(base)/invocation/nope/response", body: Data("x".utf8))
            #expect(unknown.statusCode == 400)
            #expect(String(decoding: unknownBody, as: UTF8.self).contains("InvalidRequestID"))
            let (accepted, _) = try await send(port, "POST", "\(base)/invocation/req-1/response", body: Data("done".utf8))
            #expect(accepted.statusCode == 202)
            guard case .finished(.success(let body)) = await running.value else {
                Issue.record("not completed with success")
                return
            }
            #expect(String(buffer: body) == "done")
        }
    }

    @Test("an error post completes the invocation with the Lambda-Runtime-Function-Error-Type and body", arguments: RuntimeAPIServerKind.allCases)
    func errorPost(kind: RuntimeAPIServerKind) async throws {
        let mailbox = RuntimeMailbox()
        try await withServer(kind, [mailbox]) { port in
            let running = Task { await mailbox.run(Invocation(requestID: "req-2", payload: ByteBuffer(string: "{}")), timeout: .seconds(5)) }
            _ = try await send(port, "GET", "\(base)/invocation/next")
            let document = #"{"errorMessage":"boom","errorType":"Body.Type"}"#
            let (response, _) = try await send(
                port, "POST", "\(base)/invocation/req-2/error",
                headers: ["Lambda-Runtime-Function-Error-Type": "Header.Type"], body: Data(document.utf8)
            )
            #expect(response.statusCode == 202)
            guard case .finished(.functionError(let error)) = await running.value else {
                Issue.record("not completed with an error")
                return
            }
            #expect(error.errorType == "Header.Type")
            #expect(error.errorMessage == "boom")
        }
    }

    @Test("a response over 6,291,556 bytes gets 413 and completes as Function.ResponseSizeTooLarge", arguments: RuntimeAPIServerKind.allCases)
    func oversize(kind: RuntimeAPIServerKind) async throws {
        let mailbox = RuntimeMailbox()
        try await withServer(kind, [mailbox]) { port in
            let running = Task { await mailbox.run(Invocation(requestID: "req-3", payload: ByteBuffer(string: "{}")), timeout: .seconds(5)) }
            _ = try await send(port, "GET", "\(base)/invocation/next")
            let big = Data(repeating: 0x78, count: FunctionError.maximumPayloadSize + 1)
            let (response, _) = try await send(port, "POST", "\(base)/invocation/req-3/response", body: big)
            #expect(response.statusCode == 413)
            guard case .finished(.functionError(let error)) = await running.value else {
                Issue.record("not completed with an error")
                return
            }
            #expect(error.errorType == "Function.ResponseSizeTooLarge")
        }
    }

    @Test("init/error marks the instance failed to initialise with the posted error", arguments: RuntimeAPIServerKind.allCases)
    func initError(kind: RuntimeAPIServerKind) async throws {
        let mailbox = RuntimeMailbox()
        try await withServer(kind, [mailbox]) { port in
            let (response, _) = try await send(
                port, "POST", "\(base)/init/error",
                headers: ["Lambda-Runtime-Function-Error-Type": "Runtime.InitError"],
                body: Data(#"{"errorMessage":"no config","errorType":"Runtime.InitError"}"#.utf8)
            )
            #expect(response.statusCode == 202)
            guard case .failed(let error) = await mailbox.waitUntilReady(timeout: .seconds(1)) else {
                Issue.record("not failed")
                return
            }
            #expect(error.errorType == "Runtime.InitError")
            let (again, _) = try await send(port, "POST", "/fn/F/2018-06-01/runtime/init/error", body: Data("{}".utf8))
            #expect(again.statusCode == 202, "the prefix without an instance reaches instance 0")
            let (missing, _) = try await send(port, "GET", "/fn/Other/0/2018-06-01/runtime/invocation/next")
            #expect(missing.statusCode == 404)
        }
    }

    @Test("the socket server reads chunked and Expect: 100-continue bodies and keeps one connection for a runtime's whole loop")
    func socketWire() async throws {
        let mailbox = RuntimeMailbox()
        try await withServer(.socket, [mailbox]) { port in
            let first = Task { await mailbox.run(Invocation(requestID: "c-1", payload: ByteBuffer(string: "{}")), timeout: .seconds(5)) }
            let exchange = Task.detached { () throws -> [String] in
                let connection = try TestSocket(port: port)
                defer { connection.close() }
                var answers: [String] = []
                try connection.send("GET \(base)/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n")
                answers.append(try connection.receiveMessage())
                try connection.send("POST \(base)/invocation/c-1/response HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\ndone\r\n6\r\n-twice\r\n0\r\n\r\n")
                answers.append(try connection.receiveMessage())
                try connection.send("GET \(base)/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n")
                answers.append(try connection.receiveMessage())
                try connection.send("POST \(base)/invocation/c-2/error HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n")
                answers.append(try connection.receiveMessage())
                try connection.send("{}")
                answers.append(try connection.receiveMessage())
                return answers
            }
            guard case .finished(.success(let body)) = await first.value else {
                Issue.record("the chunked response did not complete the first invocation")
                return
            }
            #expect(String(buffer: body) == "done-twice")
            let second = await mailbox.run(Invocation(requestID: "c-2", payload: ByteBuffer(string: "{}")), timeout: .seconds(5))
            guard case .finished(.functionError(let error)) = second else {
                Issue.record("the error post did not complete the second invocation")
                return
            }
            #expect(error.errorType == "Runtime.Unknown")
            let answers = try await exchange.value
            #expect(answers.map { String($0.prefix(12)) } == ["HTTP/1.1 200", "HTTP/1.1 202", "HTTP/1.1 200", "HTTP/1.1 100", "HTTP/1.1 202"])
            #expect(answers[0].contains("Lambda-Runtime-Aws-Request-Id: c-1"))
            #expect(answers[2].contains("Lambda-Runtime-Aws-Request-Id: c-2"))
        }
    }
}

/// A blocking loopback client that reads one HTTP message head (and its Content-Length body) at a time.
final class TestSocket: @unchecked Sendable {  // @unchecked: used from one task at a time.
    struct Failure: Error {}
    let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard descriptor >= 0, connected == 0 else { throw Failure() }
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.send(descriptor, $0.baseAddress!, bytes.count, 0) }) == bytes.count else { throw Failure() }
    }

    /// One message: head and body, read byte by byte so nothing of the next message is consumed.
    func receiveMessage() throws -> String {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while !(bytes.count >= 4 && bytes.suffix(4) == [13, 10, 13, 10]) {
            guard recv(descriptor, &byte, 1, 0) == 1 else { throw Failure() }
            bytes.append(byte)
        }
        let head = String(decoding: bytes, as: UTF8.self)
        let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
        for _ in 0..<length {
            guard recv(descriptor, &byte, 1, 0) == 1 else { throw Failure() }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func close() { _ = Glibc.close(descriptor) }
}
