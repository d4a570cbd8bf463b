import Foundation
import Testing
import TestSupport
@testable import AWSCore

/// The AWS core against a real moto server that verifies every SigV4 signature (started by the suite).
@Suite("AWS core against moto with signature verification", .serialized, .motoServer)
struct MotoIntegrationTests {
    static let region = "us-east-1"

    func client(_ service: AWSService, _ wireProtocol: WireProtocol, secret: String? = nil) throws -> AWSClient {
        let moto = try #require(MotoServer.current).connection
        return try AWSClient(
            service: service, wireProtocol: wireProtocol, region: Self.region,
            credentials: StaticCredentialProvider(Credentials(
                accessKeyId: moto.accessKeyId, secretAccessKey: secret ?? moto.secretAccessKey)),
            transport: URLSessionTransport(), endpoint: moto.endpoint, environment: [:])
    }

    static let dynamodbProtocol = WireProtocol.awsJson(version: "1.0", targetPrefix: "DynamoDB_20120810")

    @Test("S3 stores and returns objects whose keys hold spaces, plus signs and unicode")
    func s3Keys() async throws {
        let s3 = try client(.s3, .restXml)
        _ = try await s3.s3("PUT", bucket: "mediagen-keys")
        let keys = ["folder/my file.txt", "a+b=c&d.txt", "unicode/日本語 ሴ 😀.txt", "odd/!'()*~;:@$,[].txt"]
        for (n, key) in keys.enumerated() {
            let body = Data("object \(n): \(key)".utf8)
            _ = try await s3.s3("PUT", bucket: "mediagen-keys", key: key, headers: ["Content-Type": "text/plain"], body: body)
            let got = try await s3.s3("GET", bucket: "mediagen-keys", key: key)
            #expect(got.body == body, "key \(key)")
        }
        let listing = try await s3.s3("GET", bucket: "mediagen-keys", query: [("list-type", "2")])
        let names = try XMLReader.parse(listing.body).children("Contents").compactMap { $0.childText("Key") }
        #expect(Set(names) == Set(keys))
    }

    @Test("a presigned S3 GET URL fetches the object without any other credentials")
    func s3Presigned() async throws {
        let s3 = try client(.s3, .restXml)
        _ = try await s3.s3("PUT", bucket: "mediagen-presign")
        _ = try await s3.s3("PUT", bucket: "mediagen-presign", key: "poster final.png", body: Data("PNG".utf8))
        let url = try await s3.presign(method: "GET", url: try s3.s3URL(bucket: "mediagen-presign", key: "poster final.png"), expires: 300)
        #expect(url.contains("X-Amz-Signature="))
        let response = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: url))
        #expect(response.status == 200)
        #expect(response.body == Data("PNG".utf8))

        let tampered = url.replacingOccurrences(of: "poster%20final.png", with: "poster%20final2.png")
        let denied = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: tampered))
        #expect(denied.status == 403)
        #expect(AWSErrorDecoder.decode(denied, protocol: .restXml).code == "SignatureDoesNotMatch")

        let moto = try #require(MotoServer.current).connection
        let lastWeek = try AWSClient(
            service: .s3, wireProtocol: .restXml, region: Self.region,
            credentials: StaticCredentialProvider(Credentials(accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey)),
            transport: URLSessionTransport(), endpoint: moto.endpoint, environment: [:],
            timeSource: FixedTimeSource(date: Date().addingTimeInterval(-7 * 86_400)))
        let expired = try await lastWeek.presign(method: "GET", url: try s3.s3URL(bucket: "mediagen-presign", key: "poster final.png"), expires: 3600)
        let refused = try await URLSessionTransport().send(HTTPRequest(method: "GET", url: expired))
        #expect(refused.status == 403)
        #expect(AWSErrorDecoder.decode(refused, protocol: .restXml).code == "AccessDenied")
    }

    @Test("DynamoDB creates a table, puts an item and gets it back over awsJson 1.0")
    func dynamodbPutGet() async throws {
        let dynamodb = try client(.dynamodb, Self.dynamodbProtocol)
        _ = try await dynamodb.json("CreateTable", input: [
            "TableName": JSON.string("Jobs"),
            "AttributeDefinitions": .array([.object(["AttributeName": .string("id"), "AttributeType": .string("S")])]),
            "KeySchema": .array([.object(["AttributeName": .string("id"), "KeyType": .string("HASH")])]),
            "BillingMode": .string("PAY_PER_REQUEST"),
        ], as: JSON.self)
        let item: JSON = .object(["id": .object(["S": .string("job-1")]), "title": .object(["S": .string("Épisode 1 – ሴ")])])
        _ = try await dynamodb.json("PutItem", input: ["TableName": JSON.string("Jobs"), "Item": item], as: JSON.self)
        let got = try await dynamodb.json(
            "GetItem", input: ["TableName": JSON.string("Jobs"), "Key": .object(["id": .object(["S": .string("job-1")])])],
            as: JSON.self)
        #expect(got["Item"] == item)
    }

    @Test("a wrong secret fails with SignatureDoesNotMatch as an AWSServiceError, for S3 and for DynamoDB")
    func wrongSecret() async throws {
        let s3 = try client(.s3, .restXml, secret: "wrong-secret-wrong-secret-wrong-secret00")
        do {
            _ = try await s3.s3("PUT", bucket: "mediagen-denied")
            Issue.record("S3 accepted a request signed with the wrong secret")
        } catch let error as AWSServiceError {
            #expect(error.code == "SignatureDoesNotMatch")
            #expect(error.statusCode == 403)
            #expect(!error.retryable)
        }

        let dynamodb = try client(.dynamodb, Self.dynamodbProtocol, secret: "wrong-secret-wrong-secret-wrong-secret00")
        do {
            _ = try await dynamodb.json("ListTables", input: [String: JSON](), as: JSON.self)
            Issue.record("DynamoDB accepted a request signed with the wrong secret")
        } catch let error as AWSServiceError {
            #expect(error.code == "SignatureDoesNotMatch")
            #expect(error.statusCode == 403)
        }
    }

    @Test("an access key moto does not know is refused with a named error")
    func unknownKey() async throws {
        let moto = try #require(MotoServer.current).connection
        let dynamodb = try AWSClient(
            service: .dynamodb, wireProtocol: Self.dynamodbProtocol, region: Self.region,
            credentials: StaticCredentialProvider(Credentials(accessKeyId: "AKIANOTKNOWN0000000", secretAccessKey: "x")),
            transport: URLSessionTransport(), endpoint: moto.endpoint, environment: [:])
        await #expect(throws: AWSServiceError.self) {
            _ = try await dynamodb.json("ListTables", input: [String: JSON](), as: JSON.self)
        }
        do {
            _ = try await dynamodb.json("ListTables", input: [String: JSON](), as: JSON.self)
        } catch let error as AWSServiceError {
            #expect(error.code == "UnrecognizedClientException" || error.code == "InvalidClientTokenId", "got \(error)")
        }
    }
}

/// A clock stopped at `date`.
struct FixedTimeSource: TimeSource {
    let date: Date
    func now() -> Date { date }
    func sleep(seconds: Double) async throws {}
}
