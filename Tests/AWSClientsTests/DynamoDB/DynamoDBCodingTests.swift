import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("DynamoDB attribute values and Codable mapping")
struct DynamoDBCodingTests {
    struct Job: Codable, Equatable {
        enum Status: String, Codable { case queued = "QUEUED", done = "DONE" }
        struct Output: Codable, Equatable { var key: String; var bytes: Int }
        var id: String
        var status: Status
        var progress: Double
        var attempts: Int
        var done: Bool
        var thumbnail: Data
        var createdAt: Date
        var error: String?
        var outputs: [String: Output]
        var steps: [String]
        var tags: Set<String>
        var sizes: Set<Int>
        var nested: [[Int]]
    }

    static let job = Job(
        id: "job-1", status: .queued, progress: 42.5, attempts: 3, done: false, thumbnail: Data([0, 1, 255]),
        createdAt: Date(timeIntervalSince1970: 1_767_225_600.25), error: nil,
        outputs: ["poster": .init(key: "k/p.png", bytes: 1024)], steps: ["transcribe", "translate"],
        tags: ["b", "a"], sizes: [3, 1], nested: [[1, 2], []])

    @Test("a Codable struct encodes to the documented attribute types, nil optionals left out")
    func encodes() throws {
        let item = try DynamoDBEncoder().encode(Self.job)
        #expect(item["id"] == .s("job-1"))
        #expect(item["status"] == .s("QUEUED"))
        #expect(item["progress"] == .n("42.5"))
        #expect(item["attempts"] == .n("3"))
        #expect(item["done"] == .bool(false))
        #expect(item["thumbnail"] == .b(Data([0, 1, 255])))
        #expect(item["createdAt"] == .s("2026-01-01T00:00:00.250Z"))
        #expect(item["error"] == nil)
        #expect(item["outputs"] == .m(["poster": .m(["key": .s("k/p.png"), "bytes": .n("1024")])]))
        #expect(item["steps"] == .l([.s("transcribe"), .s("translate")]))
        #expect(item["tags"] == .ss(["a", "b"]))
        #expect(item["sizes"] == .ns(["1", "3"]))
        #expect(item["nested"] == .l([.l([.n("1"), .n("2")]), .l([])]))
    }

    @Test("an item decodes back to the same struct, and epoch-second dates are read too")
    func roundTrip() throws {
        let item = try DynamoDBEncoder().encode(Self.job)
        #expect(try DynamoDBDecoder().decode(Job.self, from: item) == Self.job)
        let epoch = try DynamoDBEncoder(dateEncoding: .epochSeconds).encode(Self.job)
        #expect(epoch["createdAt"] == .n("1767225600.25"))
        #expect(try DynamoDBDecoder().decode(Job.self, from: epoch) == Self.job)
    }

    @Test("the wire form is {\"S\": …}, {\"N\": \"…\"}, {\"B\": base64}, {\"NULL\": true} and reads back")
    func wireForm() throws {
        let value: DynamoDBValue = .m([
            "s": .s("é"), "n": .n("-1.5e3"), "b": .b(Data([1, 2])), "t": .bool(true), "z": .null,
            "l": .l([.ss(["x"]), .ns(["1"]), .bs([Data([3])])]),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(json == #"{"M":{"b":{"B":"AQI="},"l":{"L":[{"SS":["x"]},{"NS":["1"]},{"BS":["Aw=="]}]},"n":{"N":"-1.5e3"},"s":{"S":"é"},"t":{"BOOL":true},"z":{"NULL":true}}}"#)
        #expect(try JSONDecoder().decode(DynamoDBValue.self, from: Data(json.utf8)) == value)
    }

    @Test("a wrong attribute type is a decoding error naming the path")
    func typeMismatch() {
        #expect(throws: DecodingError.self) {
            _ = try DynamoDBDecoder().decode(Job.Output.self, from: ["key": .s("k"), "bytes": .s("many")])
        }
        #expect(throws: DecodingError.self) {
            _ = try DynamoDBDecoder().decode(Job.Output.self, from: ["key": .s("k")])
        }
    }

    @Test("item size counts names and values; a 400 KB string makes an item too large")
    func itemSize() {
        #expect(DynamoDBValue.size(of: ["id": .s("abc"), "n": .n("12345")]) == 2 + 3 + 1 + 4)
        let big: DynamoDBItem = ["id": .s("x"), "blob": .b(Data(count: DynamoDBClient.maximumItemBytes))]
        #expect(DynamoDBValue.size(of: big) > DynamoDBClient.maximumItemBytes)
    }
}
