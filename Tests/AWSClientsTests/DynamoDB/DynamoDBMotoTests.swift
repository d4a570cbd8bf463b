import AWSCore
import Foundation
import Testing
import TestSupport
@testable import AWSClients

/// The DynamoDB client against a moto server that verifies every SigV4 signature.
@Suite("DynamoDB client against moto", .serialized, .motoServer)
struct DynamoDBMotoTests {
    struct Job: Codable, Equatable {
        var owner: String
        var id: String
        var status: String
        var progress: Int
        var createdAt: Date
        var outputs: [String: String]
        var error: String?
    }

    static func dynamodb() throws -> DynamoDBClient {
        let moto = try #require(MotoServer.current).connection
        return try DynamoDBClient(AWSClientConfiguration(
            region: "us-east-1",
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), environment: [:], endpoint: moto.endpoint))
    }

    /// A table keyed by `owner` (partition) and `id` (sort).
    static func createTable(_ dynamodb: DynamoDBClient, _ name: String) async throws {
        _ = try await dynamodb.client.json("CreateTable", input: [
            "TableName": JSON.string(name),
            "AttributeDefinitions": .array([
                .object(["AttributeName": .string("owner"), "AttributeType": .string("S")]),
                .object(["AttributeName": .string("id"), "AttributeType": .string("S")]),
            ]),
            "KeySchema": .array([
                .object(["AttributeName": .string("owner"), "KeyType": .string("HASH")]),
                .object(["AttributeName": .string("id"), "KeyType": .string("RANGE")]),
            ]),
            "BillingMode": .string("PAY_PER_REQUEST"),
        ], as: JSON.self)
    }

    static func job(_ n: Int, owner: String = "user-1") -> Job {
        Job(owner: owner, id: String(format: "job-%02d", n), status: "QUEUED", progress: 0,
            createdAt: Date(timeIntervalSince1970: 1_767_225_600 + Double(n)), outputs: [:], error: nil)
    }

    @Test("a Codable item is put, read back, updated under a condition, and a failed condition is ConditionalCheckFailedException")
    func putGetUpdate() async throws {
        let dynamodb = try Self.dynamodb()
        try await Self.createTable(dynamodb, "JobsA")
        var job = Self.job(1)
        job.outputs = ["poster": "k/poster 1.png"]
        try await dynamodb.putItem(tableName: "JobsA", job, conditionExpression: "attribute_not_exists(id)")
        let key: DynamoDBItem = ["owner": .s("user-1"), "id": .s("job-01")]
        #expect(try await dynamodb.getItem(Job.self, tableName: "JobsA", key: key, consistentRead: true) == job)

        let updated = try await dynamodb.updateItem(DynamoDBUpdateItemInput(
            tableName: "JobsA", key: key, updateExpression: "SET #s = :done, progress = :p",
            conditionExpression: "#s = :queued", expressionAttributeNames: ["#s": "status"],
            expressionAttributeValues: [":done": .s("DONE"), ":p": .number(100), ":queued": .s("QUEUED")], returnValues: .allNew))
        #expect(updated.attributes?["status"] == .s("DONE"))
        #expect(updated.attributes?["progress"] == .n("100"))

        let projected = try await dynamodb.getItem(DynamoDBGetItemInput(
            tableName: "JobsA", key: key, projectionExpression: "#s", expressionAttributeNames: ["#s": "status"]))
        #expect(projected == ["status": .s("DONE")])

        do {
            try await dynamodb.putItem(tableName: "JobsA", job, conditionExpression: "attribute_not_exists(id)")
            Issue.record("a second put with attribute_not_exists succeeded")
        } catch let error as AWSServiceError {
            #expect(error.code == "ConditionalCheckFailedException")
        }
        await #expect(throws: AWSServiceError.self) {
            try await dynamodb.deleteItem(DynamoDBDeleteItemInput(
                tableName: "JobsA", key: key, conditionExpression: "#s = :queued",
                expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":queued": .s("QUEUED")]))
        }
        let deleted = try await dynamodb.deleteItem(DynamoDBDeleteItemInput(tableName: "JobsA", key: key, returnValues: .allOld))
        #expect(deleted.attributes?["id"] == .s("job-01"))
        #expect(try await dynamodb.getItem(DynamoDBGetItemInput(tableName: "JobsA", key: key)) == nil)
    }

    @Test("queryAll pages with Limit through one partition, in either order, with a filter")
    func queryPaging() async throws {
        let dynamodb = try Self.dynamodb()
        try await Self.createTable(dynamodb, "JobsQ")
        for n in 1...7 { try await dynamodb.putItem(tableName: "JobsQ", Self.job(n)) }
        try await dynamodb.putItem(tableName: "JobsQ", Self.job(8, owner: "user-2"))
        let input = DynamoDBQueryInput(
            tableName: "JobsQ", keyConditionExpression: "#o = :o", expressionAttributeNames: ["#o": "owner"],
            expressionAttributeValues: [":o": .s("user-1")], limit: 3)
        let first = try await dynamodb.query(input)
        #expect(first.items.count == 3)
        #expect(first.lastEvaluatedKey != nil)
        let jobs = try await dynamodb.queryAll(Job.self, input)
        #expect(jobs.map(\.id) == (1...7).map { Self.job($0).id })
        var descending = input
        descending.scanIndexForward = false
        descending.keyConditionExpression = "#o = :o AND id > :after"
        descending.expressionAttributeValues?[":after"] = .s("job-04")
        #expect(try await dynamodb.queryAll(Job.self, descending).map(\.id) == ["job-07", "job-06", "job-05"])
    }

    @Test("TransactWriteItems applies put, update, delete and condition check together, or none when a condition fails")
    func transactions() async throws {
        let dynamodb = try Self.dynamodb()
        try await Self.createTable(dynamodb, "JobsT")
        try await dynamodb.putItem(tableName: "JobsT", Self.job(1))
        try await dynamodb.putItem(tableName: "JobsT", Self.job(2))
        try await dynamodb.putItem(tableName: "JobsT", Self.job(3))
        let encoder = DynamoDBEncoder()
        try await dynamodb.transactWriteItems([
            .put(DynamoDBPutItemInput(tableName: "JobsT", item: try encoder.encode(Self.job(4)), conditionExpression: "attribute_not_exists(id)")),
            .update(DynamoDBUpdateItemInput(
                tableName: "JobsT", key: ["owner": .s("user-1"), "id": .s("job-01")], updateExpression: "SET progress = :p",
                expressionAttributeValues: [":p": .number(50)])),
            .delete(DynamoDBDeleteItemInput(tableName: "JobsT", key: ["owner": .s("user-1"), "id": .s("job-02")])),
            .conditionCheck(tableName: "JobsT", key: ["owner": .s("user-1"), "id": .s("job-03")], conditionExpression: "attribute_exists(id)"),
        ], clientRequestToken: "txn-1")
        let all = try await dynamodb.queryAll(Job.self, DynamoDBQueryInput(
            tableName: "JobsT", keyConditionExpression: "#o = :o", expressionAttributeNames: ["#o": "owner"],
            expressionAttributeValues: [":o": .s("user-1")], consistentRead: true))
        #expect(all.map(\.id) == ["job-01", "job-03", "job-04"])
        #expect(all.first?.progress == 50)

        do {
            try await dynamodb.transactWriteItems([
                .put(DynamoDBPutItemInput(tableName: "JobsT", item: try encoder.encode(Self.job(5)))),
                .conditionCheck(tableName: "JobsT", key: ["owner": .s("user-1"), "id": .s("job-02")], conditionExpression: "attribute_exists(id)"),
            ])
            Issue.record("a transaction with a failing condition succeeded")
        } catch let error as AWSServiceError {
            #expect(error.code == "TransactionCanceledException")
        }
        #expect(try await dynamodb.getItem(DynamoDBGetItemInput(tableName: "JobsT", key: ["owner": .s("user-1"), "id": .s("job-05")])) == nil)
    }
}
