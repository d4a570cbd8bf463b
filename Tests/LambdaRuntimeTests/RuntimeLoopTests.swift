import Foundation
import Logging
import Synchronization
import Testing
@testable import LambdaRuntime

struct RuntimeGreeting: Codable, Equatable {
    var name: String
}

struct RuntimeReply: Codable, Equatable {
    var message: String
}

struct RuntimeTestFailure: Error, CustomStringConvertible {
    var description: String { "the handler gave up" }
}

@Suite("The runtime loop against a mock runtime API", .serialized)
struct RuntimeLoopTests {
    private func configuration(_ server: RuntimeAPIMockServer, invocations: Int?, sink: CollectingLogSink = CollectingLogSink(), exit: ExitRecorder = ExitRecorder()) -> LambdaRuntimeConfiguration {
        LambdaRuntimeConfiguration(
            environment: ["AWS_LAMBDA_RUNTIME_API": server.runtimeAPI, "AWS_LAMBDA_FUNCTION_NAME": "Subtitle"],
            logSink: sink, maxInvocations: invocations, exit: exit.function, setTraceId: { _ in })
    }

    @Test("a typed handler's results are posted to /response for each invocation, over one kept-alive connection")
    func success() async throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.enqueue(LambdaInvocation(requestId: "r-1", event: Data(#"{"name":"Ada"}"#.utf8)))
        server.enqueue(LambdaInvocation(requestId: "r-2", event: Data(#"{"name":"Alan"}"#.utf8)))
        let exit = ExitRecorder()
        await LambdaRuntime.run(configuration: configuration(server, invocations: 2, exit: exit)) { (event: RuntimeGreeting, _) in
            RuntimeReply(message: "hello \(event.name) https://example.com/a")
        }
        let posts = server.posts
        #expect(posts.map(\.path) == ["/2018-06-01/runtime/invocation/r-1/response", "/2018-06-01/runtime/invocation/r-2/response"])
        #expect(try posts.map { try JSONDecoder().decode(RuntimeReply.self, from: Data($0.body)) } == [RuntimeReply(message: "hello Ada https://example.com/a"), RuntimeReply(message: "hello Alan https://example.com/a")])
        #expect(posts.first?.text == #"{"message":"hello Ada https://example.com/a"}"#)
        #expect(server.requests.filter { $0.method == "GET" }.count == 2)
        #expect(server.connections == 1)
        #expect(exit.recorded.isEmpty)
    }

    @Test("a thrown error is posted to /error with the error type header and the errorMessage/errorType/stackTrace body")
    func thrownError() async throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.enqueue(LambdaInvocation(requestId: "r-err", event: Data(#"{"name":"Ada"}"#.utf8)))
        let sink = CollectingLogSink()
        await LambdaRuntime.run(configuration: configuration(server, invocations: 1, sink: sink)) { (_: RuntimeGreeting, _) -> RuntimeReply in
            throw RuntimeTestFailure()
        }
        let post = try #require(server.posts.first)
        #expect(post.path == "/2018-06-01/runtime/invocation/r-err/error")
        #expect(post.headers["lambda-runtime-function-error-type"] == "RuntimeTestFailure")
        #expect(post.text == #"{"errorMessage":"the handler gave up","errorType":"RuntimeTestFailure","stackTrace":[]}"#)
    }

    @Test("an initialisation failure is posted to /runtime/init/error and the process exits non-zero without asking for work")
    func initError() async throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        let exit = ExitRecorder()
        let sink = CollectingLogSink()
        await LambdaRuntime.run(configuration: configuration(server, invocations: nil, sink: sink, exit: exit)) { _ -> LambdaClosureHandler<RuntimeGreeting, RuntimeReply> in
            throw RuntimeTestFailure()
        }
        #expect(exit.recorded == [1])
        #expect(server.requests.map(\.path) == ["/2018-06-01/runtime/init/error"])
        #expect(server.requests.first?.headers["lambda-runtime-function-error-type"] == "RuntimeTestFailure")
        #expect(server.requests.first?.text == #"{"errorMessage":"the handler gave up","errorType":"RuntimeTestFailure","stackTrace":[]}"#)
        #expect(sink.lines.contains { $0.contains("handler initialisation failed") })
    }

    @Test("a response over 6 MB is posted as a Function.ResponseSizeTooLarge error naming its size, not sent")
    func oversizeResponse() async throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.enqueue(LambdaInvocation(requestId: "big", event: Data("{}".utf8)))
        server.enqueue(LambdaInvocation(requestId: "fits", event: Data("{}".utf8)))
        let sizes = [LambdaRuntime.maximumResponseSize + 1, LambdaRuntime.maximumResponseSize]
        let served = RuntimeCounter()
        await LambdaRuntime.run(configuration: configuration(server, invocations: 2), rawHandler: { _, _ in
            Data(count: sizes[served.next()])
        })
        let posts = server.posts
        try #require(posts.count == 2)
        #expect(posts[0].path == "/2018-06-01/runtime/invocation/big/error")
        #expect(posts[0].headers["lambda-runtime-function-error-type"] == "Function.ResponseSizeTooLarge")
        let report = try JSONDecoder().decode(LambdaErrorReport.self, from: Data(posts[0].body))
        #expect(report.errorType == "Function.ResponseSizeTooLarge")
        #expect(report.errorMessage.contains("6291557 bytes"))
        #expect(posts[1].path == "/2018-06-01/runtime/invocation/fits/response")
        #expect(posts[1].body.count == LambdaRuntime.maximumResponseSize)
    }

    @Test("a path prefix in AWS_LAMBDA_RUNTIME_API is put before every runtime API path")
    func pathPrefix() async throws {
        let server = try RuntimeAPIMockServer(pathPrefix: "/fn/Subtitle")
        defer { server.stop() }
        server.enqueue(LambdaInvocation(requestId: "p-1", event: Data("{}".utf8)))
        await LambdaRuntime.run(configuration: configuration(server, invocations: 1), rawHandler: { event, _ in event })
        #expect(server.requests.map(\.path) == ["/fn/Subtitle/2018-06-01/runtime/invocation/next", "/fn/Subtitle/2018-06-01/runtime/invocation/p-1/response"])
    }

    @Test("the loop sends the request again on a new connection when the server closed the kept-alive one")
    func reconnect() async throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.enqueue(LambdaInvocation(requestId: "a", event: Data("1".utf8)))
        server.enqueue(LambdaInvocation(requestId: "b", event: Data("2".utf8)))
        server.closeAfterResponse(2)
        await LambdaRuntime.run(configuration: configuration(server, invocations: 2), rawHandler: { event, _ in event })
        #expect(server.posts.map(\.path) == ["/2018-06-01/runtime/invocation/a/response", "/2018-06-01/runtime/invocation/b/response"])
        #expect(server.posts.map(\.text) == ["1", "2"])
        #expect(server.connections == 2)
    }

    @Test("a failing GET /next ends the loop through exit(1)")
    func nextFails() async throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        let exit = ExitRecorder()
        let sink = CollectingLogSink()
        await LambdaRuntime.run(configuration: configuration(server, invocations: nil, sink: sink, exit: exit), rawHandler: { event, _ in event })
        #expect(exit.recorded == [1])
        #expect(sink.lines.contains { $0.contains("could not fetch the next invocation") })
    }

    @Test("a missing AWS_LAMBDA_RUNTIME_API ends the process through exit(1)")
    func missingEndpoint() async {
        let exit = ExitRecorder()
        await LambdaRuntime.run(configuration: LambdaRuntimeConfiguration(environment: [:], logSink: CollectingLogSink(), exit: exit.function), rawHandler: { event, _ in event })
        #expect(exit.recorded == [1])
    }

    @Test("_X_AMZN_TRACE_ID is set for each invocation and cleared when one comes without a trace")
    func traceEnvironment() async throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.enqueue(LambdaInvocation(requestId: "t-1", traceId: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", event: Data("{}".utf8)))
        server.enqueue(LambdaInvocation(requestId: "t-2", event: Data("{}".utf8)))
        var config = configuration(server, invocations: 2)
        config.setTraceId = { setTraceEnvironment($0) }
        await LambdaRuntime.run(configuration: config, rawHandler: { _, _ in
            Data((getenv("_X_AMZN_TRACE_ID").map { String(cString: $0) } ?? "unset").utf8)
        })
        #expect(server.posts.map(\.text) == ["Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", "unset"])
    }

    @Test("an event that does not decode is an error response naming the type and the failing key path")
    func decodeFailure() async throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.enqueue(LambdaInvocation(requestId: "d-1", event: Data(#"{"items":[{"name":"a"},{"nom":"b"}]}"#.utf8)))
        struct Batch: Decodable { var items: [RuntimeGreeting] }
        await LambdaRuntime.run(configuration: configuration(server, invocations: 1)) { (_: Batch, _) in }
        let post = try #require(server.posts.first)
        #expect(post.path == "/2018-06-01/runtime/invocation/d-1/error")
        #expect(post.headers["lambda-runtime-function-error-type"] == "LambdaEventDecodingError")
        let report = try JSONDecoder().decode(LambdaErrorReport.self, from: Data(post.body))
        #expect(report.errorMessage == "cannot decode Batch at items[1].name: required key missing")
    }

    @Test("a Void handler answers with an empty body")
    func voidHandler() async throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.enqueue(LambdaInvocation(requestId: "v-1", event: Data(#"{"name":"Ada"}"#.utf8)))
        let seen = RuntimeCounter()
        await LambdaRuntime.run(configuration: configuration(server, invocations: 1)) { (_: RuntimeGreeting, _) in _ = seen.next() }
        #expect(server.posts.map(\.path) == ["/2018-06-01/runtime/invocation/v-1/response"])
        #expect(server.posts.first?.body.isEmpty == true)
        #expect(seen.value == 1)
    }
}

/// A thread-safe counter for handlers (they may run on any thread).
final class RuntimeCounter: Sendable {
    private let state = Mutex(0)
    func next() -> Int { state.withLock { value in defer { value += 1 }; return value } }
    var value: Int { state.withLock { $0 } }
}
