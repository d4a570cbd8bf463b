import Foundation
import Testing
@testable import AWSCore

@Suite("URLSessionTransport against a local HTTP server", .serialized)
struct URLSessionTransportTests {
    private func url(_ server: URLSessionTestServer, _ path: String = "/") -> String {
        "http://127.0.0.1:\(server.port)\(path)"
    }

    @Test("returns the status, the body and the request reaches the server as sent")
    func statusAndBody() async throws {
        let server = try URLSessionTestServer { _ in
            URLSessionTestServer.response(
                status: 201, reason: "Created", headers: [("Content-Type", "application/json")], body: #"{"ok":true}"#)
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        let response = try await transport.send(
            HTTPRequest(
                method: "PUT", url: url(server, "/bucket/a%20b?x=1"),
                headers: ["Content-Type": "application/json", "X-Amz-Date": "20240101T000000Z"],
                body: Data(#"{"a":1}"#.utf8)))
        #expect(response.status == 201)
        #expect(response.headers["content-type"] == "application/json")
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"ok":true}"#)
        let received = try #require(server.requests.first)
        #expect(received.method == "PUT")
        #expect(received.target == "/bucket/a%20b?x=1")
        #expect(received.headers["X-Amz-Date"] == "20240101T000000Z")
        #expect(received.headers["Content-Type"] == "application/json")
        #expect(String(decoding: received.body, as: UTF8.self) == #"{"a":1}"#)
    }

    @Test("4xx and 5xx statuses are responses, not errors")
    func errorStatuses() async throws {
        for (status, reason) in [(404, "Not Found"), (503, "Service Unavailable")] {
            let server = try URLSessionTestServer { _ in
                URLSessionTestServer.response(status: status, reason: reason, body: "<Error/>")
            }
            defer { server.stop() }
            let response = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: url(server)))
            #expect(response.status == status)
            #expect(String(decoding: response.body, as: UTF8.self) == "<Error/>")
        }
    }

    @Test("repeated response header fields all arrive, joined in order with a comma")
    func repeatedHeaders() async throws {
        let server = try URLSessionTestServer { _ in
            URLSessionTestServer.response(
                status: 200, reason: "OK", headers: [("X-Amz-Meta-Tag", "one"), ("X-Amz-Meta-Tag", "two")])
        }
        defer { server.stop() }
        let response = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: url(server)))
        let values = response.headers.values(for: "x-amz-meta-tag")
            .flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(values == ["one", "two"])
    }

