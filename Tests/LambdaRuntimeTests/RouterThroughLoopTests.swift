import Foundation
import Testing
@testable import LambdaRuntime

/// The HTTP router served by the real runtime loop, as every API handler wires it.
@Suite("HTTP router through the runtime loop")
struct RouterThroughLoopTests {
    struct Job: Codable, Sendable, Equatable { var id: String; var owner: String }

    @Test("an API Gateway v2 event goes through the loop to its route and back as the response document")
    func routesThroughLoop() async throws {
        var router = HTTPRouter<LambdaContext>()
        router.onJSON(.get, "/jobs/{id}") { request, context in
            Job(id: request.pathParameters["id"] ?? "", owner: context.functionName)
        }
        let event = #"{"version":"2.0","routeKey":"GET /jobs/{id}","rawPath":"/jobs/job%2042","rawQueryString":"","headers":{"accept":"application/json"},"requestContext":{"accountId":"123456789012","apiId":"api","domainName":"api.example.com","domainPrefix":"api","http":{"method":"GET","path":"/jobs/job%2042","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"test"},"requestId":"r1","routeKey":"GET /jobs/{id}","stage":"$default","time":"22/Nov/2026:03:00:00 +0000","timeEpoch":1795316400000},"isBase64Encoded":false}"#
        let api = FakeRuntimeAPI([LambdaInvocation(requestId: "req-1", traceId: "Root=1-abc", event: Data(event.utf8))])
        let routes = router
        await LambdaRuntime.run(
            api: api,
            configuration: LambdaRuntimeConfiguration(
                environment: ["AWS_LAMBDA_FUNCTION_NAME": "Subtitle"], logSink: CollectingLogSink(), maxInvocations: 1,
                exit: { _ in }, setTraceId: { _ in })
        ) { _ in
            LambdaClosureByteHandler { payload, context in try await routes.handle(payload: payload, context: context) }
        }
        guard case .response(let requestId, let body)? = api.posts.first else {
            Issue.record("expected a response, got \(api.posts)")
            return
        }
        #expect(requestId == "req-1")
        let response = try JSONDecoder().decode(APIGatewayV2Response.self, from: body)
        #expect(response.statusCode == 200)
        #expect(try JSONDecoder().decode(Job.self, from: Data((response.body ?? "").utf8)) == Job(id: "job 42", owner: "Subtitle"))
    }
}
