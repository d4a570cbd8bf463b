import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let dynamodb: [ConformanceRow] = [
        ConformanceRow(
            "dynamodb.PutItem with every attribute type and a condition", service: "dynamodb", operation: "PutItem",
            params: ["TableName": "Jobs",
                     "Item": ["id": ["S": "job-1"], "progress": ["N": "42.5"], "thumb": ["B": .bytes(Data([0, 1, 2, 255]))],
                              "done": ["BOOL": false], "error": ["NULL": true], "outputs": ["M": ["poster": ["S": "k/p.png"]]],
                              "steps": ["L": [["S": "a"], ["N": "1"]]], "tags": ["SS": ["x", "y"]], "sizes": ["NS": ["1", "2"]],
                              "blobs": ["BS": [.bytes(Data("a".utf8))]]],
                     "ConditionExpression": "attribute_not_exists(id)", "ReturnValues": "NONE"]
        ) { configuration in
            try await DynamoDBClient(configuration).putItem(DynamoDBPutItemInput(
                tableName: "Jobs",
                item: ["id": .s("job-1"), "progress": .n("42.5"), "thumb": .b(Data([0, 1, 2, 255])), "done": .bool(false),
                       "error": .null, "outputs": .m(["poster": .s("k/p.png")]), "steps": .l([.s("a"), .n("1")]),
                       "tags": .ss(["x", "y"]), "sizes": .ns(["1", "2"]), "blobs": .bs([Data("a".utf8)])],
                conditionExpression: "attribute_not_exists(id)", returnValues: DynamoDBReturnValues.none))
        },
        ConformanceRow(
            "dynamodb.GetItem with consistent read and projection", service: "dynamodb", operation: "GetItem",
            params: ["TableName": "Jobs", "Key": ["id": ["S": "job-1"]], "ConsistentRead": true,
                     "ProjectionExpression": "id, #s, outputs.poster", "ExpressionAttributeNames": ["#s": "status"]]
        ) { configuration in
            _ = try await DynamoDBClient(configuration).getItem(DynamoDBGetItemInput(
                tableName: "Jobs", key: ["id": .s("job-1")], consistentRead: true,
                projectionExpression: "id, #s, outputs.poster", expressionAttributeNames: ["#s": "status"]))
        },
        ConformanceRow(
            "dynamodb.UpdateItem with update and condition expressions", service: "dynamodb", operation: "UpdateItem",
            params: ["TableName": "Jobs", "Key": ["id": ["S": "job-1"]],
                     "UpdateExpression": "SET #s = :s, progress = :p REMOVE #e",
                     "ConditionExpression": "#s = :running",
                     "ExpressionAttributeNames": ["#s": "status", "#e": "error"],
                     "ExpressionAttributeValues": [":s": ["S": "DONE"], ":p": ["N": "100"], ":running": ["S": "RUNNING"]],
                     "ReturnValues": "ALL_NEW"]
        ) { configuration in
            try await DynamoDBClient(configuration).updateItem(DynamoDBUpdateItemInput(
                tableName: "Jobs", key: ["id": .s("job-1")], updateExpression: "SET #s = :s, progress = :p REMOVE #e",
                conditionExpression: "#s = :running", expressionAttributeNames: ["#s": "status", "#e": "error"],
                expressionAttributeValues: [":s": .s("DONE"), ":p": .n("100"), ":running": .s("RUNNING")], returnValues: .allNew))
        },
        ConformanceRow(
            "dynamodb.DeleteItem with a condition", service: "dynamodb", operation: "DeleteItem",
            params: ["TableName": "Jobs", "Key": ["id": ["S": "job-1"]], "ConditionExpression": "#o = :me",
                     "ExpressionAttributeNames": ["#o": "owner"], "ExpressionAttributeValues": [":me": ["S": "user-1"]],
                     "ReturnValues": "ALL_OLD"]
        ) { configuration in
            try await DynamoDBClient(configuration).deleteItem(DynamoDBDeleteItemInput(
                tableName: "Jobs", key: ["id": .s("job-1")], conditionExpression: "#o = :me",
                expressionAttributeNames: ["#o": "owner"], expressionAttributeValues: [":me": .s("user-1")], returnValues: .allOld))
        },
        ConformanceRow(
            "dynamodb.Query on an index with filter, paging key, order and limit", service: "dynamodb", operation: "Query",
            params: ["TableName": "Jobs", "IndexName": "byOwner", "KeyConditionExpression": "#o = :o AND createdAt > :t",
                     "FilterExpression": "#s <> :failed", "ProjectionExpression": "id, #s",
                     "ExpressionAttributeNames": ["#o": "owner", "#s": "status"],
                     "ExpressionAttributeValues": [":o": ["S": "user-1"], ":t": ["N": "1767225600"], ":failed": ["S": "FAILED"]],
                     "ExclusiveStartKey": ["id": ["S": "job-9"], "owner": ["S": "user-1"], "createdAt": ["N": "1767225700"]],
                     "ScanIndexForward": false, "Limit": 25, "ConsistentRead": false]
        ) { configuration in
            _ = try await DynamoDBClient(configuration).query(DynamoDBQueryInput(
                tableName: "Jobs", indexName: "byOwner", keyConditionExpression: "#o = :o AND createdAt > :t",
                filterExpression: "#s <> :failed", projectionExpression: "id, #s",
                expressionAttributeNames: ["#o": "owner", "#s": "status"],
                expressionAttributeValues: [":o": .s("user-1"), ":t": .n("1767225600"), ":failed": .s("FAILED")],
                exclusiveStartKey: ["id": .s("job-9"), "owner": .s("user-1"), "createdAt": .n("1767225700")],
                scanIndexForward: false, limit: 25, consistentRead: false))
        },
        ConformanceRow(
            "dynamodb.Query with only a key condition", service: "dynamodb", operation: "Query",
            params: ["TableName": "Jobs", "KeyConditionExpression": "id = :id", "ExpressionAttributeValues": [":id": ["S": "job-1"]]]
        ) { configuration in
            _ = try await DynamoDBClient(configuration).query(DynamoDBQueryInput(
                tableName: "Jobs", keyConditionExpression: "id = :id", expressionAttributeValues: [":id": .s("job-1")]))
        },
        ConformanceRow(
            "dynamodb.GetItem by key only", service: "dynamodb", operation: "GetItem",
            params: ["TableName": "Jobs", "Key": ["owner": ["S": "user-1"], "createdAt": ["N": "1767225600"]]]
        ) { configuration in
            _ = try await DynamoDBClient(configuration).getItem(DynamoDBGetItemInput(
                tableName: "Jobs", key: ["owner": .s("user-1"), "createdAt": .n("1767225600")]))
        },
        ConformanceRow(
            "dynamodb.TransactWriteItems with put, update, delete and condition check", service: "dynamodb",
            operation: "TransactWriteItems",
            params: ["ClientRequestToken": "job-1-create",
                     "TransactItems": [
                        ["Put": ["TableName": "Jobs", "Item": ["id": ["S": "job-1"], "status": ["S": "QUEUED"]],
                                 "ConditionExpression": "attribute_not_exists(id)"]],
                        ["Update": ["TableName": "Counters", "Key": ["name": ["S": "jobs"]], "UpdateExpression": "ADD #c :one",
                                    "ExpressionAttributeNames": ["#c": "count"], "ExpressionAttributeValues": [":one": ["N": "1"]]]],
                        ["Delete": ["TableName": "Drafts", "Key": ["id": ["S": "draft-1"]]]],
                        ["ConditionCheck": ["TableName": "Users", "Key": ["id": ["S": "user-1"]],
                                            "ConditionExpression": "attribute_exists(id) AND #q > :zero",
                                            "ExpressionAttributeNames": ["#q": "quota"],
                                            "ExpressionAttributeValues": [":zero": ["N": "0"]]]],
                     ]]
        ) { configuration in
            try await DynamoDBClient(configuration).transactWriteItems([
                .put(DynamoDBPutItemInput(
                    tableName: "Jobs", item: ["id": .s("job-1"), "status": .s("QUEUED")], conditionExpression: "attribute_not_exists(id)")),
                .update(DynamoDBUpdateItemInput(
                    tableName: "Counters", key: ["name": .s("jobs")], updateExpression: "ADD #c :one",
                    expressionAttributeNames: ["#c": "count"], expressionAttributeValues: [":one": .n("1")])),
                .delete(DynamoDBDeleteItemInput(tableName: "Drafts", key: ["id": .s("draft-1")])),
                .conditionCheck(
                    tableName: "Users", key: ["id": .s("user-1")], conditionExpression: "attribute_exists(id) AND #q > :zero",
                    expressionAttributeNames: ["#q": "quota"], expressionAttributeValues: [":zero": .n("0")]),
            ], clientRequestToken: "job-1-create")
        },
    ]
}
