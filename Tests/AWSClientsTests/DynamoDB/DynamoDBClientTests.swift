import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("DynamoDB client")
struct DynamoDBClientTests {
    static func json(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/x-amz-json-1.0"], body: Data(text.utf8))
    }

    static func client(_ transport: FakeTransport) throws -> DynamoDBClient {
        try DynamoDBClient(FakeTransport.singleAttemptConfiguration(transport, region: "us-east-1"))
    }

    @Test("GetItem decodes the documented Item, and a missing item is nil")
    func getItem() async throws {
        let transport = FakeTransport([
            Self.json(#"{"Item":{"id":{"S":"job-1"},"progress":{"N":"100"},"outputs":{"M":{"poster":{"S":"k/p.png"}}}},"ConsumedCapacity":{"TableName":"Jobs","CapacityUnits":1}}"#),
            Self.json("{}"),
        ], afterLast: .answerEmpty200)
        let dynamodb = try Self.client(transport)
        let item = try await dynamodb.getItem(DynamoDBGetItemInput(tableName: "Jobs", key: ["id": .s("job-1")]))
        #expect(item == ["id": .s("job-1"), "progress": .n("100"), "outputs": .m(["poster": .s("k/p.png")])])
        #expect(try await dynamodb.getItem(DynamoDBGetItemInput(tableName: "Jobs", key: ["id": .s("job-2")])) == nil)
        #expect(transport.requests.first?.headers["X-Amz-Target"] == "DynamoDB_20120810.GetItem")
    }

    @Test("typed getItem decodes the item into a Codable struct")
    func typedGet() async throws {
        struct Job: Codable, Equatable { var id: String; var progress: Int }
        let dynamodb = try Self.client(FakeTransport([Self.json(#"{"Item":{"id":{"S":"job-1"},"progress":{"N":"7"}}}"#)], afterLast: .answerEmpty200))
        #expect(try await dynamodb.getItem(Job.self, tableName: "Jobs", key: ["id": .s("job-1")]) == Job(id: "job-1", progress: 7))
    }

    @Test("UpdateItem returns the Attributes ReturnValues asked for")
    func updateItem() async throws {
        let dynamodb = try Self.client(FakeTransport([Self.json(#"{"Attributes":{"id":{"S":"job-1"},"status":{"S":"DONE"}}}"#)], afterLast: .answerEmpty200))
        let output = try await dynamodb.updateItem(DynamoDBUpdateItemInput(
            tableName: "Jobs", key: ["id": .s("job-1")], updateExpression: "SET #s = :s",
            expressionAttributeNames: ["#s": "status"], expressionAttributeValues: [":s": .s("DONE")], returnValues: .allNew))
        #expect(output.attributes?["status"] == .s("DONE"))
    }

    @Test("a failed condition surfaces as AWSServiceError ConditionalCheckFailedException")
    func conditionFailed() async throws {
        let body = #"{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}"#
        let dynamodb = try Self.client(FakeTransport([Self.json(body, status: 400)], afterLast: .answerEmpty200))
        do {
            try await dynamodb.putItem(DynamoDBPutItemInput(
                tableName: "Jobs", item: ["id": .s("job-1")], conditionExpression: "attribute_not_exists(id)"))
            Issue.record("the put succeeded")
        } catch let error as AWSServiceError {
            #expect(error.code == "ConditionalCheckFailedException")
            #expect(error.message == "The conditional request failed")
            #expect(error.statusCode == 400)
        }
    }

    @Test("queryAll follows LastEvaluatedKey as ExclusiveStartKey until the last page")
    func queryPaging() async throws {
        let transport = FakeTransport([
            Self.json(#"{"Items":[{"id":{"S":"a"}},{"id":{"S":"b"}}],"Count":2,"ScannedCount":3,"LastEvaluatedKey":{"id":{"S":"b"}}}"#),
            Self.json(#"{"Items":[{"id":{"S":"c"}}],"Count":1,"ScannedCount":1}"#),
        ], afterLast: .answerEmpty200)
        let items = try await Self.client(transport).queryAll(DynamoDBQueryInput(
            tableName: "Jobs", keyConditionExpression: "id = :id", expressionAttributeValues: [":id": .s("x")], limit: 2))
        #expect(items.map { $0["id"] } == [.s("a"), .s("b"), .s("c")])
        #expect(transport.requests.count == 2)
        let second = String(decoding: transport.requests[1].body, as: UTF8.self)
        #expect(second.contains(#""ExclusiveStartKey":{"id":{"S":"b"}}"#))
    }

    @Test("Query decodes Items, Count, ScannedCount and LastEvaluatedKey")
    func queryDecodes() throws {
        let body = #"{"Count":1,"Items":[{"SongTitle":{"S":"Call Me Today"}}],"ScannedCount":2,"LastEvaluatedKey":{"Artist":{"S":"No One You Know"}}}"#
        let page = try AWSJSONCoding.makeDecoder().decode(DynamoDBQueryOutput.self, from: Data(body.utf8))
        #expect(page.count == 1)
        #expect(page.scannedCount == 2)
        #expect(page.items == [["SongTitle": .s("Call Me Today")]])
        #expect(page.lastEvaluatedKey == ["Artist": .s("No One You Know")])
    }

    @Test("TransactWriteItems sends a random token when none is given; a cancelled transaction is an AWSServiceError")
    func transactions() async throws {
        let cancelled = #"{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","Message":"Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed]","CancellationReasons":[{"Code":"ConditionalCheckFailed","Message":"The conditional request failed"}]}"#
        let transport = FakeTransport([Self.json("{}"), Self.json(cancelled, status: 400)], afterLast: .answerEmpty200)
        let dynamodb = try Self.client(transport)
        try await dynamodb.transactWriteItems([.delete(DynamoDBDeleteItemInput(tableName: "Jobs", key: ["id": .s("a")]))])
        let sent = try JSONDecoder().decode(JSON.self, from: transport.requests[0].body)
        guard case .string(let token)? = sent["ClientRequestToken"] else { Issue.record("no token"); return }
        #expect(token.count == 36)
        do {
            try await dynamodb.transactWriteItems([.delete(DynamoDBDeleteItemInput(tableName: "Jobs", key: ["id": .s("a")]))], clientRequestToken: "t")
            Issue.record("a cancelled transaction succeeded")
        } catch let error as AWSServiceError {
            #expect(error.code == "TransactionCanceledException")
        }
    }

    @Test("an empty table name, an item over 400 KB, no actions or more than 100 actions are refused before sending")
    func limits() async throws {
        let transport = FakeTransport([], afterLast: .answerEmpty200)
        let dynamodb = try Self.client(transport)
        await #expect(throws: ClientInputError.missingField) {
            try await dynamodb.putItem(DynamoDBPutItemInput(tableName: "", item: ["id": .s("a")]))
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await dynamodb.getItem(DynamoDBGetItemInput(tableName: "", key: ["id": .s("a")]))
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await dynamodb.query(DynamoDBQueryInput(tableName: "", keyConditionExpression: "id = :id"))
        }
        let big: DynamoDBItem = ["id": .s("a"), "blob": .b(Data(count: 400 * 1024))]
        await #expect(throws: ClientInputError.tooLarge) {
            try await dynamodb.putItem(DynamoDBPutItemInput(tableName: "Jobs", item: big))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            try await dynamodb.transactWriteItems([.put(DynamoDBPutItemInput(tableName: "Jobs", item: big))])
        }
        let actions = (0...100).map { DynamoDBTransactWriteItem.delete(DynamoDBDeleteItemInput(tableName: "Jobs", key: ["id": .s("\($0)")])) }
        await #expect(throws: ClientInputError.tooLarge) { try await dynamodb.transactWriteItems(actions) }
        await #expect(throws: ClientInputError.missingField) { try await dynamodb.transactWriteItems([]) }
        await #expect(throws: ClientInputError.invalidValue) {
            try await dynamodb.transactWriteItems(Array(actions.prefix(1)), clientRequestToken: String(repeating: "x", count: 37))
        }
        #expect(transport.requests.isEmpty)
    }
}
