import AWSCore
import Foundation

/// Input of Query: items of one partition, optionally narrowed by sort key and filtered.
public struct DynamoDBQueryInput: Encodable, Sendable, Equatable {
    public var tableName: String
    /// Query a secondary index instead of the table.
    public var indexName: String?
    /// `pk = :pk AND begins_with(sk, :prefix)`.
    public var keyConditionExpression: String
    /// Applied after the read: filtered items still count against `limit` and read capacity.
    public var filterExpression: String?
    public var projectionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    /// Where the previous page stopped (its `lastEvaluatedKey`).
    public var exclusiveStartKey: DynamoDBItem?
    /// `false` reads in descending sort-key order.
    public var scanIndexForward: Bool?
    /// At most this many items evaluated per page.
    public var limit: Int?
    public var consistentRead: Bool?

    public init(
        tableName: String, indexName: String? = nil, keyConditionExpression: String, filterExpression: String? = nil,
        projectionExpression: String? = nil, expressionAttributeNames: [String: String]? = nil,
        expressionAttributeValues: DynamoDBItem? = nil, exclusiveStartKey: DynamoDBItem? = nil,
        scanIndexForward: Bool? = nil, limit: Int? = nil, consistentRead: Bool? = nil
    ) {
        self.tableName = tableName
        self.indexName = indexName
        self.keyConditionExpression = keyConditionExpression
        self.filterExpression = filterExpression
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.exclusiveStartKey = exclusiveStartKey
        self.scanIndexForward = scanIndexForward
        self.limit = limit
        self.consistentRead = consistentRead
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName", indexName = "IndexName", keyConditionExpression = "KeyConditionExpression"
        case filterExpression = "FilterExpression", projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames", expressionAttributeValues = "ExpressionAttributeValues"
        case exclusiveStartKey = "ExclusiveStartKey", scanIndexForward = "ScanIndexForward", limit = "Limit"
        case consistentRead = "ConsistentRead"
    }

    func validate() throws(ClientInputError) {
        try DynamoDBClient.checkTable("Query", tableName)
        if keyConditionExpression.isEmpty { throw .missingField("Query", "KeyConditionExpression") }
        if let limit, limit < 1 { throw .invalidValue("Query", "Limit", "must be at least 1") }
    }
}

/// One page of Query.
public struct DynamoDBQueryOutput: Decodable, Sendable, Equatable {
    public var items: [DynamoDBItem]
    public var count: Int
    public var scannedCount: Int
    /// Present when more items may follow: pass it as the next `exclusiveStartKey`.
    public var lastEvaluatedKey: DynamoDBItem?

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decodeIfPresent([DynamoDBItem].self, forKey: .items) ?? []
        count = try container.decodeIfPresent(Int.self, forKey: .count) ?? items.count
        scannedCount = try container.decodeIfPresent(Int.self, forKey: .scannedCount) ?? count
        lastEvaluatedKey = try container.decodeIfPresent(DynamoDBItem.self, forKey: .lastEvaluatedKey)
    }

    enum CodingKeys: String, CodingKey {
        case items = "Items", count = "Count", scannedCount = "ScannedCount", lastEvaluatedKey = "LastEvaluatedKey"
    }
}

extension DynamoDBClient {
    /// One page of items.
    public func query(_ input: DynamoDBQueryInput) async throws -> DynamoDBQueryOutput {
        try input.validate()
        return try await client.json("Query", input: input)
    }

    /// Every item the query matches, following `LastEvaluatedKey` until the last page.
    public func queryAll(_ input: DynamoDBQueryInput) async throws -> [DynamoDBItem] {
        var input = input
        var items: [DynamoDBItem] = []
        while true {
            let page = try await query(input)
            items += page.items
            guard let next = page.lastEvaluatedKey, !next.isEmpty else { return items }
            input.exclusiveStartKey = next
        }
    }

    /// Every item the query matches, decoded as `type`.
    public func queryAll<T: Decodable>(
        _ type: T.Type, _ input: DynamoDBQueryInput, decoder: DynamoDBDecoder = DynamoDBDecoder()
    ) async throws -> [T] {
        try await queryAll(input).map { try decoder.decode(type, from: $0) }
    }
}
