import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let sqsQueue = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"

    static let sqs: [ConformanceRow] = [
        ConformanceRow(
            "sqs.SendMessage with delay and attributes", service: "sqs", operation: "SendMessage",
            params: ["QueueUrl": .string(sqsQueue), "MessageBody": "{\"jobId\":\"42\"}", "DelaySeconds": 5,
                     "MessageAttributes": ["useCase": ["DataType": "String", "StringValue": "Dubbing"],
                                           "payload": ["DataType": "Binary", "BinaryValue": .bytes(Data([1, 2, 3]))]]]
        ) { configuration in
            _ = try await SQSClient(configuration).sendMessage(SQSSendMessageInput(
                queueURL: sqsQueue, messageBody: "{\"jobId\":\"42\"}", delaySeconds: 5,
                messageAttributes: ["useCase": .string("Dubbing"), "payload": .binary(Data([1, 2, 3]))]))
        },
        ConformanceRow(
            "sqs.SendMessage to a FIFO queue", service: "sqs", operation: "SendMessage",
            params: ["QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/jobs.fifo", "MessageBody": "step",
                     "MessageGroupId": "job-42", "MessageDeduplicationId": "job-42-step-1"]
        ) { configuration in
            _ = try await SQSClient(configuration).sendMessage(SQSSendMessageInput(
                queueURL: "https://sqs.us-east-1.amazonaws.com/123456789012/jobs.fifo", messageBody: "step",
                messageGroupId: "job-42", messageDeduplicationId: "job-42-step-1"))
        },
        ConformanceRow(
            "sqs.SendMessageBatch with two entries", service: "sqs", operation: "SendMessageBatch",
            params: ["QueueUrl": .string(sqsQueue), "Entries": [
                ["Id": "a", "MessageBody": "first", "DelaySeconds": 0],
                ["Id": "b", "MessageBody": "second", "MessageAttributes": ["n": ["DataType": "Number", "StringValue": "7"]]],
            ]]
        ) { configuration in
            _ = try await SQSClient(configuration).sendMessageBatch(SQSSendMessageBatchInput(queueURL: sqsQueue, entries: [
                .init(id: "a", messageBody: "first", delaySeconds: 0),
                .init(id: "b", messageBody: "second", messageAttributes: ["n": .number("7")]),
            ]))
        },
        ConformanceRow(
            "sqs.ReceiveMessage with long polling", service: "sqs", operation: "ReceiveMessage",
            params: ["QueueUrl": .string(sqsQueue), "MaxNumberOfMessages": 10, "WaitTimeSeconds": 20, "VisibilityTimeout": 60,
                     "MessageAttributeNames": ["All"], "MessageSystemAttributeNames": ["ApproximateReceiveCount"]]
        ) { configuration in
            _ = try await SQSClient(configuration).receiveMessage(SQSReceiveMessageInput(
                queueURL: sqsQueue, maxNumberOfMessages: 10, visibilityTimeout: 60, waitTimeSeconds: 20,
                messageAttributeNames: ["All"], messageSystemAttributeNames: ["ApproximateReceiveCount"]))
        },
        ConformanceRow(
            "sqs.DeleteMessage", service: "sqs", operation: "DeleteMessage",
            params: ["QueueUrl": .string(sqsQueue), "ReceiptHandle": "AQEB+handle/=="]
        ) { configuration in
            try await SQSClient(configuration).deleteMessage(queueURL: sqsQueue, receiptHandle: "AQEB+handle/==")
        },
    ]
}
