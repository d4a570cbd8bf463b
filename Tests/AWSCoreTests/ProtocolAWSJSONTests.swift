import Foundation
import Testing

@testable import AWSCore

@Suite("awsJson 1.0 and 1.1 requests and the AWS JSON coders")
struct ProtocolAWSJSONTests {
    struct GetItemInput: Encodable {
        var TableName: String
        var Key: [String: [String: String]]
    }

    struct Stamped: Codable, Equatable {
        var at: Date
        var half: Date
        var blob: Data
    }

    @Test("a DynamoDB GetItem is POST / with the 1.0 target and content type, and the input as JSON")
    func dynamoGetItem() throws {
        // botocore (before-send hook) sends X-Amz-Target DynamoDB_20120810.GetItem and
        // Content-Type application/x-amz-json-1.0 for this call; our body has sorted keys and no spaces.
        let request = try AWSJSONProtocol.request(
            operation: "GetItem", input: GetItemInput(TableName: "Jobs", Key: ["id": ["S": "j1"]]),
            version: "1.0", targetPrefix: "DynamoDB_20120810")
        #expect(request.method == "POST")
        #expect(request.path == "/")
        #expect(request.query.isEmpty)
        #expect(request.headers == ["X-Amz-Target": "DynamoDB_20120810.GetItem", "Content-Type": "application/x-amz-json-1.0"])
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"Key":{"id":{"S":"j1"}},"TableName":"Jobs"}"#)
    }

    @Test("an operation without input sends {} with the 1.1 content type")
    func emptyInput() throws {
        let request = try AWSJSONProtocol.request(
            operation: "ListTranscriptionJobs", protocol: .awsJson(version: "1.1", targetPrefix: "Transcribe"))
        #expect(request.headers["X-Amz-Target"] == "Transcribe.ListTranscriptionJobs")
        #expect(request.headers["Content-Type"] == "application/x-amz-json-1.1")
        #expect(request.body == Data("{}".utf8))
    }

    @Test("a JSON version other than 1.0 or 1.1 is refused with an error naming it")
    func badVersion() {
        #expect(throws: ProtocolError.unsupportedJSONVersion("2.0")) {
            try AWSJSONProtocol.request(operation: "X", version: "2.0", targetPrefix: "T")
        }
        let error = ProtocolError.unsupportedJSONVersion("2.0")
        #expect(error.description == "ProtocolError.unsupportedJSONVersion: awsJson version '2.0' is not 1.0 or 1.1")
    }

    @Test("building an awsJson request for another protocol is refused")
    func wrongProtocol() {
        #expect(throws: ProtocolError.wrongProtocol(expected: "awsJson", got: .restJson)) {
            try AWSJSONProtocol.request(operation: "X", input: EmptyInput(), protocol: .restJson)
        }
    }

    @Test("the encoder writes dates as epoch seconds (fractions to the millisecond) and data as base64")
    func encoder() throws {
        let value = Stamped(
            at: Date(timeIntervalSince1970: 1_440_938_160), half: Date(timeIntervalSince1970: 1_440_938_160.5),
            blob: Data([0x00, 0xFF, 0x68, 0x69]))
        let json = String(decoding: try AWSJSONCoding.makeEncoder().encode(value), as: UTF8.self)
        #expect(json == #"{"at":1440938160,"blob":"AP9oaQ==","half":1440938160.5}"#)
    }

    @Test("the encoder leaves slashes unescaped")
    func slashes() throws {
        let json = String(decoding: try AWSJSONCoding.makeEncoder().encode(["key": "a/b"]), as: UTF8.self)
        #expect(json == #"{"key":"a/b"}"#)
    }

    @Test("the decoder reads dates from numbers and from ISO 8601 or HTTP-date strings")
    func decoder() throws {
        let json = #"{"at":"2015-08-30T12:36:00Z","half":1440938160.5,"blob":"AP9oaQ=="}"#
        let value = try AWSJSONCoding.makeDecoder().decode(Stamped.self, from: Data(json.utf8))
        #expect(value.at == Date(timeIntervalSince1970: 1_440_938_160))
        #expect(value.half == Date(timeIntervalSince1970: 1_440_938_160.5))
        #expect(value.blob == Data([0x00, 0xFF, 0x68, 0x69]))
        let http = #"{"at":"Sun, 30 Aug 2015 12:36:00 GMT","half":0,"blob":""}"#
        #expect(try AWSJSONCoding.makeDecoder().decode(Stamped.self, from: Data(http.utf8)).at
            == Date(timeIntervalSince1970: 1_440_938_160))
    }

    @Test("the decoder rejects a date string that is no timestamp")
    func decoderRejects() {
        let json = #"{"at":"yesterday","half":0,"blob":""}"#
        #expect(throws: DecodingError.self) {
            try AWSJSONCoding.makeDecoder().decode(Stamped.self, from: Data(json.utf8))
        }
    }
}
