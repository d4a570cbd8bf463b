import Foundation
import Testing
@testable import LambdaRuntime

@Suite("HTTP API router")
struct RouterTests {
    struct CreateJob: Codable, Sendable { var mediaKey: String; var options: Options?; struct Options: Codable, Sendable { var languages: [String] } }
    struct Job: Codable, Sendable { var id: String; var status: String }
    struct Secret: Error { var detail = "db password is hunter2" }

    static func router(logger: LogRecorder? = nil, cors: CORSConfiguration? = nil) -> HTTPRouter<Void> {
        var router = HTTPRouter<Void>(cors: cors, logger: logger?.logger)
        router.onJSON(.get, "/jobs/{id}") { request, _ in Job(id: try request.pathParameter("id"), status: "RUNNING") }
        router.onJSON(.delete, "/jobs/{id}") { _, _ in ["deleted": true] }
        router.onJSON(.post, "/jobs", body: CreateJob.self, status: 202) { body, _, _ in
            Job(id: "job-\(body.mediaKey)-\(body.options?.languages.count ?? 0)", status: "PENDING")
        }
        router.on(.get, "/jobs/mine") { _, _ in .text("mine") }
        router.on(.get, "/files/{proxy+}") { request, _ in .text(request.pathParameters["proxy"] ?? "") }
        router.on(.get, "/search") { request, _ in
            .text("\(request.query("q") ?? "-")|\(request.queryValues("tag").joined(separator: ","))|\(request.query("absent") ?? "-")")
        }
        router.on(.post, "/echo") { request, _ in .binary(request.body, contentType: "application/octet-stream") }
        router.on(.get, "/teapot") { _, _ in throw HTTPError(status: 418, code: "Teapot", message: "short and stout") }
        router.on(.get, "/crash") { _, _ in throw Secret() }
        return router
    }

    static func body(_ response: APIGatewayV2Response) -> String { response.body ?? "" }

    @Test("a typed GET route matches and gets its path parameter, answering JSON with a content type")
    func matchesWithParameter() async {
        let response = await Self.router().handle(RouterEvent.make("GET", "/jobs/abc-1"))
        #expect(response.statusCode == 200)
        #expect(response.headers?["Content-Type"] == "application/json")
        #expect(response.body == #"{"id":"abc-1","status":"RUNNING"}"#)
        #expect(response.isBase64Encoded == false)
    }

    @Test("path parameters are percent-decoded, and a literal route wins over a parameter")
    func decodesAndPrefersLiteral() async {
        let decoded = await Self.router().handle(RouterEvent.make("GET", "/jobs/a%20b%2Fc%C3%A9"))
        #expect(decoded.body == #"{"id":"a b/cé","status":"RUNNING"}"#)
        let literal = await Self.router().handle(RouterEvent.make("GET", "/jobs/mine"))
        #expect(literal.body == "mine")
    }

    @Test("a greedy proxy parameter takes the rest of the path")
    func greedy() async {
        let response = await Self.router().handle(RouterEvent.make("GET", "/files/a/b%20c/d.txt"))
        #expect(response.body == "a/b c/d.txt")
        #expect(await Self.router().handle(RouterEvent.make("GET", "/files")).statusCode == 404)
    }

    @Test("query parameters are form-decoded with every repeated value kept")
    func query() async {
        let response = await Self.router().handle(RouterEvent.make("GET", "/search", query: "q=red+fox%21&tag=a&tag=b%2Bc"))
        #expect(response.body == "red fox!|a,b+c|-")
    }

