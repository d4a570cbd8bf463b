import Foundation
@testable import MediaKit
import Testing

@Suite("Ads: decisions")
struct AdDecisionTests {
    let engine = AdDecisionEngine()

    @Test("outside its flight, paused, off target, at its frequency cap or out of budget, a campaign is not eligible")
    func eligibility() {
        var paused = AdFixtures.campaign("paused")
        paused.paused = true
        let campaigns = [
            AdFixtures.campaign("ok"),
            AdFixtures.campaign("future", start: AdFixtures.day.addingTimeInterval(86_400)),
            AdFixtures.campaign("over", end: AdFixtures.day.addingTimeInterval(3600)),
            paused,
            AdFixtures.campaign("young", targeting: [TargetingRule(attribute: "age", op: .range, min: 18, max: 34)]),
            AdFixtures.campaign("uk", targeting: [TargetingRule(attribute: "country", op: .in, values: ["GB", "IE"])]),
            AdFixtures.campaign("capped", cap: FrequencyCap(count: 3, periodSeconds: 3600)),
            AdFixtures.campaign("spent", daily: 100),
            AdFixtures.campaign("tv", targeting: [TargetingRule(attribute: "device", op: .equals, values: ["tv"]), TargetingRule(attribute: "content.genre", op: .notIn, values: ["news"])]),
        ]
        let profile = ViewerProfile(id: "v1", attributes: ["age": "42", "country": "GB"])
        let context = AdFixtures.context(profile: profile, delivered: ["spent": AdDelivered(today: 100, total: 100)], frequency: ["capped": 3], device: "tv")
        #expect(engine.eligible(campaigns, context: context).map(\.id) == ["ok", "uk", "tv"])
    }

    @Test("the pod fits the avail, takes the highest priorities first, then the best revenue, one ad per campaign and per exclusion category")
    func pod() {
        let campaigns = [
            AdFixtures.campaign("low", priority: 1, cpm: 90, durations: [15]),
            AdFixtures.campaign("carA", priority: 5, cpm: 20, durations: [30], categories: ["auto"]),
            AdFixtures.campaign("carB", priority: 5, cpm: 30, durations: [30], categories: ["auto"]),
            AdFixtures.campaign("soda", priority: 3, cpm: 10, durations: [15, 30], categories: ["beverage"]),
            AdFixtures.campaign("long", priority: 9, cpm: 50, durations: [75]),
        ]
        let decision = engine.decide(campaigns, context: AdFixtures.context(60))
        // carB (priority 5) + soda's 15 s (3) + low (1) = 9 beats carB + soda's 30 s (8); carA loses to carB on CPM in one category.
        #expect(decision.ads.map(\.creative.id) == ["carB-c0", "soda-c0", "low-c0"])
        #expect(decision.ads.map(\.sequence) == [1, 2, 3])
        #expect(decision.duration <= 60)
        let roomier = engine.decide(campaigns, context: AdFixtures.context(75))
        #expect(roomier.ads.map(\.creative.id) == ["long-c0"])
    }

    @Test("the same inputs and seed give the same pod and ids; a different session gives different ids")
    func deterministic() {
        let campaigns = (0..<50).map { AdFixtures.campaign("c\($0)", priority: 2, cpm: 10, durations: [15, 30]) }
        let first = engine.decide(campaigns, context: AdFixtures.context(90, seed: 42))
        let second = engine.decide(campaigns, context: AdFixtures.context(90, seed: 42))
        #expect(first == second)
        #expect(Set(first.ads.map(\.adServingId)).count == first.ads.count)
        var other = AdFixtures.context(90, seed: 42)
        other.request.sessionId = "session-2"
        #expect(engine.decide(campaigns, context: other).ads.map(\.adServingId) != first.ads.map(\.adServingId))
        #expect(first.ads.first?.adServingId.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
    }

    @Test("nothing eligible, or nothing short enough, is an empty pod")
    func empty() {
        #expect(engine.decide([], context: AdFixtures.context()).ads.isEmpty)
        #expect(engine.decide([AdFixtures.campaign("long", durations: [45])], context: AdFixtures.context(30)).ads.isEmpty)
    }

    @Test("ad requests parse from MediaTailor's query parameters; a missing or malformed one is named")
    func requests() throws {
        let request = try AdRequest.parse(["availDuration": "90", "availIndex": "3", "sessionId": "s", "viewerId": "v", "device": "tv", "content.genre": "drama"])
        #expect(request == AdRequest(availDuration: 90, availIndex: 3, sessionId: "s", viewerId: "v", device: "tv", content: ["genre": "drama"]))
        #expect(throws: AdRequest.Problem.self) { try AdRequest.parse([:]) }
        do {
            _ = try AdRequest.parse(["availDuration": "-4"])
        } catch {
            #expect(error.parameter == "availDuration")
        }
        do {
            _ = try AdRequest.parse(["availDuration": "30", "availIndex": "x"])
        } catch {
            #expect(error.parameter == "availIndex")
        }
    }

    @Test("campaign validation names the field that is wrong")
    func validation() {
        var campaign = AdFixtures.campaign("ok")
        #expect(throws: Never.self) { try campaign.validate() }
        campaign.creatives[0].mediaFiles[1].url = "ftp://x"
        #expect(throws: AdFieldProblem("creatives[0].mediaFiles[1].url", "must be an http(s) URL")) { try campaign.validate() }
        campaign = AdFixtures.campaign("ok", cap: FrequencyCap(count: 0, periodSeconds: 3600))
        #expect(throws: AdFieldProblem("frequencyCap.count", "must be at least 1; got 0")) { try campaign.validate() }
        campaign = AdFixtures.campaign("bad id!")
        #expect((try? campaign.validate()) == nil)
        campaign = AdFixtures.campaign("ok", targeting: [TargetingRule(attribute: "age", op: .range)])
        #expect(throws: AdFieldProblem("targeting[0].min", "or max is required for range")) { try campaign.validate() }
    }
}
