import Foundation
import Logging
import Synchronization
import Testing
@testable import LambdaRuntime

/// An in-memory runtime API: hands out scripted invocations, records what the loop posts.
final class FakeRuntimeAPI: LambdaRuntimeAPI, Sendable {
    enum Post: Sendable, Equatable {
        case response(String, Data)
        case error(String, LambdaErrorReport)
        case initError(LambdaErrorReport)
    }

    private let state: Mutex<(pending: [LambdaInvocation], posts: [Post])>

    init(_ invocations: [LambdaInvocation]) { state = Mutex((invocations, [])) }

    var posts: [Post] { state.withLock { $0.posts } }

    func next() throws -> LambdaInvocation {
        try state.withLock { state in
            guard !state.pending.isEmpty else { throw RuntimeAPIError.unexpectedStatus }
            return state.pending.removeFirst()
        }
    }
    func sendResponse(requestId: String, body: Data) throws { state.withLock { $0.posts.append(.response(requestId, body)) } }
    func sendError(requestId: String, error: LambdaErrorReport) throws { state.withLock { $0.posts.append(.error(requestId, error)) } }
    func sendInitError(_ error: LambdaErrorReport) throws { state.withLock { $0.posts.append(.initError(error)) } }
}

/// Captures the context a handler received.
final class ContextBox: Sendable {
    private let stored = Mutex<LambdaContext?>(nil)
    var context: LambdaContext? { stored.withLock { $0 } }
    func keep(_ context: LambdaContext) { stored.withLock { $0 = context } }
}

@Suite("The invocation context")
struct ContextTests {
    static let environment = [
        "AWS_LAMBDA_FUNCTION_NAME": "Subtitle", "AWS_LAMBDA_FUNCTION_VERSION": "7", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "1024",
        "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/Subtitle", "AWS_LAMBDA_LOG_STREAM_NAME": "2026/11/22/[7]abc",
        "AWS_LAMBDA_LOG_FORMAT": "JSON",
    ]

    private func capture(_ invocation: LambdaInvocation, sink: CollectingLogSink = CollectingLogSink(), now: Date = Date(timeIntervalSince1970: 1_700_000_000)) async throws -> LambdaContext {
        let api = FakeRuntimeAPI([invocation])
        let box = ContextBox()
        let configuration = LambdaRuntimeConfiguration(
            environment: Self.environment, now: { now }, logSink: sink, maxInvocations: 1, exit: { _ in }, setTraceId: { _ in })
        await LambdaRuntime.run(api: api, configuration: configuration) { _ in
            LambdaClosureByteHandler { event, context in
                box.keep(context)
                context.logger.info("handling")
                return event
            }
        }
        return try #require(box.context)
    }

    @Test("the context carries the invocation's headers and the function's environment")
    func fields() async throws {
        let context = try await capture(LambdaInvocation(
            requestId: "req-1", deadlineMs: 1_700_000_002_500, invokedFunctionARN: "arn:aws:lambda:us-east-1:123456789012:function:Subtitle:live",
            traceId: "Root=1-abc", event: Data("{}".utf8)))
        #expect(context.requestId == "req-1")
        #expect(context.deadline == Date(timeIntervalSince1970: 1_700_000_002.5))
        #expect(context.remainingTime == .milliseconds(2500))
        #expect(context.invokedFunctionARN == "arn:aws:lambda:us-east-1:123456789012:function:Subtitle:live")
        #expect(context.traceId == "Root=1-abc")
        #expect(context.functionName == "Subtitle")
        #expect(context.functionVersion == "7")
        #expect(context.memoryLimitMB == 1024)
        #expect(context.logGroupName == "/aws/lambda/Subtitle")
        #expect(context.logStreamName == "2026/11/22/[7]abc")
        #expect(context.clientContext == nil)
        #expect(context.cognitoIdentity == nil)
    }

