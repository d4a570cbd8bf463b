import AWSCore
import Foundation

/// One action of TransactWriteItems.
public enum DynamoDBTransactWriteItem: Encodable, Sendable, Equatable {
    case put(DynamoDBPutItemInput)
    case update(DynamoDBUpdateItemInput)
    case delete(DynamoDBDeleteItemInput)
    /// Fails the whole transaction unless `conditionExpression` holds for the item with `key`.
    case conditionCheck(
        tableName: String, key: DynamoDBItem, conditionExpression: String,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil)

    private enum Action: String, CodingKey { case put = "Put", update = "Update", delete = "Delete", conditionCheck = "ConditionCheck" }

    /// `{"Put": {...}}` and so on; `ReturnValues` has no place inside a transaction and is left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Action.self)
        switch self {
        case .put(var input):
            input.returnValues = nil
            try container.encode(input, forKey: .put)
        case .update(var input):
            input.returnValues = nil
            try container.encode(input, forKey: .update)
        case .delete(var input):
            input.returnValues = nil
            try container.encode(input, forKey: .delete)
        case let .conditionCheck(tableName, key, conditionExpression, names, values):
            try container.encode(
                DynamoDBDeleteItemInput(
                    tableName: tableName, key: key, conditionExpression: conditionExpression,
                    expressionAttributeNames: names, expressionAttributeValues: values),
                forKey: .conditionCheck)
        }
    }

    func validate() throws(ClientInputError) {
        let operation = "TransactWriteItems"
        switch self {
        case .put(let input): try input.validate(operation)
        case .update(let input):
            try DynamoDBClient.checkTable(operation, input.tableName)
            if input.key.isEmpty { throw .missingField(operation, "Update.Key") }
            if (input.updateExpression ?? "").isEmpty { throw .missingField(operation, "Update.UpdateExpression") }
        case .delete(let input):
            try DynamoDBClient.checkTable(operation, input.tableName)
            if input.key.isEmpty { throw .missingField(operation, "Delete.Key") }
        case let .conditionCheck(tableName, key, conditionExpression, _, _):
            try DynamoDBClient.checkTable(operation, tableName)
            if key.isEmpty { throw .missingField(operation, "ConditionCheck.Key") }
            if conditionExpression.isEmpty { throw .missingField(operation, "ConditionCheck.ConditionExpression") }
        }
    }
}

struct DynamoDBTransactWriteItemsInput: Encodable, Sendable {
    var transactItems: [DynamoDBTransactWriteItem]
    var clientRequestToken: String
    enum CodingKeys: String, CodingKey { case transactItems = "TransactItems", clientRequestToken = "ClientRequestToken" }
}

extension DynamoDBClient {
    /// Applies every action or none. `clientRequestToken` (1–36 characters) makes a retry within 10 minutes
    /// a no-op; without one a random UUID is sent, as botocore does. Refuses no actions or more than 100.
    /// A failed condition throws `AWSServiceError` with code `TransactionCanceledException`.
    public func transactWriteItems(_ items: [DynamoDBTransactWriteItem], clientRequestToken: String? = nil) async throws {
        if items.isEmpty { throw ClientInputError.missingField("TransactWriteItems", "TransactItems") }
        if items.count > Self.maximumTransactItems {
            throw ClientInputError.tooLarge("TransactWriteItems", "TransactItems", size: items.count, limit: Self.maximumTransactItems, unit: "actions")
        }
        for item in items { try item.validate() }
        let token = clientRequestToken ?? UUID().uuidString.lowercased()
        if token.isEmpty || token.count > 36 {
            throw ClientInputError.invalidValue("TransactWriteItems", "ClientRequestToken", "must be 1 to 36 characters long")
        }
        let _: JSON = try await client.json(
            "TransactWriteItems", input: DynamoDBTransactWriteItemsInput(transactItems: items, clientRequestToken: token))
    }
}
