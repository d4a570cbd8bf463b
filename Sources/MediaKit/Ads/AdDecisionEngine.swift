import Foundation

/// Decides what fills an avail: the campaigns eligible for this viewer now (flight, targeting, frequency cap,
/// budgets and pacing), then the pod with the best total score that fits the avail, with no two ads from one
/// campaign or one competitive-exclusion category. The same inputs and seed always give the same answer.
public struct AdDecisionEngine: Sendable {
    public var pacing: AdPacing
    /// Most ads in one pod.
    public var maximumPodSize: Int
    /// Best-scoring creatives the pod search considers (the search is exhaustive over them).
    public var candidateLimit: Int

    public init(pacing: AdPacing = AdPacing(), maximumPodSize: Int = 6, candidateLimit: Int = 16) {
        self.pacing = pacing
        self.maximumPodSize = max(maximumPodSize, 1)
        self.candidateLimit = max(candidateLimit, 1)
    }

    /// What the decision knows besides the campaigns.
    public struct Context: Sendable {
        public var request: AdRequest
        public var profile: ViewerProfile?
        public var now: Date
        /// Makes ties and ids deterministic.
        public var seed: UInt64
        /// Delivery so far by campaign id.
        public var delivered: [String: AdDelivered]
        /// Impressions this viewer has had of each campaign in the campaign's current cap window, by campaign id.
        public var frequency: [String: Int]

        public init(request: AdRequest, profile: ViewerProfile? = nil, now: Date, seed: UInt64 = 0, delivered: [String: AdDelivered] = [:],
                    frequency: [String: Int] = [:]) {
            self.request = request
            self.profile = profile
            self.now = now
            self.seed = seed
            self.delivered = delivered
            self.frequency = frequency
        }
    }

    /// The seed a server decides a request with: the same session and avail always get the same pod and ids.
    public static func seed(for request: AdRequest) -> UInt64 { AdHash.hash(0x6d65_6469_6167_656e, [request.sessionId, String(request.availIndex)]) }

    /// Campaigns that may serve this request now.
    public func eligible(_ campaigns: [AdCampaign], context: Context) -> [AdCampaign] {
        campaigns.filter { campaign in
            guard !campaign.paused, campaign.start <= context.now, context.now < campaign.end else { return false }
            guard campaign.targeting.allSatisfy({ $0.matches(context.request.value(of: $0.attribute, profile: context.profile)) }) else { return false }
            if let cap = campaign.frequencyCap, (context.frequency[campaign.id] ?? 0) >= cap.count { return false }
            return pacing.allows(campaign, delivered: context.delivered[campaign.id] ?? AdDelivered(), at: context.now)
        }
    }

    /// The pod for the request; empty when nothing is eligible or fits.
    public func decide(_ campaigns: [AdCampaign], context: Context) -> AdDecision {
        var items: [AdPodBuilder.Item] = []
        for campaign in eligible(campaigns, context: context) {
            for creative in campaign.creatives where creative.duration > 0 && creative.duration <= context.request.availDuration && creative.bestMP4 != nil {
                items.append(AdPodBuilder.Item(campaign: campaign, creative: creative, tieBreak: AdHash.value(context.seed, creative.id, campaign.id)))
            }
        }
        let pod = AdPodBuilder(capacity: context.request.availDuration, maximumSize: maximumPodSize, candidateLimit: candidateLimit).build(items)
        let ads = pod.enumerated().map { index, item in
            AdDecision.Ad(sequence: index + 1, campaign: item.campaign, creative: item.creative,
                          adServingId: AdHash.identifier(context.seed, context.request.sessionId, String(context.request.availIndex), String(index + 1), item.creative.id))
        }
        return AdDecision(ads: ads)
    }
}

/// The ads chosen for an avail, in play order.
public struct AdDecision: Sendable, Equatable {
    public struct Ad: Sendable, Equatable {
        /// 1-based position in the pod (VAST's `Ad@sequence`).
        public var sequence: Int
        public var campaign: AdCampaign
        public var creative: AdCreative
        /// Unique per served ad (VAST's `AdServingId`, carried on every beacon).
        public var adServingId: String
    }

    public var ads: [Ad]

    public init(ads: [Ad]) { self.ads = ads }

    /// Seconds the pod lasts.
    public var duration: Double { ads.reduce(0) { $0 + $1.creative.duration } }
}

/// Deterministic hashing (FNV-1a 64) for tie-breaks and ids.
enum AdHash {
    static func value(_ seed: UInt64, _ parts: String...) -> UInt64 { hash(seed, parts) }

    static func hash(_ seed: UInt64, _ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// A UUID-shaped id from the parts.
    static func identifier(_ seed: UInt64, _ parts: String...) -> String {
        let high = hash(seed, parts), low = hash(seed ^ 0x9e37_79b9_7f4a_7c15, parts)
        let hex = String(high, radix: 16).leftPadded(16) + String(low, radix: 16).leftPadded(16)
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}

extension String {
    fileprivate func leftPadded(_ length: Int) -> String { String(repeating: "0", count: max(length - count, 0)) + self }
}
