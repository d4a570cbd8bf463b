import Foundation
import Testing
@testable import LambdaRuntime

@Suite("The runtime API client over a POSIX socket", .serialized)
struct RuntimeAPIClientTests {
    @Test("AWS_LAMBDA_RUNTIME_API parses host, port and an optional path prefix")
    func endpointParsing() {
        #expect(RuntimeAPIEndpoint("127.0.0.1:9001") == RuntimeAPIEndpoint(host: "127.0.0.1", port: 9001, pathPrefix: ""))
        #expect(RuntimeAPIEndpoint("127.0.0.1:9001/fn/Subtitle") == RuntimeAPIEndpoint(host: "127.0.0.1", port: 9001, pathPrefix: "/fn/Subtitle"))
        #expect(RuntimeAPIEndpoint("localhost:8080/fn/x/") == RuntimeAPIEndpoint(host: "localhost", port: 8080, pathPrefix: "/fn/x"))
        #expect(RuntimeAPIEndpoint("[::1]:9001") == RuntimeAPIEndpoint(host: "::1", port: 9001, pathPrefix: ""))
        #expect(RuntimeAPIEndpoint("http://127.0.0.1:9001") == RuntimeAPIEndpoint(host: "127.0.0.1", port: 9001, pathPrefix: ""))
        #expect(RuntimeAPIEndpoint("127.0.0.1:notaport") == nil)
        #expect(RuntimeAPIEndpoint(":9001") == nil)
        #expect(RuntimeAPIEndpoint("") == nil)
    }

    @Test("GET /next reads every invocation header and the body")
    func nextHeaders() throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.enqueue(LambdaInvocation(
            requestId: "8476a536-e9f4-11e8-9739-2dfe598c3fcd", deadlineMs: 1_542_409_706_888,
            invokedFunctionARN: "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime",
            traceId: "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
            clientContext: #"{"custom":{"a":"b"}}"#, cognitoIdentity: #"{"cognitoIdentityId":"x"}"#,
            event: Data(#"{"key":"value"}"#.utf8)))
        let client = RuntimeAPIClient(endpoint: server.endpoint)
        let invocation = try client.next()
        #expect(invocation.requestId == "8476a536-e9f4-11e8-9739-2dfe598c3fcd")
        #expect(invocation.deadlineMs == 1_542_409_706_888)
        #expect(invocation.invokedFunctionARN == "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime")
        #expect(invocation.traceId == "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1")
        #expect(invocation.clientContext == #"{"custom":{"a":"b"}}"#)
        #expect(invocation.cognitoIdentity == #"{"cognitoIdentityId":"x"}"#)
        #expect(invocation.event == Data(#"{"key":"value"}"#.utf8))
        let request = try #require(server.requests.first)
        #expect(request.headers["host"] == "127.0.0.1:\(server.port)")
        #expect(request.headers["user-agent"] == LambdaRuntimeInfo.userAgent)
    }

    @Test("requests reuse one kept-alive connection")
    func keepAlive() throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        for index in 0..<5 { server.enqueue(LambdaInvocation(requestId: "r\(index)", event: Data("\(index)".utf8))) }
        let client = RuntimeAPIClient(endpoint: server.endpoint)
        for index in 0..<5 {
            let invocation = try client.next()
            try client.sendResponse(requestId: invocation.requestId, body: invocation.event)
            #expect(invocation.requestId == "r\(index)")
        }
        #expect(client.connectionsOpened == 1)
        #expect(server.connections == 1)
        #expect(server.posts.map(\.text) == ["0", "1", "2", "3", "4"])
    }

    @Test("a request is sent again once on a new connection after the server closed the kept-alive one")
    func reconnectAfterClose() throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.enqueue(LambdaInvocation(requestId: "a", event: Data()))
        server.enqueue(LambdaInvocation(requestId: "b", event: Data()))
        server.closeAfterResponse(1)
        let client = RuntimeAPIClient(endpoint: server.endpoint)
        #expect(try client.next().requestId == "a")
        Thread.sleep(forTimeInterval: 0.05)
        try client.sendResponse(requestId: "a", body: Data("ok".utf8))
        #expect(try client.next().requestId == "b")
        #expect(client.connectionsOpened == 2)
        #expect(server.posts.map(\.path) == ["/2018-06-01/runtime/invocation/a/response"])
    }