    @Test("a 302 is returned as the response and its Location is not followed")
    func redirectNotFollowed() async throws {
        let server = try URLSessionTestServer { request in
            request.target == "/start"
                ? URLSessionTestServer.response(
                    status: 302, reason: "Found", headers: [("Location", "/elsewhere")], body: "moved")
                : URLSessionTestServer.response(status: 200, reason: "OK", body: "followed")
        }
        defer { server.stop() }
        let response = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: url(server, "/start")))
        #expect(response.status == 302)
        #expect(response.headers["Location"] == "/elsewhere")
        #expect(server.requests.map(\.target) == ["/start"])
    }

    @Test("a body without Content-Type is sent without one, and no cookie is stored or sent")
    func noContentTypeOrCookies() async throws {
        let server = try URLSessionTestServer { _ in
            URLSessionTestServer.response(status: 200, reason: "OK", headers: [("Set-Cookie", "session=abc; Path=/")])
        }
        defer { server.stop() }
        let transport = URLSessionTransport()
        _ = try await transport.send(HTTPRequest(method: "POST", url: url(server), body: Data("raw".utf8)))
        _ = try await transport.send(HTTPRequest(method: "POST", url: url(server), body: Data("raw".utf8)))
        let requests = server.requests
        #expect(requests.count == 2)
        for request in requests {
            #expect(request.headers["Content-Type"] == nil)
            #expect(request.headers["Cookie"] == nil)
            #expect(String(decoding: request.body, as: UTF8.self) == "raw")
        }
    }

    @Test("a server that accepts and never answers times out within the read timeout")
    func readTimeout() async throws {
        let server = try URLSessionTestServer { _ in .hang }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: TransportConfiguration(connectTimeout: 5, readTimeout: 0.5))
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: TransportError.self) {
            _ = try await transport.send(HTTPRequest(method: "GET", url: url(server)))
        }
        let elapsed = clock.now - start
        #expect(error?.isTimeout == true)
        // The transport's own watchdog fired (its message names the limit), not URLSession's whole-second
        // backstop; no upper bound on the elapsed time, which a loaded 2-core machine cannot promise.
        #expect(error?.detail.contains("read timeout of 0.5 s") == true)
        #expect(elapsed >= .milliseconds(450))
    }

    @Test("a connection that cannot be established times out within the connect timeout for a request with a body")
    func connectTimeout() async throws {
        // Backlog 0, never accepting, with the queue already full: the kernel drops further SYNs.
        let server = try URLSessionTestServer(backlog: 0, accepting: false) { _ in .hang }
        defer { server.stop() }
        for _ in 0..<3 { server.occupyBacklogSlot() }
        try await Task.sleep(for: .milliseconds(100))
        let transport = URLSessionTransport(configuration: TransportConfiguration(connectTimeout: 0.3, readTimeout: 5))
        let error = await #expect(throws: TransportError.self) {
            _ = try await transport.send(HTTPRequest(method: "POST", url: url(server), body: Data("{}".utf8)))
        }
        #expect(error?.isTimeout == true)
        #expect(error?.detail.contains("connect timeout of 0.3 s") == true)
    }

    @Test("a port with nothing listening fails with connectionFailed")
    func refusedConnection() async throws {
        let port = try URLSessionTestServer.unusedPort()
        let error = await #expect(throws: TransportError.self) {
            _ = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/"))
        }
        #expect(error == .connectionFailed(""))
        #expect(error?.isRetryable == true)
    }

    @Test("a URL that does not parse, is relative or is not http(s) is invalidURL")
    func invalidURLs() async throws {
        for bad in ["http://exa mple.com/", "/relative/path", "ftp://example.com/file", "http://"] {
            let error = await #expect(throws: TransportError.self) {
                _ = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: bad))
            }
            #expect(error == .invalidURL(bad), "\(bad)")
        }
    }

    @Test("cancelling the calling task cancels the request with cancelled")
    func cancellation() async throws {
        let server = try URLSessionTestServer { _ in .hang }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: TransportConfiguration(readTimeout: 30))
        let target = url(server)
        let task = Task { try await transport.send(HTTPRequest(method: "GET", url: target)) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let result = await task.result
        #expect(throws: TransportError.cancelled("")) { try result.get() }
    }

    @Test("a request made from an already-cancelled task fails with cancelled instead of hanging")
    func cancelledBeforeStart() async throws {
        let server = try URLSessionTestServer { _ in .hang }
        defer { server.stop() }
        let transport = URLSessionTransport(configuration: TransportConfiguration(readTimeout: 30))
        let target = url(server)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await transport.send(HTTPRequest(method: "GET", url: target))
        }
        let result = await task.result
        #expect(throws: TransportError.cancelled("")) { try result.get() }
    }
}

@Suite("URLSessionTransport error mapping and timing rules")
struct URLSessionTransportRulesTests {
    @Test("URLError codes map to the transport's error kinds")
    func urlErrorMapping() {
        let cases: [(URLError.Code, TransportError)] = [
            (.timedOut, .timedOut("")), (.cannotConnectToHost, .connectionFailed("")),
            (.networkConnectionLost, .connectionFailed("")), (.dnsLookupFailed, .connectionFailed("")),
            (.notConnectedToInternet, .connectionFailed("")), (.cannotFindHost, .connectionFailed("")),
            (.cancelled, .cancelled("")), (.badURL, .invalidURL("")), (.secureConnectionFailed, .other("")),
        ]
        for (code, expected) in cases {
            #expect(URLSessionTransport.transportError(for: URLError(code), url: "http://x/") == expected, "\(code)")
        }
    }

    @Test("the connect deadline applies only to requests with a body until they are connected")
    func deadlines() {
        let start = ContinuousClock.now
        let configuration = TransportConfiguration(connectTimeout: 2, readTimeout: 5)
        var withBody = URLSessionTransferProgress(configuration: configuration, hasBody: true, start: start)
        #expect(withBody.deadline.instant == start + .seconds(2))
        #expect(withBody.deadline.limit == .connect)
        withBody.bodyBytesSent(at: start + .seconds(1))
        #expect(withBody.deadline.instant == start + .seconds(6))
        #expect(withBody.deadline.limit == .read)
        let withoutBody = URLSessionTransferProgress(configuration: configuration, hasBody: false, start: start)
        #expect(withoutBody.deadline.instant == start + .seconds(5))
        #expect(withoutBody.deadline.limit == .read)
    }

    @Test("URLSession's own idle timer is a whole-second backstop above the read timeout")
    func backstop() {
        #expect(URLSessionTransport.backstopTimeout(0.5) == 2)
        #expect(URLSessionTransport.backstopTimeout(60) == 61)
    }
}
