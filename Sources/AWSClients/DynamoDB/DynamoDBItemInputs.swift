import Foundation

/// Which attributes a write returns.
public enum DynamoDBReturnValues: String, Codable, Sendable {
    case none = "NONE", allOld = "ALL_OLD", updatedOld = "UPDATED_OLD", allNew = "ALL_NEW", updatedNew = "UPDATED_NEW"
}

/// Input of PutItem.
public struct DynamoDBPutItemInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var item: DynamoDBItem
    public var conditionExpression: String?
    /// Placeholders `#name` for attribute names that are reserved words.
    public var expressionAttributeNames: [String: String]?
    /// Placeholders `:value` for values in the expressions.
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValues: DynamoDBReturnValues?

    public init(
        tableName: String, item: DynamoDBItem, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValues: DynamoDBReturnValues? = nil
    ) {
        self.tableName = tableName
        self.item = item
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName", item = "Item", conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames", expressionAttributeValues = "ExpressionAttributeValues"
        case returnValues = "ReturnValues"
    }

    func validate(_ operation: String) throws(ClientInputError) {
        try DynamoDBClient.checkTable(operation, tableName)
        try DynamoDBClient.checkItem(operation, "Item", item)
    }
}

/// Input of GetItem.
public struct DynamoDBGetItemInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    /// Read the latest write (costs twice the read capacity).
    public var consistentRead: Bool?
    /// The attributes to return, comma-separated (`id, #s, outputs.poster`).
    public var projectionExpression: String?
    public var expressionAttributeNames: [String: String]?

    public init(
        tableName: String, key: DynamoDBItem, consistentRead: Bool? = nil, projectionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.consistentRead = consistentRead
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName", key = "Key", consistentRead = "ConsistentRead"
        case projectionExpression = "ProjectionExpression", expressionAttributeNames = "ExpressionAttributeNames"
    }
}

/// Input of UpdateItem.
public struct DynamoDBUpdateItemInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    /// `SET #s = :s, progress = progress + :p REMOVE error`.
    public var updateExpression: String?
    public var conditionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValues: DynamoDBReturnValues?

    public init(
        tableName: String, key: DynamoDBItem, updateExpression: String? = nil, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValues: DynamoDBReturnValues? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.updateExpression = updateExpression
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName", key = "Key", updateExpression = "UpdateExpression", conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames", expressionAttributeValues = "ExpressionAttributeValues"
        case returnValues = "ReturnValues"
    }
}

/// Input of DeleteItem.
public struct DynamoDBDeleteItemInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    public var conditionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValues: DynamoDBReturnValues?

    public init(
        tableName: String, key: DynamoDBItem, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValues: DynamoDBReturnValues? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName", key = "Key", conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames", expressionAttributeValues = "ExpressionAttributeValues"
        case returnValues = "ReturnValues"
    }
}

/// Output of PutItem, UpdateItem and DeleteItem: the attributes `returnValues` asked for.
public struct DynamoDBWriteOutput: Decodable, Sendable, Equatable {
    public var attributes: DynamoDBItem?
    enum CodingKeys: String, CodingKey { case attributes = "Attributes" }
}

struct DynamoDBGetItemOutput: Decodable, Sendable {
    var item: DynamoDBItem?
    enum CodingKeys: String, CodingKey { case item = "Item" }
}
