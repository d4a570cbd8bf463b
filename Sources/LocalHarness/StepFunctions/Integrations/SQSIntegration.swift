import AWSClients
import AWSCore
import StatesLanguage

/// `arn:aws:states:::sqs:sendMessage` (also `.waitForTaskToken`): QueueUrl, MessageBody (an object or array is
/// sent as its JSON text), DelaySeconds, MessageAttributes, MessageGroupId, MessageDeduplicationId → the
/// SendMessage answer (MD5OfMessageBody, MessageId, …). Errors are `SQS.<code>Exception`.
struct SQSIntegration {
    static let fields: Set<String> = [
        "QueueUrl", "MessageBody", "DelaySeconds", "MessageAttributes", "MessageGroupId", "MessageDeduplicationId",
    ]
    let configuration: AWSClientConfiguration

    func sendMessage(_ parameters: JSONValue) async throws -> JSONValue {
        guard var members = parameters.objectValue else {
            throw IntegrationError.parameters("sqs:sendMessage", "Parameters must be an object, not \(parameters.typeName)")
        }
        if let unknown = members.keys.sorted().first(where: { !Self.fields.contains($0) }) {
            throw IntegrationError.parameters("sqs:sendMessage", "the field \(unknown) is not supported")
        }
        guard members["QueueUrl"]?.stringValue != nil else {
            throw IntegrationError.parameters("sqs:sendMessage", "Parameters.QueueUrl is required")
        }
        switch members["MessageBody"] {
        case nil, .null?:
            throw IntegrationError.parameters("sqs:sendMessage", "Parameters.MessageBody is required")
        case .string?:
            break
        case let body?:
            members["MessageBody"] = .string(body.serialized())
        }
        do {
            let client = try configuration.client(for: .sqs, wireProtocol: SQSClient.wireProtocol)
            let (output, requestId) = try await client.rawJSON("SendMessage", .object(members))
            return SDKMetadata.adding(to: output, requestId: requestId, contentType: "application/x-amz-json-1.0")
        } catch {
            throw IntegrationError.from(error, prefix: "SQS", serviceLabel: "AmazonSQS", addExceptionSuffix: true, validationCode: "InvalidParameterValueException")
        }
    }
}
