import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Personalize clients")
struct PersonalizeClientTests {
    static let campaign = "arn:aws:personalize:us-east-1:123456789012:campaign/streaming"

    @Test("GetRecommendations decodes items with scores, metadata, reasons and the recommendation id")
    func decodesRecommendations() async throws {
        let transport = FakeTransport(body: #"""
        {"itemList":[{"itemId":"movie-7","score":0.0123,"metadata":{"TITLE":"Heat"},"reason":["Exploration"]},
        {"itemId":"movie-9","promotionName":"new-releases","reason":["Promoted item"]}],"recommendationId":"RID-abc"}
        """#)
        let output = try await PersonalizeRuntimeClient(transport.configuration).getRecommendations(.init(campaignArn: Self.campaign, userId: "u"))
        #expect(output.itemList.map(\.itemId) == ["movie-7", "movie-9"])
        #expect(output.itemList.first?.score == 0.0123)
        #expect(output.itemList.first?.metadata == ["TITLE": "Heat"])
        #expect(output.itemList.last?.promotionName == "new-releases")
        #expect(output.itemList.last?.reason == ["Promoted item"])
        #expect(output.recommendationId == "RID-abc")
        #expect(transport.requests.first?.url == "https://personalize-runtime.us-east-1.amazonaws.com/recommendations")
    }

    @Test("GetPersonalizedRanking decodes the ranked list, and an empty answer decodes as no items")
    func decodesRanking() async throws {
        let transport = FakeTransport(body: #"{"personalizedRanking":[{"itemId":"b","score":0.7},{"itemId":"a","score":0.3}],"recommendationId":"RID-1"}"#)
        let output = try await PersonalizeRuntimeClient(transport.configuration).getPersonalizedRanking(
            .init(campaignArn: Self.campaign, inputList: ["a", "b"], userId: "u"))
        #expect(output.personalizedRanking.map(\.itemId) == ["b", "a"])
        let empty = try await PersonalizeRuntimeClient(FakeTransport(body: "{}").configuration).getPersonalizedRanking(
            .init(campaignArn: Self.campaign, inputList: ["a"], userId: "u"))
        #expect(empty.personalizedRanking.isEmpty)
    }

    @Test("Personalize error answers surface as AWSServiceError with the service's code")
    func serviceErrors() async throws {
        let notFound = FakeTransport(
            status: 404, headers: ["Content-Type": "application/json", "x-amzn-ErrorType": "ResourceNotFoundException"],
            body: #"{"message":"Campaign not found"}"#)
        await #expect {
            _ = try await PersonalizeRuntimeClient(notFound.configuration).getRecommendations(.init(campaignArn: Self.campaign, userId: "u"))
        } throws: { error in
            (error as? AWSServiceError)?.code == "ResourceNotFoundException" && (error as? AWSServiceError)?.message == "Campaign not found"
        }
        let invalid = FakeTransport(
            status: 400, headers: ["Content-Type": "application/json", "x-amzn-ErrorType": "InvalidInputException"],
            body: #"{"message":"Invalid tracking id"}"#)
        await #expect {
            try await PersonalizeEventsClient(invalid.configuration).putEvents(.init(
                trackingId: "t", sessionId: "s", eventList: [.init(eventType: "click", sentAt: Date())]))
        } throws: { error in
            (error as? AWSServiceError)?.code == "InvalidInputException"
        }
    }

    @Test("GetRecommendations needs exactly one of campaignArn and recommenderArn and numResults within 1...500 (50 with metadata)")
    func recommendationChecks() async throws {
        let transport = FakeTransport()
        let client = try PersonalizeRuntimeClient(transport.configuration)
        let recommender = "arn:aws:personalize:us-east-1:123456789012:recommender/r"
        await #expect(throws: ClientInputError.invalidValue) { _ = try await client.getRecommendations(.init(userId: "u")) }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await client.getRecommendations(.init(campaignArn: Self.campaign, recommenderArn: recommender, userId: "u"))
        }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await client.getRecommendations(.init(campaignArn: Self.campaign, userId: "u", numResults: 0))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.getRecommendations(.init(campaignArn: Self.campaign, userId: "u", numResults: 501))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.getRecommendations(.init(
                campaignArn: Self.campaign, userId: "u", numResults: 51, metadataColumns: ["ITEMS": ["TITLE"]]))
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await client.getPersonalizedRanking(.init(campaignArn: Self.campaign, inputList: [], userId: "u"))
        }
        #expect(transport.requests.isEmpty)
        _ = try await client.getRecommendations(.init(recommenderArn: recommender, userId: "u", numResults: 500))
        #expect(transport.requests.count == 1)
    }

    @Test("PutEvents takes 1...10 events, each with an event type, and sends sentAt as epoch seconds")
    func eventChecks() async throws {
        let transport = FakeTransport(body: "")
        let client = try PersonalizeEventsClient(transport.configuration)
        let event = Personalize.Event(eventType: "watch", sentAt: Date(timeIntervalSince1970: 1_767_323_045))
        await #expect(throws: ClientInputError.missingField) {
            try await client.putEvents(.init(trackingId: "t", sessionId: "s", eventList: []))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            try await client.putEvents(.init(trackingId: "t", sessionId: "s", eventList: Array(repeating: event, count: 11)))
        }
        do {
            try await client.putEvents(.init(trackingId: "t", sessionId: "s", eventList: [event, .init(eventType: "", sentAt: Date())]))
            Issue.record("an empty event type was accepted")
        } catch let error as ClientInputError {
            #expect(error.detail.contains("eventList[1].eventType"))
        }
        #expect(transport.requests.isEmpty)
        try await client.putEvents(.init(trackingId: "t", sessionId: "s", eventList: Array(repeating: event, count: 10)))
        let body = String(decoding: try #require(transport.requests.first).body, as: UTF8.self)
        #expect(body.contains(#""sentAt":1767323045"#))
        #expect(transport.requests.first?.url == "https://personalize-events.us-east-1.amazonaws.com/events")
    }
}