    @Test("a server writing head and body separately is not held up by delayed ACKs (Nagle)")
    func splitWritesAreFast() throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        server.splitResponseWrites()
        for index in 0..<20 { server.enqueue(LambdaInvocation(requestId: "r\(index)", event: Data("{}".utf8))) }
        let client = RuntimeAPIClient(endpoint: server.endpoint)
        let start = ContinuousClock.now
        for _ in 0..<20 {
            let invocation = try client.next()
            try client.sendResponse(requestId: invocation.requestId, body: invocation.event)
        }
        // 40 exchanges; each would wait ~40 ms for a delayed ACK without TCP_QUICKACK (1.6 s in all). The bound
        // leaves room for a loaded machine while still telling the two apart.
        #expect(ContinuousClock.now - start < .milliseconds(1000))
    }

    @Test("error posts carry the error type header and Lambda's error body")
    func errorPost() throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        let client = RuntimeAPIClient(endpoint: server.endpoint)
        try client.sendError(requestId: "r", error: LambdaErrorReport(errorType: "Bad", errorMessage: "line1\nline2 \"q\""))
        try client.sendInitError(LambdaErrorReport(errorType: "InitBad", errorMessage: "m"))
        let posts = server.posts
        #expect(posts.map(\.path) == ["/2018-06-01/runtime/invocation/r/error", "/2018-06-01/runtime/init/error"])
        #expect(posts.map { $0.headers["lambda-runtime-function-error-type"] } == ["Bad", "InitBad"])
        #expect(posts[0].text == #"{"errorMessage":"line1\nline2 \"q\"","errorType":"Bad","stackTrace":[]}"#)
        #expect(try JSONDecoder().decode(LambdaErrorReport.self, from: Data(posts[0].body)).errorMessage == "line1\nline2 \"q\"")
    }

    @Test("a non-200 answer to /next is an error carrying the status")
    func nextStatus() throws {
        let server = try RuntimeAPIMockServer()
        defer { server.stop() }
        let client = RuntimeAPIClient(endpoint: server.endpoint)
        #expect(throws: RuntimeAPIError.unexpectedStatus) { try client.next() }
        do { _ = try client.next() } catch let error as RuntimeAPIError { #expect(error.status == 500) }
    }

    @Test("connecting to a closed port fails with connectFailed")
    func connectFailure() throws {
        let server = try RuntimeAPIMockServer()
        let port = server.port
        server.stop()
        let client = RuntimeAPIClient(endpoint: RuntimeAPIEndpoint(host: "127.0.0.1", port: port))
        #expect(throws: RuntimeHTTPError.connectFailed) { try client.next() }
    }

    @Test("response heads parse status and lowercased headers; malformed ones are rejected")
    func headParsing() throws {
        let parsed = try RuntimeHTTPResponse.parseHead("HTTP/1.1 202 Accepted\r\nContent-Length: 16\r\nX-Thing:  v ")
        #expect(parsed.status == 202)
        #expect(parsed.headers.map(\.name) == ["content-length", "x-thing"])
        #expect(parsed.headers.map(\.value) == ["16", "v"])
        #expect(throws: RuntimeHTTPError.malformedResponse) { try RuntimeHTTPResponse.parseHead("garbage") }
        #expect(throws: RuntimeHTTPError.malformedResponse) { try RuntimeHTTPResponse.parseHead("HTTP/1.1 200 OK\r\nno colon here") }
    }
}

@Suite("Runtime API request framing")
struct RuntimeAPIRequestTests {
    @Test("header values cannot inject another header")
    func headerInjection() {
        let request = RuntimeHTTPRequest(method: "POST", path: "/p", headers: [("Lambda-Runtime-Function-Error-Type", "A\r\nX-Evil: 1")], body: Array("b".utf8))
        let text = String(decoding: request.serialized(hostHeader: "h:1"), as: UTF8.self)
        #expect(text == "POST /p HTTP/1.1\r\nHost: h:1\r\nUser-Agent: \(LambdaRuntimeInfo.userAgent)\r\nContent-Length: 1\r\nLambda-Runtime-Function-Error-Type: A X-Evil: 1\r\n\r\nb")
    }

    @Test("a GET without a body sends no Content-Length")
    func getFraming() {
        let text = String(decoding: RuntimeHTTPRequest(method: "GET", path: "/n").serialized(hostHeader: "h:1"), as: UTF8.self)
        #expect(text == "GET /n HTTP/1.1\r\nHost: h:1\r\nUser-Agent: \(LambdaRuntimeInfo.userAgent)\r\n\r\n")
    }
}
