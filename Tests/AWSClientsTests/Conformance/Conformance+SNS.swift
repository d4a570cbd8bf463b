import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let sns: [ConformanceRow] = [
        ConformanceRow(
            "sns.Publish to a topic with subject and a string attribute", service: "sns", operation: "Publish",
            params: ["TopicArn": "arn:aws:sns:us-east-1:123456789012:jobs", "Message": "job 42 finished: ✓ & done",
                     "Subject": "Job finished",
                     "MessageAttributes": ["useCase": ["DataType": "String", "StringValue": "Dubbing"]]], body: .form
        ) { configuration in
            _ = try await SNSClient(configuration).publish(SNSPublishInput(
                topicArn: "arn:aws:sns:us-east-1:123456789012:jobs", message: "job 42 finished: ✓ & done", subject: "Job finished",
                messageAttributes: [("useCase", .string("Dubbing"))]))
        },
        ConformanceRow(
            "sns.Publish to a target with JSON structure and a binary attribute", service: "sns", operation: "Publish",
            params: ["TargetArn": "arn:aws:sns:us-east-1:123456789012:endpoint/APNS/app/1234",
                     "Message": #"{"default":"hello","APNS":"{\"aps\":{\"alert\":\"hi\"}}"}"#, "MessageStructure": "json",
                     "MessageAttributes": ["blob": ["DataType": "Binary", "BinaryValue": .bytes(Data([0, 1, 2, 250]))]]], body: .form
        ) { configuration in
            _ = try await SNSClient(configuration).publish(SNSPublishInput(
                targetArn: "arn:aws:sns:us-east-1:123456789012:endpoint/APNS/app/1234",
                message: #"{"default":"hello","APNS":"{\"aps\":{\"alert\":\"hi\"}}"}"#, messageStructure: "json",
                messageAttributes: [("blob", .binary(Data([0, 1, 2, 250])))]))
        },
        ConformanceRow(
            "sns.Publish to a FIFO topic with group and deduplication ids", service: "sns", operation: "Publish",
            params: ["TopicArn": "arn:aws:sns:us-east-1:123456789012:jobs.fifo", "Message": "step done",
                     "MessageGroupId": "job-42", "MessageDeduplicationId": "job-42-step-3"], body: .form
        ) { configuration in
            _ = try await SNSClient(configuration).publish(SNSPublishInput(
                topicArn: "arn:aws:sns:us-east-1:123456789012:jobs.fifo", message: "step done",
                messageGroupId: "job-42", messageDeduplicationId: "job-42-step-3"))
        },
    ]
}
