import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("OpenSearch client")
struct OpenSearchClientTests {
    static let endpoint = "https://search-media-abc123.us-east-1.es.amazonaws.com"

    static func client(_ transport: MessagingStubTransport, serverless: Bool = false) throws -> OpenSearchClient {
        try OpenSearchClient(transport.configuration, endpoint: endpoint, serverless: serverless)
    }

    @Test("search decodes total, max score and hits with their source")
    func decodesSearch() async throws {
        let transport = MessagingStubTransport(body: #"{"took":5,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":2,"relation":"eq"},"max_score":1.3862942,"hits":[{"_index":"videos","_id":"v1","_score":1.3862942,"_source":{"title":"Sunset"}},{"_index":"videos","_id":"v2","_score":0.2876821,"_source":{"title":"Sunrise"}}]}}"#)
        let response = try await Self.client(transport).search(index: "videos", OpenSearchSearchRequest(query: .matchAll))
        #expect(response.total == 2)
        #expect(response.took == 5)
        #expect(response.hits.map(\.id) == ["v1", "v2"])
        #expect(response.hits.first?.source?["title"] == "Sunset")
        #expect(response.maxScore == 1.3862942)
    }

    @Test("bulk surfaces per-item errors with their type and reason")
    func bulkItemErrors() async throws {
        let transport = MessagingStubTransport(body: #"{"took":30,"errors":true,"items":[{"index":{"_index":"videos","_id":"v1","_version":1,"result":"created","status":201}},{"index":{"_index":"videos","_id":"v2","status":400,"error":{"type":"mapper_parsing_exception","reason":"failed to parse field [duration] of type [float]"}}},{"delete":{"_index":"videos","_id":"v3","result":"not_found","status":404}}]}"#)
        let result = try await Self.client(transport).bulk([
            .index(index: "videos", id: "v1", document: ["title": "a"]), .index(index: "videos", id: "v2", document: ["duration": "x"]),
            .delete(index: "videos", id: "v3"),
        ])
        #expect(result.errors)
        #expect(result.items.map(\.status) == [201, 400, 404])
        #expect(result.failures.map(\.id) == ["v2"])
        #expect(result.failures.first?.errorType == "mapper_parsing_exception")
        let request = try #require(transport.requests.first)
        #expect(request.url == Self.endpoint + "/_bulk")
        #expect(request.headers["Content-Type"] == "application/x-ndjson")
        #expect(String(decoding: request.body, as: UTF8.self).hasSuffix("}\n"))
    }

    @Test("an OpenSearch error document surfaces as AWSServiceError with its error type")
    func serviceError() async throws {
        let transport = MessagingStubTransport(status: 404, headers: ["Content-Type": "application/json"], body: #"{"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [videos]","index":"videos"}],"type":"index_not_found_exception","reason":"no such index [videos]","index":"videos"},"status":404}"#)
        do {
            _ = try await Self.client(transport).search(index: "videos", OpenSearchSearchRequest(query: .matchAll))
            Issue.record("expected an error")
        } catch let error as AWSServiceError {
            #expect(error.code == "index_not_found_exception")
            #expect(error.message == "no such index [videos]")
            #expect(error.statusCode == 404)
        }
        let denied = MessagingStubTransport(
            status: 403, headers: ["Content-Type": "application/json", "x-amzn-ErrorType": "AccessDeniedException"],
            body: #"{"Message":"User: anonymous is not authorized"}"#)
        do {
            _ = try await Self.client(denied).refresh("videos")
            Issue.record("expected an error")
        } catch let error as AWSServiceError {
            #expect(error.code == "AccessDeniedException")
        }
    }

    @Test("a missing document reads as nil and deletes as not_found")
    func missingDocument() async throws {
        let transport = MessagingStubTransport(status: 404, headers: ["Content-Type": "application/json"], body: #"{"_index":"videos","_id":"nope","found":false}"#)
        #expect(try await Self.client(transport).getDocument(index: "videos", id: "nope") == nil)
        let deleted = MessagingStubTransport(status: 404, headers: ["Content-Type": "application/json"], body: #"{"_index":"videos","_id":"nope","_version":1,"result":"not_found","_shards":{"total":2,"successful":1,"failed":0}}"#)
        #expect(try await Self.client(deleted).deleteDocument(index: "videos", id: "nope") == "not_found")
        let found = MessagingStubTransport(body: #"{"_index":"videos","_id":"v1","_version":1,"found":true,"_source":{"title":"Sunset"}}"#)
        #expect(try await Self.client(found).getDocument(index: "videos", id: "v1") == ["title": "Sunset"])
    }

    @Test("Serverless requests sign as aoss and send and sign x-amz-content-sha256; domain requests sign as es")
    func serverlessSigning() async throws {
        let transport = MessagingStubTransport(body: "{}")
        _ = try await Self.client(transport, serverless: true).refresh("videos")
        _ = try await Self.client(transport).refresh("videos")
        let (aoss, es) = (transport.requests[0], transport.requests[1])
        #expect(aoss.headers["x-amz-content-sha256"] == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(aoss.headers["Authorization"]?.contains("/us-east-1/aoss/aws4_request") == true)
        #expect(aoss.headers["Authorization"]?.contains("x-amz-content-sha256") == true)
        #expect(es.headers["x-amz-content-sha256"] == nil)
        #expect(es.headers["Authorization"]?.contains("/us-east-1/es/aws4_request") == true)
    }

    @Test("an empty index, an index starting with an underscore, an empty id and an empty bulk are refused")
    func limits() async throws {
        let transport = MessagingStubTransport(body: "{}")
        let client = try Self.client(transport)
        await #expect(throws: ClientInputError.missingField) { try await client.refresh("") }
        await #expect(throws: ClientInputError.invalidValue) { try await client.refresh("_all") }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.getDocument(index: "v", id: "") }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.bulk([]) }
        #expect(transport.requests.isEmpty)
        #expect(throws: ClientInputError.missingField) { try OpenSearchClient(transport.configuration, endpoint: "") }
    }
}