    @Test("a typed POST decodes its JSON body and answers with the route's status")
    func typedPost() async {
        let response = await Self.router().handle(RouterEvent.make("POST", "/jobs", body: #"{"mediaKey":"k","options":{"languages":["fr"]}}"#))
        #expect(response.statusCode == 202)
        #expect(response.body == #"{"id":"job-k-1","status":"PENDING"}"#)
    }

    @Test("a base64 request body is decoded, and a binary response is sent base64")
    func base64Bodies() async {
        let bytes = Data([0xFF, 0x00, 0xFE, 0x41])
        let response = await Self.router().handle(RouterEvent.make("POST", "/echo", body: bytes.base64EncodedString(), base64: true))
        #expect(response.isBase64Encoded == true)
        #expect(response.body == "/wD+QQ==")
        let bad = await Self.router().handle(RouterEvent.make("POST", "/echo", body: "***", base64: true))
        #expect(bad.statusCode == 400)
        #expect(bad.body == #"{"error":{"code":"InvalidRequest","message":"the request body is not valid base64"}}"#)
    }

    @Test("bad JSON bodies get a 400 InvalidRequest naming the field")
    func badJSON() async {
        let cases: [(String?, String)] = [
            (#"{"options":{"languages":["fr"]}}"#, "missing required field 'mediaKey'"),
            (#"{"mediaKey":7}"#, "field 'mediaKey' has the wrong type (expected string)"),
            (#"{"mediaKey":"k","options":{"languages":["fr",3]}}"#, "field 'options.languages[1]' has the wrong type (expected string)"),
            (#"{"mediaKey":null}"#, "field 'mediaKey' must not be null"),
            (#"{"mediaKey":"#, "the body is not valid JSON"),
            (#"[1]"#, "the body must be a JSON object"),
            (nil, "a JSON request body is required"),
        ]
        for (body, message) in cases {
            let response = await Self.router().handle(RouterEvent.make("POST", "/jobs", body: body))
            #expect(response.statusCode == 400)
            #expect(response.headers?["Content-Type"] == "application/json")
            #expect(response.body == #"{"error":{"code":"InvalidRequest","message":"\#(message)"}}"#, "body: \(body ?? "nil")")
        }
    }

    @Test("an unknown path is a 404 NotFound")
    func notFound() async {
        let response = await Self.router().handle(RouterEvent.make("GET", "/nowhere"))
        #expect(response.statusCode == 404)
        #expect(response.body == #"{"error":{"code":"NotFound","message":"no route for this path"}}"#)
    }

    @Test("a known path with another method is a 405 with an Allow header")
    func methodNotAllowed() async {
        let response = await Self.router().handle(RouterEvent.make("PUT", "/jobs/42"))
        #expect(response.statusCode == 405)
        #expect(response.headers?["Allow"] == "DELETE, GET")
        #expect(response.body == #"{"error":{"code":"MethodNotAllowed","message":"method PUT is not allowed here"}}"#)
    }

    @Test("a handler's HTTPError picks the status, code and message")
    func handlerError() async {
        let response = await Self.router().handle(RouterEvent.make("GET", "/teapot"))
        #expect(response.statusCode == 418)
        #expect(response.body == #"{"error":{"code":"Teapot","message":"short and stout"}}"#)
    }

    @Test("an unexpected error is a 500 that hides its details, which go to the logger")
    func internalError() async {
        let recorder = LogRecorder()
        let response = await Self.router(logger: recorder).handle(RouterEvent.make("GET", "/crash"))
        #expect(response.statusCode == 500)
        #expect(response.body == #"{"error":{"code":"InternalError","message":"internal error"}}"#)
        #expect(!(response.body ?? "").contains("hunter2"))
        let entries = recorder.entries.withLock { $0 }
        #expect(entries.count == 1)
        #expect(entries.first?.level == .error)
        #expect(entries.first?.message == "route handler failed")
        #expect(entries.first?.metadata["route"]?.description == "GET /crash")
        #expect(entries.first?.metadata["error"]?.description.contains("hunter2") == true)
    }

    @Test("a named stage's prefix is removed before matching")
    func stagePrefix() async {
        let response = await Self.router().handle(RouterEvent.make("GET", "/prod/jobs/7", stage: "prod"))
        #expect(response.body == #"{"id":"7","status":"RUNNING"}"#)
    }

    @Test("a CORS preflight is answered 204 with the Access-Control headers")
    func preflight() async {
        let cors = CORSConfiguration(allowedOrigins: ["https://app.example.com"], allowedMethods: [.get, .post], allowedHeaders: ["authorization", "content-type"], maxAge: 300)
        let response = await Self.router(cors: cors).handle(RouterEvent.make(
            "OPTIONS", "/jobs", headers: ["origin": "https://app.example.com", "access-control-request-method": "POST"]
        ))
        #expect(response.statusCode == 204)
        #expect(response.body == nil)
        #expect(response.headers == [
            "Access-Control-Allow-Origin": "https://app.example.com",
            "Access-Control-Allow-Methods": "GET, POST",
            "Access-Control-Allow-Headers": "authorization, content-type",
            "Access-Control-Max-Age": "300",
            "Vary": "Origin",
        ])
        let stranger = await Self.router(cors: cors).handle(RouterEvent.make(
            "OPTIONS", "/jobs", headers: ["origin": "https://evil.example", "access-control-request-method": "POST"]
        ))
        #expect(stranger.statusCode == 204)
        #expect(stranger.headers?["Access-Control-Allow-Origin"] == nil)
    }

    @Test("responses, errors included, carry Access-Control-Allow-Origin for an allowed origin")
    func corsOnResponses() async {
        let cors = CORSConfiguration(exposedHeaders: ["x-request-id"])
        let ok = await Self.router(cors: cors).handle(RouterEvent.make("GET", "/jobs/1", headers: ["origin": "https://a.example"]))
        #expect(ok.headers?["Access-Control-Allow-Origin"] == "*")
        #expect(ok.headers?["Access-Control-Expose-Headers"] == "x-request-id")
        let missing = await Self.router(cors: cors).handle(RouterEvent.make("GET", "/nope", headers: ["origin": "https://a.example"]))
        #expect(missing.statusCode == 404)
        #expect(missing.headers?["Access-Control-Allow-Origin"] == "*")
        let notAllowed = await Self.router(cors: cors).handle(RouterEvent.make("PATCH", "/jobs/1"))
        #expect(notAllowed.headers?["Allow"] == "DELETE, GET, OPTIONS")
        #expect(notAllowed.headers?["Access-Control-Allow-Origin"] == nil)
        let credentials = CORSConfiguration(allowCredentials: true)
        let echoed = await Self.router(cors: credentials).handle(RouterEvent.make("GET", "/jobs/1", headers: ["origin": "https://a.example"]))
        #expect(echoed.headers?["Access-Control-Allow-Origin"] == "https://a.example")
        #expect(echoed.headers?["Access-Control-Allow-Credentials"] == "true")
    }

    @Test("a response converts to API Gateway's shape exactly")
    func responseShape() throws {
        let response = try RouteResponse.json(["ok": true], status: 201, headers: ["X-Id": "1"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try encoder.encode(response.apiGatewayResponse), as: UTF8.self)
            == #"{"body":"{\"ok\":true}","headers":{"Content-Type":"application/json","X-Id":"1"},"isBase64Encoded":false,"statusCode":201}"#)
        #expect(String(decoding: try encoder.encode(RouteResponse.noContent().apiGatewayResponse), as: UTF8.self) == #"{"statusCode":204}"#)
    }

    @Test("an ANY route takes every method, yielding to an exact method on the same path")
    func anyMethod() async {
        var router = HTTPRouter<Void>()
        router.on(.any, "/things/{id}") { request, _ in .text("any \(request.method)") }
        router.on(.get, "/things/{id}") { _, _ in .text("get") }
        #expect(await router.handle(RouterEvent.make("GET", "/things/1")).body == "get")
        #expect(await router.handle(RouterEvent.make("PATCH", "/things/1")).body == "any PATCH")
    }

    @Test("a raw payload is decoded, routed and the response encoded")
    func rawPayload() async throws {
        let payload = try JSONEncoder().encode(RouterEvent.make("GET", "/jobs/9"))
        let output = try await Self.router().handle(payload: payload, context: ())
        let response = try JSONDecoder().decode(APIGatewayV2Response.self, from: output)
        #expect(response.statusCode == 200)
        #expect(response.body == #"{"id":"9","status":"RUNNING"}"#)
        await #expect(throws: DecodingError.self) { try await Self.router().handle(payload: Data("{}".utf8), context: ()) }
    }

    @Test("path templates match segment by segment")
    func templates() {
        #expect(PathTemplate("/uploads").match("/uploads") == [:])
        #expect(PathTemplate("/uploads").match("/uploads/") == [:])
        #expect(PathTemplate("/uploads").match("/uploads/x") == nil)
        #expect(PathTemplate("/jobs/{id}").match("/jobs") == nil)
        #expect(PathTemplate("/jobs/{id}").match("/jobs//") == nil)
        #expect(PathTemplate("/a/{x}/b/{y}").match("/a/1/b/2") == ["x": "1", "y": "2"])
        #expect(PathTemplate("/{proxy+}").match("/x/y") == ["proxy": "x/y"])
        #expect(PathTemplate("/jobs/mine").isMoreSpecific(than: PathTemplate("/jobs/{id}")))
        #expect(PathTemplate("/jobs/{id}").isMoreSpecific(than: PathTemplate("/jobs/{proxy+}")))
    }
}
