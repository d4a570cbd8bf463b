import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Logging
import NIOCore
import Testing
@testable import LocalHarness

/// A directory with fixed mailboxes for function "F".
struct FixedDirectory: RuntimeMailboxDirectory {
    let mailboxes: [RuntimeMailbox]
    func mailbox(function: String, instance: Int) async -> RuntimeMailbox? {
        function == "F" && mailboxes.indices.contains(instance) ? mailboxes[instance] : nil
    }
}

@Suite("Runtime API server", .serialized)
struct RuntimeAPITests {
    let base = "/fn/F/0/2018-06-01/runtime"

    func withServer(_ mailboxes: [RuntimeMailbox], _ body: (Int) async throws -> Void) async throws {
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

    @Test("next hands out the queued invocation with Lambda's headers, and a response completes it with 202")
    func nextAndResponse() async throws {
        let mailbox = RuntimeMailbox()
        try await withServer([mailbox]) { port in
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

    @Test("an error post completes the invocation with the Lambda-Runtime-Function-Error-Type and body")
    func errorPost() async throws {
        let mailbox = RuntimeMailbox()
        try await withServer([mailbox]) { port in
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

    @Test("a response over 6,291,556 bytes gets 413 and completes as Function.ResponseSizeTooLarge")
    func oversize() async throws {
        let mailbox = RuntimeMailbox()
        try await withServer([mailbox]) { port in
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

    @Test("init/error marks the instance failed to initialise with the posted error")
    func initError() async throws {
        let mailbox = RuntimeMailbox()
        try await withServer([mailbox]) { port in
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
}
