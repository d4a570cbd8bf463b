import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("SQS client")
struct SQSClientTests {
    static let queue = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"

    @Test("SendMessageBatch decodes Successful and Failed entries as documented")
    func decodesBatch() async throws {
        let transport = MessagingStubTransport(body: #"{"Successful":[{"Id":"a","MessageId":"0e3b-1","MD5OfMessageBody":"8b1a9953c4611296a827abf8c47804d7"}],"Failed":[{"Id":"b","SenderFault":true,"Code":"InvalidParameterValue","Message":"bad delay"}]}"#)
        let output = try await SQSClient(transport.configuration).sendMessageBatch(SQSSendMessageBatchInput(
            queueURL: Self.queue, entries: [.init(id: "a", messageBody: "x"), .init(id: "b", messageBody: "y")]))
        #expect(output.successful.map(\.id) == ["a"])
        #expect(output.failed.first == .init(id: "b", senderFault: true, code: "InvalidParameterValue", message: "bad delay"))
    }

    @Test("SendMessage and ReceiveMessage decode message ids, bodies, receipt handles and attributes")
    func decodesMessages() async throws {
        let sent = MessagingStubTransport(body: #"{"MessageId":"5fea7756-0ea4-451a-a703-a558b933e274","MD5OfMessageBody":"fafb00f5732ab283681e124bf8747ed1"}"#)
        let output = try await SQSClient(sent.configuration).sendMessage(SQSSendMessageInput(queueURL: Self.queue, messageBody: "hi"))
        #expect(output.messageId == "5fea7756-0ea4-451a-a703-a558b933e274")
        let received = MessagingStubTransport(body: #"{"Messages":[{"MessageId":"m1","ReceiptHandle":"rh1","MD5OfBody":"x","Body":"hello","Attributes":{"ApproximateReceiveCount":"1"},"MessageAttributes":{"n":{"DataType":"Number","StringValue":"7"}}}]}"#)
        let messages = try await SQSClient(received.configuration).receiveMessage(SQSReceiveMessageInput(queueURL: Self.queue))
        #expect(messages.first?.body == "hello")
        #expect(messages.first?.receiptHandle == "rh1")
        #expect(messages.first?.attributes?["ApproximateReceiveCount"] == "1")
        #expect(messages.first?.messageAttributes?["n"] == .number("7"))
        let empty = MessagingStubTransport(body: "{}")
        #expect(try await SQSClient(empty.configuration).receiveMessage(SQSReceiveMessageInput(queueURL: Self.queue)).isEmpty)
    }

    @Test("a missing queue surfaces as AWSServiceError QueueDoesNotExist")
    func serviceError() async throws {
        let transport = MessagingStubTransport.jsonError(
            "com.amazonaws.sqs#QueueDoesNotExist", "The specified queue does not exist.",
            headers: ["x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender"])
        do {
            _ = try await SQSClient(transport.configuration).sendMessage(SQSSendMessageInput(queueURL: Self.queue, messageBody: "x"))
            Issue.record("expected an error")
        } catch let error as AWSServiceError {
            #expect(["QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue"].contains(error.code))
            #expect(error.statusCode == 400)
        }
    }

    @Test("a body over 256 KiB, more than 10 entries and repeated batch ids are refused before sending")
    func limits() async throws {
        let transport = MessagingStubTransport(body: "{}")
        let client = try SQSClient(transport.configuration)
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.sendMessage(SQSSendMessageInput(queueURL: Self.queue, messageBody: String(repeating: "a", count: 262_145)))
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await client.sendMessage(SQSSendMessageInput(queueURL: Self.queue, messageBody: ""))
        }
        let eleven = (0..<11).map { SQSSendMessageBatchInput.Entry(id: "e\($0)", messageBody: "x") }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.sendMessageBatch(SQSSendMessageBatchInput(queueURL: Self.queue, entries: eleven))
        }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await client.sendMessageBatch(SQSSendMessageBatchInput(queueURL: Self.queue, entries: [
                .init(id: "same", messageBody: "1"), .init(id: "same", messageBody: "2"),
            ]))
        }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await client.sendMessageBatch(SQSSendMessageBatchInput(queueURL: Self.queue, entries: [.init(id: "a b", messageBody: "1")]))
        }
        let big = (0..<2).map { SQSSendMessageBatchInput.Entry(id: "b\($0)", messageBody: String(repeating: "z", count: 140_000)) }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.sendMessageBatch(SQSSendMessageBatchInput(queueURL: Self.queue, entries: big))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test("the size error names the field and the limit")
    func errorText() {
        let error = #expect(throws: ClientInputError.self) {
            try SQSSendMessageInput(queueURL: Self.queue, messageBody: String(repeating: "a", count: 262_145)).validate()
        }
        #expect(error?.detail.contains("MessageBody") == true)
        #expect(error?.detail.contains("262144") == true)
    }
}