    @Test("the context's logger puts requestId and traceId on every line")
    func loggerMetadata() async throws {
        let sink = CollectingLogSink()
        _ = try await capture(LambdaInvocation(requestId: "req-2", traceId: "Root=1-def", event: Data()), sink: sink)
        #expect(sink.lines == [#"{"timestamp":"2023-11-14T22:13:20.000Z","level":"INFO","message":"handling","requestId":"req-2","traceId":"Root=1-def"}"#])
    }

    @Test("client context and Cognito identity JSON are decoded into typed values")
    func identities() async throws {
        let context = try await capture(LambdaInvocation(
            requestId: "req-3",
            clientContext: #"{"client":{"installation_id":"i-1","app_title":"Player","app_version_name":"2.1","app_version_code":"21","app_package_name":"com.example.player"},"custom":{"tier":"gold"},"env":{"platform":"iOS"}}"#,
            cognitoIdentity: #"{"cognitoIdentityId":"us-east-1:1234","cognitoIdentityPoolId":"us-east-1:pool"}"#,
            event: Data()))
        #expect(context.clientContext?.client?.installationId == "i-1")
        #expect(context.clientContext?.client?.appTitle == "Player")
        #expect(context.clientContext?.client?.appPackageName == "com.example.player")
        #expect(context.clientContext?.custom == ["tier": "gold"])
        #expect(context.clientContext?.environment == ["platform": "iOS"])
        #expect(context.cognitoIdentity == LambdaCognitoIdentity(cognitoIdentityId: "us-east-1:1234", cognitoIdentityPoolId: "us-east-1:pool"))
    }

    @Test("malformed client context or Cognito identity JSON gives nil and a warning line")
    func malformedIdentities() async throws {
        let sink = CollectingLogSink()
        let context = try await capture(LambdaInvocation(requestId: "req-4", clientContext: "{not json", cognitoIdentity: "[1,", event: Data()), sink: sink)
        #expect(context.clientContext == nil)
        #expect(context.cognitoIdentity == nil)
        let warnings = sink.lines.filter { $0.contains(#""level":"WARN""#) }
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.contains(#""requestId":"req-4""#) })
        #expect(warnings.first?.contains(#""header":"Lambda-Runtime-Client-Context""#) == true)
    }

    @Test("remaining time follows the injected clock and goes negative past the deadline")
    func remainingTime() {
        let logger = Logger(label: "test") { _ in LambdaLogHandler(sink: CollectingLogSink()) }
        let deadline = Date(timeIntervalSince1970: 100)
        #expect(LambdaContext(requestId: "r", deadline: deadline, logger: logger, now: { Date(timeIntervalSince1970: 99.25) }).remainingTime == .milliseconds(750))
        #expect(LambdaContext(requestId: "r", deadline: deadline, logger: logger, now: { Date(timeIntervalSince1970: 101) }).remainingTime == .milliseconds(-1000))
    }

    @Test("function fields default when the environment is empty")
    func environmentDefaults() {
        let function = LambdaFunctionEnvironment(environment: [:])
        #expect(function.functionName == "")
        #expect(function.functionVersion == "$LATEST")
        #expect(function.memoryLimitMB == 128)
    }

    @Test("the fake runtime API sees responses and errors from the loop")
    func fakeAPI() async {
        let api = FakeRuntimeAPI([LambdaInvocation(requestId: "a", event: Data("x".utf8)), LambdaInvocation(requestId: "b", event: Data())])
        let configuration = LambdaRuntimeConfiguration(environment: [:], logSink: CollectingLogSink(), maxInvocations: 2, exit: { _ in }, setTraceId: { _ in })
        await LambdaRuntime.run(api: api, configuration: configuration) { _ in
            LambdaClosureByteHandler { event, _ in
                guard !event.isEmpty else { throw RuntimeTestFailure() }
                return event
            }
        }
        #expect(api.posts == [.response("a", Data("x".utf8)), .error("b", LambdaErrorReport(errorType: "RuntimeTestFailure", errorMessage: "the handler gave up"))])
    }
}
