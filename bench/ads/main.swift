// bench/ads (`make bench-ads`): the ad decision server's compute per request — eligibility over 1,000 campaigns,
// the pod search and the VAST 4.2 document — over 10,000 requests with varied viewers and avails. Storage
// (DynamoDB reads and the reservation writes) is excluded: the handler does it around this.
import Foundation
import MediaKit

struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 11
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func unit() -> Double { Double(next()) / Double(1 << 53) }
}

let now = Date(timeIntervalSince1970: 1_795_348_800)  // 2026-11-22T12:00:00Z
var random = Generator(state: 2026)
let countries = ["US", "GB", "DE", "FR", "ES", "IT", "JP", "BR", "IN", "CA"]
let categories = (0..<20).map { "category-\($0)" }
let campaigns: [AdCampaign] = (0..<1000).map { index in
    var targeting: [TargetingRule] = []
    if random.below(3) == 0 { targeting.append(TargetingRule(attribute: "age", op: .range, min: Double(18 + random.below(20)), max: Double(40 + random.below(30)))) }
    if random.below(3) == 0 { targeting.append(TargetingRule(attribute: "country", op: .in, values: (0..<3).map { _ in countries[random.below(countries.count)] })) }
    if random.below(5) == 0 { targeting.append(TargetingRule(attribute: "device", op: .notIn, values: ["mobile"])) }
    let creatives = (0..<(1 + random.below(3))).map { number in
        AdCreative(id: "c\(index)-\(number)", universalAdId: UniversalAdId(registry: "ad-id.org", value: "UAID\(index)\(number)"),
                   duration: [15, 30, 30, 60][random.below(4)], clickThrough: "https://advertiser.example/\(index)",
                   mediaFiles: [800, 2000, 4500].map { AdMediaFile(url: "https://cdn.example/c\(index)-\(number)/\($0).mp4", bitrate: $0, width: 1280, height: 720) })
    }
    return AdCampaign(id: "campaign-\(index)", name: "Campaign \(index)", advertiser: "Advertiser \(index % 300)", priority: 1 + random.below(10),
                      cpm: 5 + random.unit() * 45, start: now.addingTimeInterval(-86_400 * Double(1 + random.below(10))),
                      end: now.addingTimeInterval(86_400 * Double(1 + random.below(30))), dailyBudget: random.below(2) == 0 ? 10_000 + random.below(90_000) : nil,
                      totalBudget: nil, frequencyCap: random.below(2) == 0 ? FrequencyCap(count: 3, periodSeconds: 86_400) : nil,
                      exclusionCategories: random.below(2) == 0 ? [categories[random.below(categories.count)]] : [], targeting: targeting, creatives: creatives)
}
let delivered = Dictionary(uniqueKeysWithValues: campaigns.map { ($0.id, AdDelivered(today: random.below(4000), total: random.below(100_000))) })
let engine = AdDecisionEngine()
let writer = VASTWriter(beacons: AdBeacons(endpoint: "https://api.example/ads/beacons"))

var samples: [Double] = []
samples.reserveCapacity(10_000)
var ads = 0
var bytes = 0
for request in 0..<10_200 {
    let profile = ViewerProfile(id: "viewer-\(random.below(5000))", attributes: ["age": String(18 + random.below(60)), "country": countries[random.below(countries.count)]])
    let frequency = Dictionary((0..<5).map { _ in ("campaign-\(random.below(1000))", random.below(4)) }, uniquingKeysWith: { first, _ in first })
    let context = AdDecisionEngine.Context(
        request: AdRequest(availDuration: [30, 60, 90, 120, 180][random.below(5)], availIndex: random.below(8), sessionId: "session-\(request)", viewerId: profile.id,
                           device: ["tv", "mobile", "web"][random.below(3)], content: ["genre": "drama"]),
        profile: profile, now: now.addingTimeInterval(Double(random.below(3600))), seed: UInt64(request), delivered: delivered, frequency: frequency)
    let start = ContinuousClock.now
    let decision = engine.decide(campaigns, context: context)
    let document = writer.document(decision, sessionId: context.request.sessionId)
    let elapsed = ContinuousClock.now - start
    if request >= 200 {  // the first 200 warm up
        samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        ads += decision.ads.count
        bytes += document.utf8.count
    }
}
samples.sort()
let sorted = samples
func percentile(_ p: Double) -> Double { sorted[min(Int(Double(sorted.count) * p), sorted.count - 1)] }
print("ads-bench: \(samples.count) decisions over \(campaigns.count) campaigns (eligibility, pod search, VAST 4.2), storage excluded")
print(String(format: "  p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms (target p99 <= 2 ms)", percentile(0.5), percentile(0.9), percentile(0.99), samples.last ?? 0))
print(String(format: "  %.2f ads per pod on average, %.0f bytes of VAST per answer", Double(ads) / Double(samples.count), Double(bytes) / Double(samples.count)))
