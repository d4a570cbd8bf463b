import AWSCore
import Foundation

/// Amazon DynamoDB (awsJson 1.0): items, conditional writes, queries and write transactions.
/// Items are `[String: DynamoDBValue]`; `DynamoDBEncoder`/`DynamoDBDecoder` map them to and from Codable types.
public struct DynamoDBClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.0", targetPrefix: "DynamoDB_20120810")
    /// An item, names and values together, is at most 400 KB.
    public static let maximumItemBytes = 400 * 1024
    /// TransactWriteItems takes at most 100 actions.
    public static let maximumTransactItems = 100

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .dynamodb, wireProtocol: Self.wireProtocol)
    }

    /// Stores `input.item`, replacing any item with the same key unless `conditionExpression` fails
    /// (then `AWSServiceError` with code `ConditionalCheckFailedException`).
    @discardableResult
    public func putItem(_ input: DynamoDBPutItemInput) async throws -> DynamoDBWriteOutput {
        try input.validate("PutItem")
        return try await client.json("PutItem", input: input)
    }

    /// The item with `input.key`, or `nil` when there is none.
    public func getItem(_ input: DynamoDBGetItemInput) async throws -> DynamoDBItem? {
        try Self.checkTable("GetItem", input.tableName)
        if input.key.isEmpty { throw ClientInputError.missingField("GetItem", "Key") }
        let output: DynamoDBGetItemOutput = try await client.json("GetItem", input: input)
        return output.item
    }

    /// Edits (or creates) the item with `input.key` by `updateExpression`, if `conditionExpression` holds.
    @discardableResult
    public func updateItem(_ input: DynamoDBUpdateItemInput) async throws -> DynamoDBWriteOutput {
        try Self.checkTable("UpdateItem", input.tableName)
        if input.key.isEmpty { throw ClientInputError.missingField("UpdateItem", "Key") }
        return try await client.json("UpdateItem", input: input)
    }

    /// Deletes the item with `input.key`, if `conditionExpression` holds.
    @discardableResult
    public func deleteItem(_ input: DynamoDBDeleteItemInput) async throws -> DynamoDBWriteOutput {
        try Self.checkTable("DeleteItem", input.tableName)
        if input.key.isEmpty { throw ClientInputError.missingField("DeleteItem", "Key") }
        return try await client.json("DeleteItem", input: input)
    }

    /// Puts `value` encoded with `encoder` as an item.
    public func putItem(
        tableName: String, _ value: some Encodable, conditionExpression: String? = nil, encoder: DynamoDBEncoder = DynamoDBEncoder()
    ) async throws {
        try await putItem(DynamoDBPutItemInput(tableName: tableName, item: try encoder.encode(value), conditionExpression: conditionExpression))
    }

    /// The item with `key` decoded as `type`, or `nil` when there is none.
    public func getItem<T: Decodable>(
        _ type: T.Type, tableName: String, key: DynamoDBItem, consistentRead: Bool? = nil, decoder: DynamoDBDecoder = DynamoDBDecoder()
    ) async throws -> T? {
        guard let item = try await getItem(DynamoDBGetItemInput(tableName: tableName, key: key, consistentRead: consistentRead)) else { return nil }
        return try decoder.decode(type, from: item)
    }

    static func checkTable(_ operation: String, _ tableName: String) throws(ClientInputError) {
        if tableName.isEmpty { throw .missingField(operation, "TableName") }
    }

    static func checkItem(_ operation: String, _ field: String, _ item: DynamoDBItem) throws(ClientInputError) {
        if item.isEmpty { throw .missingField(operation, field) }
        let size = DynamoDBValue.size(of: item)
        if size > maximumItemBytes { throw .tooLarge(operation, field, size: size, limit: maximumItemBytes, unit: "bytes") }
    }
}
