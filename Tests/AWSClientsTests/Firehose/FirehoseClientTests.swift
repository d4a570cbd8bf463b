import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Firehose client")
struct FirehoseClientTests {
    @Test("PutRecordBatch decodes FailedPutCount and each record's id or error")
    func decodes() async throws {
        let transport = MessagingStubTransport(body: #"{"FailedPutCount":1,"Encrypted":false,"RequestResponses":[{"RecordId":"49543463076548007577105092703039560359975228518395019266"},{"ErrorCode":"ServiceUnavailableException","ErrorMessage":"Slow down."}]}"#)
        let output = try await FirehoseClient(transport.configuration).putRecordBatch(
            deliveryStreamName: "analytics", records: [Data("a\n".utf8), Data("b\n".utf8)])
        #expect(output.failedPutCount == 1)
        #expect(output.requestResponses.first?.recordId?.isEmpty == false)
        #expect(output.requestResponses.last?.errorCode == "ServiceUnavailableException")
    }

    @Test("a missing delivery stream surfaces as AWSServiceError ResourceNotFoundException")
    func serviceError() async throws {
        let transport = MessagingStubTransport.jsonError("ResourceNotFoundException", "Firehose analytics not found.")
        do {
            _ = try await FirehoseClient(transport.configuration).putRecordBatch(deliveryStreamName: "analytics", records: [Data()])
            Issue.record("expected an error")
        } catch let error as AWSServiceError {
            #expect(error.code == "ResourceNotFoundException")
        }
    }

    @Test("more than 500 records, a record over 1,000 KiB and a batch over 4 MiB are refused")
    func limits() async throws {
        let transport = MessagingStubTransport(body: "{}")
        let client = try FirehoseClient(transport.configuration)
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.putRecordBatch(deliveryStreamName: "s", records: Array(repeating: Data([1]), count: 501))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.putRecordBatch(deliveryStreamName: "s", records: [Data(count: 1_024_001)])
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.putRecordBatch(deliveryStreamName: "s", records: Array(repeating: Data(count: 1_000_000), count: 5))
        }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.putRecordBatch(deliveryStreamName: "s", records: []) }
        #expect(transport.requests.isEmpty)
    }
}
