import Foundation
import Testing

@testable import AWSCore

@Suite("query protocol (SNS subset)")
struct ProtocolQueryTests {
    // The three expected bodies below were produced with botocore 1.43.11 by calling
    // `sns.publish(...)`, `sns.subscribe(...)` and `sns.create_topic(...)` with the same input on a client
    // whose `before-send` hook captured the prepared request instead of sending it
    // (`print(request.body)`), then pasted here verbatim.

    @Test("SNS Publish with message attributes matches botocore byte for byte")
    func publish() {
        let request = QueryProtocol.request(
            action: "Publish", version: "2010-03-31",
            parameters: [
                .init("TopicArn", "arn:aws:sns:us-east-1:123456789012:media-jobs"),
                .init("Message", .string(#"Café 🎬 job 42: "trailer.mp4" ready ~ 100% & done/ok? a+b=c"#)),
                .init("Subject", "Trailer ready"),
                .init(
                    "MessageAttributes",
                    .map(
                        [
                            .init("useCase", .structure([.init("DataType", "String"), .init("StringValue", "Trailer")])),
                            .init("progress", .structure([.init("DataType", "Number"), .init("StringValue", "1.0")])),
                            .init(
                                "thumb",
                                .structure([.init("DataType", "Binary"), .init("BinaryValue", .blob(Data([0x00, 0xFF, 0x68, 0x69])))])),
                            .init("tags", .structure([.init("DataType", "String.Array"), .init("StringValue", #"["a","b c"]"#)])),
                        ], keyName: "Name", valueName: "Value")),
            ])
        let expected =
            "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Amedia-jobs&Message=Caf%C3%A9+%F0%9F%8E%AC+job+42%3A+%22trailer.mp4%22+ready+~+100%25+%26+done%2Fok%3F+a%2Bb%3Dc&Subject=Trailer+ready&MessageAttributes.entry.1.Name=useCase&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=Trailer&MessageAttributes.entry.2.Name=progress&MessageAttributes.entry.2.Value.DataType=Number&MessageAttributes.entry.2.Value.StringValue=1.0&MessageAttributes.entry.3.Name=thumb&MessageAttributes.entry.3.Value.DataType=Binary&MessageAttributes.entry.3.Value.BinaryValue=AP9oaQ%3D%3D&MessageAttributes.entry.4.Name=tags&MessageAttributes.entry.4.Value.DataType=String.Array&MessageAttributes.entry.4.Value.StringValue=%5B%22a%22%2C%22b+c%22%5D"
        #expect(String(decoding: request.body, as: UTF8.self) == expected)
        #expect(request.method == "POST")
        #expect(request.path == "/")
        #expect(request.headers == ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"])
    }

    @Test("SNS Subscribe with an attributes map and a boolean matches botocore byte for byte")
    func subscribe() throws {
        let request = try QueryProtocol.request(
            action: "Subscribe",
            parameters: [
                .init("TopicArn", "arn:aws:sns:us-east-1:123456789012:media-jobs"),
                .init("Protocol", "sqs"),
                .init("Endpoint", "arn:aws:sqs:us-east-1:123456789012:jobs-queue"),
                .init(
                    "Attributes",
                    .stringMap([("RawMessageDelivery", "true"), ("FilterPolicy", #"{"useCase":["Trailer","Dubbing"]}"#)])),
                .init("ReturnSubscriptionArn", .bool(true)),
            ],
            protocol: .query(apiVersion: "2010-03-31"))
        let expected =
            "Action=Subscribe&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Amedia-jobs&Protocol=sqs&Endpoint=arn%3Aaws%3Asqs%3Aus-east-1%3A123456789012%3Ajobs-queue&Attributes.entry.1.key=RawMessageDelivery&Attributes.entry.1.value=true&Attributes.entry.2.key=FilterPolicy&Attributes.entry.2.value=%7B%22useCase%22%3A%5B%22Trailer%22%2C%22Dubbing%22%5D%7D&ReturnSubscriptionArn=true"
        #expect(String(decoding: request.body, as: UTF8.self) == expected)
    }

    @Test("SNS CreateTopic with a tag list writes Name.member.N (1-based) and matches botocore")
    func createTopic() {
        let tags: [QueryValue] = [
            .structure([.init("Key", "team"), .init("Value", "media")]),
            .structure([.init("Key", "env"), .init("Value", "dev")]),
        ]
        let request = QueryProtocol.request(
            action: "CreateTopic", version: "2010-03-31",
            parameters: [
                .init("Name", "jobs"), .init("Attributes", .stringMap([("DisplayName", "Jobs")])), .init("Tags", .list(tags)),
            ])
        #expect(String(decoding: request.body, as: UTF8.self)
            == "Action=CreateTopic&Version=2010-03-31&Name=jobs&Attributes.entry.1.key=DisplayName&Attributes.entry.1.value=Jobs&Tags.member.1.Key=team&Tags.member.1.Value=media&Tags.member.2.Key=env&Tags.member.2.Value=dev")
    }

    @Test("an empty list is written as Name= and an empty map writes nothing, as botocore does")
    func emptyCollections() {
        let pairs = QueryProtocol.flatten([.init("Ids", .list([])), .init("Attrs", .map([])), .init("After", "x")])
        #expect(pairs.map { "\($0.0)=\($0.1)" } == ["Ids=", "After=x"])
    }

    @Test("flattened lists and maps drop member and entry, and a member name replaces the last prefix part")
    func flattened() {
        let pairs = QueryProtocol.flatten([
            .init("Filter", .structure([.init("Names", .list(["a", "b"], memberName: "Name", flattened: true))])),
            .init("Values", .list(["x"], flattened: true)),
            .init("Custom", .list(["y"], memberName: "item")),
            .init("Props", .map([.init("k", "v")], flattened: true)),
            .init("When", .timestamp(Date(timeIntervalSince1970: 1_440_938_160))),
            .init("Count", .int(3)),
        ])
        #expect(pairs.map { "\($0.0)=\($0.1)" } == [
            "Filter.Name.1=a", "Filter.Name.2=b", "Values.1=x", "Custom.item.1=y", "Props.1.key=k", "Props.1.value=v",
            "When=2015-08-30T12:36:00Z", "Count=3",
        ])
    }

    @Test("building a query request for another protocol is refused")
    func wrongProtocol() {
        #expect(throws: ProtocolError.wrongProtocol(expected: "query", got: .restXml)) {
            try QueryProtocol.request(action: "Publish", parameters: [], protocol: .restXml)
        }
    }
}
