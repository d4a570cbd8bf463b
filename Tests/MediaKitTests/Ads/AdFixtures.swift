import Foundation
import MediaKit

/// Campaigns and requests the ad tests share.
enum AdFixtures {
    static let day = Date(timeIntervalSince1970: 1_795_305_600)  // 2026-11-22T00:00:00Z

    static func creative(_ id: String, duration: Double = 30, bitrates: [Int] = [800, 4500, 2000]) -> AdCreative {
        AdCreative(id: id, title: "Creative \(id)", universalAdId: UniversalAdId(registry: "ad-id.org", value: "UAID-\(id)"), duration: duration,
                   clickThrough: "https://advertiser.example/\(id)?a=1&b=2",
                   mediaFiles: bitrates.map { AdMediaFile(url: "https://cdn.example/\(id)/\($0).mp4", bitrate: $0, width: $0 > 3000 ? 1920 : 1280, height: $0 > 3000 ? 1080 : 720) })
    }

    static func campaign(_ id: String, priority: Int = 1, cpm: Double = 10, durations: [Double] = [30], daily: Int? = nil, total: Int? = nil,
                         cap: FrequencyCap? = nil, categories: [String] = [], targeting: [TargetingRule] = [], start: Date = day.addingTimeInterval(-86_400),
                         end: Date = day.addingTimeInterval(30 * 86_400)) -> AdCampaign {
        AdCampaign(id: id, name: "Campaign \(id)", advertiser: "Advertiser \(id)", priority: priority, cpm: cpm, start: start, end: end, dailyBudget: daily,
                   totalBudget: total, frequencyCap: cap, exclusionCategories: categories, targeting: targeting,
                   creatives: durations.enumerated().map { creative("\(id)-c\($0.offset)", duration: $0.element) })
    }

    static func context(_ availDuration: Double = 60, profile: ViewerProfile? = nil, now: Date = day.addingTimeInterval(12 * 3600), seed: UInt64 = 1,
                        delivered: [String: AdDelivered] = [:], frequency: [String: Int] = [:], device: String? = nil) -> AdDecisionEngine.Context {
        AdDecisionEngine.Context(request: AdRequest(availDuration: availDuration, availIndex: 2, sessionId: "session-1", viewerId: profile?.id, device: device,
                                                    content: ["genre": "drama"]),
                                 profile: profile, now: now, seed: seed, delivered: delivered, frequency: frequency)
    }
}
