import AWSClients
import AWSCore
import Foundation
import Testing
@testable import LocalHarness

/// Personalize Events and Runtime on the twin through our clients, and the recommender behind them.
@Suite("Local twin: Personalize", .serialized)
struct TwinPersonalizeTests {
    static let campaign = "arn:aws:personalize:us-east-1:123456789012:campaign/streaming"

    static func withTwin(_ body: (PersonalizeEventsClient, PersonalizeRuntimeClient, TwinTestClock, Int) async throws -> Void) async throws {
        let clock = TwinTestClock()
        let server = TwinServer(services: [TwinPersonalize(halfLife: 86_400, now: { clock.now })],
                                verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]), forwarder: nil)
        let running = try await server.start()
        do {
            let configuration = TwinTests.configuration(port: running.port)
            try await body(try PersonalizeEventsClient(configuration), try PersonalizeRuntimeClient(configuration), clock, running.port)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    static func watch(_ events: PersonalizeEventsClient, user: String, items: [String], at date: Date) async throws {
        try await events.putEvents(Personalize.PutEventsInput(
            trackingId: "tracker", userId: user, sessionId: "session-\(user)",
            eventList: items.map { Personalize.Event(eventType: "watch", sentAt: date, itemId: $0) }))
    }

    @Test("recommendations leave out what the user watched, favour what similar viewers watched, and are deterministic")
    func userRecommendations() async throws {
        try await Self.withTwin { events, runtime, clock, _ in
            for viewer in ["v1", "v2", "v3"] { try await Self.watch(events, user: viewer, items: ["heist", "chase", "getaway"], at: clock.now) }
            for fan in 1...5 { try await Self.watch(events, user: "fan\(fan)", items: ["baking-show"], at: clock.now) }
            try await Self.watch(events, user: "me", items: ["heist"], at: clock.now)
            let input = Personalize.GetRecommendationsInput(campaignArn: Self.campaign, userId: "me", numResults: 10)
            let answer = try await runtime.getRecommendations(input)
            let ids = answer.itemList.compactMap(\.itemId)
            #expect(!ids.contains("heist"))
            #expect(Set(ids.prefix(2)) == ["chase", "getaway"])
            #expect(ids.contains("baking-show"))
            #expect(answer.itemList.allSatisfy { (0...1).contains($0.score ?? -1) })
            #expect(answer.itemList.reduce(0) { $0 + ($1.score ?? 0) } <= 1.0001)
            #expect(answer.recommendationId?.hasPrefix("RID-") == true)
            let again = try await runtime.getRecommendations(input)
            #expect(again == answer)
            let newcomer = try await runtime.getRecommendations(Personalize.GetRecommendationsInput(campaignArn: Self.campaign, userId: "nobody", numResults: 1))
            #expect(newcomer.itemList.map(\.itemId) == ["baking-show"])
        }
    }

    @Test("popularity decays with age: a burst of old views loses to fewer recent ones once enough half-lives pass")
    func recency() async throws {
        try await Self.withTwin { events, runtime, clock, _ in
            for fan in 1...4 { try await Self.watch(events, user: "old\(fan)", items: ["classic"], at: clock.now) }
            clock.advance(3 * 86_400)
            for fan in 1...2 { try await Self.watch(events, user: "new\(fan)", items: ["premiere"], at: clock.now) }
            let input = Personalize.GetRecommendationsInput(recommenderArn: Self.campaign.replacingOccurrences(of: "campaign", with: "recommender"), userId: "me")
            #expect(try await runtime.getRecommendations(input).itemList.compactMap(\.itemId) == ["premiere", "classic"])
            let ranking = try await runtime.getPersonalizedRanking(Personalize.GetPersonalizedRankingInput(
                campaignArn: Self.campaign, inputList: ["unknown", "classic", "premiere"], userId: "me"))
            #expect(ranking.personalizedRanking.compactMap(\.itemId) == ["premiere", "classic", "unknown"])
        }
    }

    @Test("related items come from co-occurrence with the given item")
    func relatedItems() async throws {
        try await Self.withTwin { events, runtime, clock, _ in
            try await Self.watch(events, user: "a", items: ["pilot", "episode-2"], at: clock.now)
            try await Self.watch(events, user: "b", items: ["pilot", "episode-2", "finale"], at: clock.now)
            for fan in 1...6 { try await Self.watch(events, user: "x\(fan)", items: ["cooking"], at: clock.now) }
            let related = try await runtime.getRecommendations(Personalize.GetRecommendationsInput(campaignArn: Self.campaign, itemId: "pilot", numResults: 3))
            #expect(related.itemList.compactMap(\.itemId) == ["episode-2", "finale", "cooking"])
        }
    }

    @Test("bad input is InvalidInputException (400) naming the member; a wrong secret is InvalidSignatureException in the restJson shape")
    func errors() async throws {
        try await Self.withTwin { events, runtime, _, port in
            do {
                var input = Personalize.GetRecommendationsInput(campaignArn: "arn:aws:s3:::bucket", userId: "me")
                input.numResults = 10
                _ = try await runtime.getRecommendations(input)
                Issue.record("expected InvalidInputException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidInputException")
                #expect(error.statusCode == 400)
                #expect(error.message.contains("campaignArn"))
            }
            do {
                let bad = Personalize.PutEventsInput(trackingId: "t", sessionId: "s", eventList: [Personalize.Event(eventType: "watch", sentAt: Date(), properties: "{not json")])
                try await events.putEvents(bad)
                Issue.record("expected InvalidInputException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidInputException")
            }
            let wrong = try PersonalizeRuntimeClient(TwinTests.configuration(port: port, secret: "not-the-secret"))
            do {
                _ = try await wrong.getRecommendations(Personalize.GetRecommendationsInput(campaignArn: Self.campaign, userId: "me"))
                Issue.record("expected InvalidSignatureException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidSignatureException")
                #expect(error.statusCode == 403)
            }
        }
    }

    @Test("the recommender halves an interaction's weight every half-life and counts an event id once")
    func recommenderMaths() async {
        let now = Date(timeIntervalSince1970: 1_000_000)
        let interactions = [
            InteractionRecommender.Interaction(userId: "u", sessionId: "s", itemId: "a", eventType: "watch", value: 1, at: now),
            InteractionRecommender.Interaction(userId: nil, sessionId: "s", itemId: "b", eventType: "watch", value: 2, at: now - 3600),
        ]
        let recommender = InteractionRecommender(interactions: interactions, catalogue: ["c"], halfLife: 3600, now: now)
        #expect(recommender.popularity == ["a": 1, "b": 1])
        #expect(recommender.history(of: "u") == ["a", "b"])
        #expect(recommender.candidates == ["a", "b", "c"])
        #expect(recommender.recommend(userId: "u", itemId: nil, count: 5).map(\.itemId) == ["c"])
        let store = PersonalizeStore()
        await store.record([(interactions[0], "e1"), (interactions[0], "e1"), (interactions[1], nil)])
        #expect(await store.recommender(halfLife: 3600, now: now).interactions.count == 2)
    }
}
