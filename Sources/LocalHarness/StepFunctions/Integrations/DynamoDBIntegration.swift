import AWSClients
import AWSCore
import StatesLanguage

/// `arn:aws:states:::dynamodb:putItem|getItem|updateItem|deleteItem`: Parameters are the API's request
/// (TableName, Key/Item in attribute-value form, ConditionExpression, …); the result is the API's answer with
/// the SDK's response metadata. Errors are `DynamoDB.<code>`, e.g. `DynamoDB.ConditionalCheckFailedException`.
struct DynamoDBIntegration {
    static let actions = ["putItem": "PutItem", "getItem": "GetItem", "updateItem": "UpdateItem", "deleteItem": "DeleteItem"]
    let configuration: AWSClientConfiguration

    func call(_ action: String, _ parameters: JSONValue) async throws -> JSONValue {
        guard let operation = Self.actions[action] else {
            throw StatesError.taskFailed("dynamodb:\(action) is not an optimized DynamoDB integration")
        }
        guard parameters.objectValue != nil else {
            throw IntegrationError.parameters("dynamodb:\(action)", "Parameters must be an object, not \(parameters.typeName)")
        }
        guard parameters["TableName"]?.stringValue != nil else {
            throw IntegrationError.parameters("dynamodb:\(action)", "Parameters.TableName is required")
        }
        do {
            let client = try configuration.client(for: .dynamodb, wireProtocol: DynamoDBClient.wireProtocol)
            let (output, requestId) = try await client.rawJSON(operation, parameters)
            return SDKMetadata.adding(to: output, requestId: requestId, contentType: "application/x-amz-json-1.0")
        } catch {
            throw IntegrationError.from(
                error, prefix: "DynamoDB", serviceLabel: "AmazonDynamoDBv2", addExceptionSuffix: false,
                validationCode: "AmazonDynamoDBException")
        }
    }
}
