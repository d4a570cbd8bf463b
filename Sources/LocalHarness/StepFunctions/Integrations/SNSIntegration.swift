import AWSClients
import AWSCore
import Foundation
import StatesLanguage

/// `arn:aws:states:::sns:publish` (also `.waitForTaskToken`): TopicArn or TargetArn, Message (an object or array
/// is sent as its JSON text), Subject, MessageStructure, MessageAttributes ({Name: {DataType, StringValue |
/// BinaryValue (base64)}}), MessageGroupId, MessageDeduplicationId → {MessageId, SequenceNumber?} with the SDK's
/// response metadata. Errors are `SNS.<code>Exception`, e.g. `SNS.NotFoundException`.
struct SNSIntegration {
    static let fields: Set<String> = [
        "TopicArn", "TargetArn", "Message", "Subject", "MessageStructure", "MessageAttributes", "MessageGroupId",
        "MessageDeduplicationId",
    ]
    let configuration: AWSClientConfiguration

    func publish(_ parameters: JSONValue) async throws -> JSONValue {
        let input = try Self.input(parameters)
        do {
            let output = try await SNSClient(configuration).publish(input)
            var result: [String: JSONValue] = ["MessageId": .string(output.messageId)]
            if let sequence = output.sequenceNumber { result["SequenceNumber"] = .string(sequence) }
            return SDKMetadata.adding(to: .object(result), requestId: UUID().uuidString.lowercased(), contentType: "text/xml")
        } catch {
            throw IntegrationError.from(error, prefix: "SNS", serviceLabel: "AmazonSNS", addExceptionSuffix: true, validationCode: "InvalidParameterException")
        }
    }

    static func input(_ parameters: JSONValue) throws -> SNSPublishInput {
        let name = "sns:publish"
        guard let members = parameters.objectValue else {
            throw IntegrationError.parameters(name, "Parameters must be an object, not \(parameters.typeName)")
        }
        if let unknown = members.keys.sorted().first(where: { !fields.contains($0) }) {
            throw IntegrationError.parameters(name, "the field \(unknown) is not supported")
        }
        func string(_ field: String) throws -> String? {
            switch members[field] {
            case nil, .null?: return nil
            case .string(let value)?: return value
            case let other?: throw IntegrationError.parameters(name, "Parameters.\(field) must be a string, not \(other.typeName)")
            }
        }
        let message: String
        switch members["Message"] {
        case nil, .null?: throw IntegrationError.parameters(name, "Parameters.Message is required")
        case .string(let text)?: message = text
        case let value?: message = value.serialized()
        }
        var attributes: [(name: String, value: SNSMessageAttributeValue)] = []
        if let value = members["MessageAttributes"] {
            guard let entries = value.objectValue else {
                throw IntegrationError.parameters(name, "Parameters.MessageAttributes must be an object")
            }
            for key in entries.keys.sorted() {
                let entry = entries[key]!
                guard let dataType = entry["DataType"]?.stringValue else {
                    throw IntegrationError.parameters(name, "MessageAttributes.\(key).DataType is required")
                }
                var binary: Data?
                if let text = entry["BinaryValue"]?.stringValue {
                    guard let data = Data(base64Encoded: text) else {
                        throw IntegrationError.parameters(name, "MessageAttributes.\(key).BinaryValue must be base64")
                    }
                    binary = data
                }
                attributes.append((key, SNSMessageAttributeValue(dataType: dataType, stringValue: entry["StringValue"]?.stringValue, binaryValue: binary)))
            }
        }
        return SNSPublishInput(
            topicArn: try string("TopicArn"), targetArn: try string("TargetArn"), message: message, subject: try string("Subject"),
            messageStructure: try string("MessageStructure"), messageAttributes: attributes,
            messageGroupId: try string("MessageGroupId"), messageDeduplicationId: try string("MessageDeduplicationId"))
    }
}
