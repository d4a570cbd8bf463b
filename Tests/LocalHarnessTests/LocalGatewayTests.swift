import Foundation
import Testing
@testable import LocalHarness

/// The local HTTP API's decisions before and after the function: routing, JWT checks, scopes, CORS, limits.
@Suite("Local gateway")
struct LocalGatewayTests {
    /// Records the events the gateway sends and answers each with `answer`.
    final class Recorder: @unchecked Sendable {  // @unchecked: every access goes through `lock`.
        private let lock = NSLock()
        private var calls: [(String, Data)] = []
        var events: [(function: String, event: [String: Any])] {
            lock.lock()
            defer { lock.unlock() }
            return calls.map { ($0.0, (try? JSONSerialization.jsonObject(with: $0.1) as? [String: Any]) ?? [:]) }
        }
        func record(_ function: String, _ event: Data) {
            lock.lock()
            calls.append((function, event))
            lock.unlock()
        }
    }

    static let routes = [
        LocalRoute(method: "GET", path: "/health", requiresAuthorization: false, scopes: [], function: "HealthFunction"),
        LocalRoute(method: "GET", path: "/jobs/{id}", requiresAuthorization: true, scopes: [], function: "JobsFunction"),
        LocalRoute(method: "DELETE", path: "/jobs/{id}", requiresAuthorization: true, scopes: ["jobs/admin"], function: "JobsFunction"),
    ]
    static let cors = LocalCORSSettings(
        allowOrigins: ["https://app.example.com"], allowMethods: ["GET", "DELETE"], allowHeaders: ["authorization"],
        exposeHeaders: ["x-job"], allowCredentials: false, maxAge: 300)

