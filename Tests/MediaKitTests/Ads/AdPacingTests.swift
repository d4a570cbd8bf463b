import Foundation
import MediaKit
import Testing

@Suite("Ads: pacing")
struct AdPacingTests {
    /// A day of requests (busier in the evening), one decision each, delivery counted as the handler counts it.
    static func simulate(budget: Int, requests: Int, seed: UInt64 = 7) -> (hourly: [Int], served: Int) {
        let engine = AdDecisionEngine()
        let campaign = AdFixtures.campaign("paced", durations: [30], daily: budget)
        var delivered = AdDelivered()
        var hourly = [Int](repeating: 0, count: 24)
        var generator = seed
        // Request times: uniform draws bent towards the evening (traffic twice as heavy at 20:00 as at 04:00).
        var times: [Double] = (0..<requests).map { _ in
            generator = generator &* 6364136223846793005 &+ 1442695040888963407
            let u = Double(generator >> 11) / Double(1 << 53)
            return 86_400 * (u + 0.15 * sin(2 * Double.pi * u) / (2 * Double.pi)).clamped
        }
        times.sort()
        for time in times {
            let now = AdFixtures.day.addingTimeInterval(time)
            let decision = engine.decide([campaign], context: AdFixtures.context(30, now: now, delivered: ["paced": delivered]))
            if !decision.ads.isEmpty {
                delivered.today += 1
                delivered.total += 1
            }
            hourly[min(Int(time / 3600), 23)] = delivered.today
        }
        return (hourly, delivered.today)
    }

    @Test("a day of requests delivers within 5 % of the ideal curve at every hour and never over the daily budget")
    func followsTheCurve() {
        let budget = 2400
        let (hourly, served) = Self.simulate(budget: budget, requests: 40_000)
        #expect(served <= budget)
        for hour in 0..<24 {
            let ideal = Double(budget) * Double(hour + 1) / 24
            #expect(abs(Double(hourly[hour]) - ideal) <= 0.05 * ideal, "hour \(hour): \(hourly[hour]) vs ideal \(ideal)")
        }
    }

    @Test("a total budget spreads over the flight; a spent budget stops delivery")
    func totalBudget() {
        let pacing = AdPacing()
        let campaign = AdFixtures.campaign("total", total: 1000, start: AdFixtures.day, end: AdFixtures.day.addingTimeInterval(10 * 86_400))
        let oneDay = AdFixtures.day.addingTimeInterval(86_400)
        #expect(pacing.allows(campaign, delivered: AdDelivered(today: 0, total: 99), at: oneDay))
        #expect(!pacing.allows(campaign, delivered: AdDelivered(today: 0, total: 103), at: oneDay))
        #expect(!pacing.allows(campaign, delivered: AdDelivered(today: 0, total: 1000), at: AdFixtures.day.addingTimeInterval(10 * 86_400 - 1)))
    }
}

extension Double {
    fileprivate var clamped: Double { Swift.min(Swift.max(self, 0), 0.999_999) }
}
