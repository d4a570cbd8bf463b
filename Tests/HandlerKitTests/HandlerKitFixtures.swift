import AWSClients
import AWSCore
import Foundation
import LambdaRuntime
import TestSupport
@testable import HandlerKit

/// moto-backed fixtures: a Jobs table shaped like the template's, an uploads/outputs bucket, HTTP API events.
enum Fixtures {
    static func configuration(_ moto: MotoServer.Connection) -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint, retry: RetryConfiguration(maxAttempts: 1))
    }

    /// A new Jobs table (id key; byOwner index on owner + createdAt), as Infrastructure/template.yaml defines it.
    static func jobsTable(_ dynamodb: DynamoDBClient) async throws -> String {
        let name = "jobs-\(UUID().uuidString.prefix(8).lowercased())"
        let input: JSONValue = [
            "TableName": .string(name), "BillingMode": "PAY_PER_REQUEST",
            "AttributeDefinitions": [["AttributeName": "id", "AttributeType": "S"], ["AttributeName": "owner", "AttributeType": "S"],
                                     ["AttributeName": "createdAt", "AttributeType": "S"]],
            "KeySchema": [["AttributeName": "id", "KeyType": "HASH"]],
            "GlobalSecondaryIndexes": [["IndexName": "byOwner", "KeySchema": [["AttributeName": "owner", "KeyType": "HASH"], ["AttributeName": "createdAt", "KeyType": "RANGE"]],
                                        "Projection": ["ProjectionType": "ALL"]]],
        ]
        _ = try await dynamodb.client.json("CreateTable", input: input, as: JSONValue.self)
        return name
    }

    static func bucket(_ s3: S3Client) async throws -> String {
        let name = "handlerkit-\(UUID().uuidString.prefix(8).lowercased())"
        _ = try await s3.client.s3("PUT", bucket: name)
        return name
    }

    /// An HTTP API event, signed in as `user` when given.
    static func event(_ method: String, _ path: String, query: String = "", body: String? = nil, user: String? = nil) -> APIGatewayV2Request {
        APIGatewayV2Request(
            routeKey: "$default", rawPath: path, rawQueryString: query, headers: ["content-type": "application/json"], body: body,
            requestContext: .init(
                accountId: "123456789012", apiId: "api", domainName: "api.example.com", domainPrefix: "api",
                http: .init(method: method, path: path, sourceIp: "203.0.113.1", userAgent: "test"),
                requestId: "req-1", stage: "$default", time: "22/Nov/2026:08:00:00 +0000", timeEpoch: 1_795_334_400_000,
                authorizer: user.map { .init(jwt: .init(claims: ["sub": $0, "token_use": "access"], scopes: nil)) }))
    }

    static func json(_ response: APIGatewayV2Response) throws -> JSONValue {
        try JSONValue(parsing: Data((response.body ?? "").utf8))
    }
}

/// A workflow that records its starts (Step Functions itself is covered by the harness's tests).
final class RecordingWorkflow: WorkflowStarter, @unchecked Sendable {  // @unchecked: `starts` is only touched under `lock`.
    private let lock = NSLock()
    private var starts: [(name: String, input: String)] = []
    let failure: (any Error)?

    init(failure: (any Error)? = nil) { self.failure = failure }

    var started: [(name: String, input: String)] { lock.withLock { starts } }

    func start(name: String, input: String) async throws -> String {
        if let failure { throw failure }
        lock.withLock { starts.append((name, input)) }
        return "arn:aws:states:us-east-1:123456789012:execution:Subtitle:\(name)"
    }
}