    static func gateway(_ recorder: Recorder, answer: FunctionOutcome = .success(Data(#"{"statusCode":200,"body":"done","headers":{"access-control-allow-origin":"*"}}"#.utf8))) throws -> LocalGateway {
        LocalGateway(
            routes: routes, authorizer: try JWTFixtures.authorizer(), cors: cors, now: { JWTFixtures.now },
            invoke: { function, event in
                recorder.record(function, event)
                return answer
            })
    }

    static func bearer(_ request: TokenRequest = JWTFixtures.request()) throws -> String {
        "Bearer " + (try JWTFixtures.key.mintToken(request, now: JWTFixtures.now))
    }

    @Test("a public route reaches its function with a payload 2.0 event, and the answer comes back")
    func publicRoute() async throws {
        let recorder = Recorder()
        let response = try await Self.gateway(recorder).handle(GatewayRequest(method: "GET", path: "/health", rawQueryString: "verbose=1"))
        #expect(response.status == 200)
        #expect(response.body == Data("done".utf8))
        let (function, event) = try #require(recorder.events.first)
        #expect(function == "HealthFunction")
        #expect(event["version"] as? String == "2.0")
        #expect(event["routeKey"] as? String == "GET /health")
        #expect(event["queryStringParameters"] as? [String: String] == ["verbose": "1"])
    }

    @Test("a protected route with a valid token gets the claims in requestContext.authorizer.jwt and its path parameters")
    func protectedRoute() async throws {
        let recorder = Recorder()
        let response = try await Self.gateway(recorder).handle(GatewayRequest(
            method: "GET", path: "/jobs/job-7", headers: [("Authorization", try Self.bearer())]))
        #expect(response.status == 200)
        let (_, event) = try #require(recorder.events.first)
        #expect(event["pathParameters"] as? [String: String] == ["id": "job-7"])
        let context = try #require(event["requestContext"] as? [String: Any])
        let claims = ((context["authorizer"] as? [String: Any])?["jwt"] as? [String: Any])?["claims"] as? [String: Any]
        #expect(claims?["sub"] as? String == "user-1")
        #expect(claims?["cognito:username"] as? String == "alice")
    }

    @Test("a protected route answers 401 without a token, with an expired one, a foreign audience or a bad signature, and never calls the function")
    func unauthorized() async throws {
        let recorder = Recorder()
        let gateway = try Self.gateway(recorder)
        var expired = JWTFixtures.request()
        expired.lifetime = -10
        var foreign = JWTFixtures.request()
        foreign.audience = "someone-else"
        let good = try Self.bearer()
        let tampered = String(good.dropLast(4)) + (good.hasSuffix("AAAA") ? "BBBB" : "AAAA")
        for header in [nil, "Bearer", try Self.bearer(expired), try Self.bearer(foreign), tampered, "Basic dXNlcjpwYXNz"] {
            let response = await gateway.handle(GatewayRequest(
                method: "GET", path: "/jobs/1", headers: header.map { [("Authorization", $0)] } ?? []))
            #expect(response.status == 401, "\(header ?? "no header")")
            #expect(response.body == Data(#"{"message":"Unauthorized"}"#.utf8))
        }
        #expect(recorder.events.isEmpty)
    }

    @Test("a route with authorization scopes answers 403 to a token without one of them")
    func scopes() async throws {
        let recorder = Recorder()
        let gateway = try Self.gateway(recorder)
        let reader = try Self.bearer(JWTFixtures.request(.access, scopes: ["jobs/read"]))
        let admin = try Self.bearer(JWTFixtures.request(.access, scopes: ["jobs/read", "jobs/admin"]))
        #expect(await gateway.handle(GatewayRequest(method: "DELETE", path: "/jobs/1", headers: [("Authorization", reader)])).status == 403)
        #expect(await gateway.handle(GatewayRequest(method: "DELETE", path: "/jobs/1", headers: [("Authorization", admin)])).status == 200)
        #expect(recorder.events.count == 1)
    }

    @Test("no matching route is API Gateway's 404; a function failure its 500; a body over 10 MB its 413")
    func gatewayAnswers() async throws {
        let recorder = Recorder()
        #expect(try await Self.gateway(recorder).handle(GatewayRequest(method: "POST", path: "/health")).status == 404)
        #expect(try await Self.gateway(recorder).handle(GatewayRequest(method: "GET", path: "/nowhere")).body == Data(#"{"message":"Not Found"}"#.utf8))
        let failing = try Self.gateway(recorder, answer: .failure)
        #expect(await failing.handle(GatewayRequest(method: "GET", path: "/health")) .status == 500)
        let big = GatewayRequest(method: "GET", path: "/health", body: Data(count: LocalGateway.maximumBodySize + 1))
        #expect(try await Self.gateway(recorder).handle(big).status == 413)
    }

    @Test("CORS: preflights are answered by the gateway; allowed origins get the API's headers in place of the function's")
    func cors() async throws {
        let recorder = Recorder()
        let gateway = try Self.gateway(recorder)
        let preflight = await gateway.handle(GatewayRequest(method: "OPTIONS", path: "/jobs/1", headers: [
            ("Origin", "https://app.example.com"), ("Access-Control-Request-Method", "DELETE"),
            ("Access-Control-Request-Headers", "Authorization, X-Other")]))
        #expect(preflight.status == 204)
        #expect(preflight.header("access-control-allow-origin") == "https://app.example.com")
        #expect(preflight.header("access-control-allow-methods") == "GET,DELETE")
        #expect(preflight.header("access-control-allow-headers") == "authorization")
        #expect(preflight.header("access-control-max-age") == "300")
        #expect(recorder.events.isEmpty)

        let allowed = await gateway.handle(GatewayRequest(method: "GET", path: "/health", headers: [("Origin", "https://app.example.com")]))
        #expect(allowed.header("access-control-allow-origin") == "https://app.example.com")
        #expect(allowed.header("access-control-expose-headers") == "x-job")
        let foreign = await gateway.handle(GatewayRequest(method: "GET", path: "/health", headers: [("Origin", "https://evil.example")]))
        #expect(foreign.header("access-control-allow-origin") == nil)
    }
}
