import AWSCore
import StatesLanguage

/// `arn:aws:states:::aws-sdk:<service>:<action>` for the awsJson services of ``SDKService``: the action names
/// the operation (`getItem` → `GetItem`), Parameters in PascalCase become the model's member names, and the
/// answer comes back with PascalCase members. Errors are `<Service>.<code>` with `Exception` appended when the
/// code lacks it, e.g. `DynamoDb.ResourceNotFoundException`.
struct SDKIntegration {
    let configuration: AWSClientConfiguration

    func call(_ integration: IntegrationResource, _ parameters: JSONValue) async throws -> JSONValue {
        guard let sdk = SDKService.named(integration.service) else {
            throw StatesError.taskFailed("aws-sdk:\(integration.service) is not a service mediagen-local calls")
        }
        guard parameters.objectValue != nil else {
            throw IntegrationError.parameters(integration.name, "Parameters must be an object, not \(parameters.typeName)")
        }
        let operation = integration.action.prefix(1).uppercased() + integration.action.dropFirst()
        let names = SDKMemberNames.shared
        let request = names.toModel(parameters, service: sdk.name, operation: operation)
        do {
            let client = try configuration.client(for: sdk.service, wireProtocol: sdk.wireProtocol)
            let (output, _) = try await client.rawJSON(operation, request)
            return names.toPascal(output, service: sdk.name, operation: operation)
        } catch {
            throw IntegrationError.from(
                error, prefix: sdk.errorPrefix, serviceLabel: sdk.errorPrefix, addExceptionSuffix: true,
                validationCode: "ValidationException")
        }
    }
}
