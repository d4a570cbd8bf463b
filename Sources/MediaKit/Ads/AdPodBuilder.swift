/// Fills an avail with the pod of best total score: an exhaustive search over the best-scoring candidates that
/// keeps the pod within the avail's length and size, one ad per campaign and one per exclusion category.
///
/// Score: a pod maximises the sum of its ads' campaign priorities first, then their revenue (CPM scaled by the
/// creative's length against a 30-second spot); equal pods keep the earlier candidates in seeded order.
struct AdPodBuilder {
    struct Item {
        var campaign: AdCampaign
        var creative: AdCreative
        var tieBreak: UInt64
        /// Priority dominates: revenue stays below one priority step for any CPM a campaign validates with.
        let score: Double

        init(campaign: AdCampaign, creative: AdCreative, tieBreak: UInt64) {
            self.campaign = campaign
            self.creative = creative
            self.tieBreak = tieBreak
            score = Double(campaign.priority) * 1_000_000 + campaign.cpm * creative.duration / 30
        }

        func ranks(before other: Item) -> Bool { score != other.score ? score > other.score : tieBreak < other.tieBreak }
    }

    var capacity: Double
    var maximumSize: Int
    var candidateLimit: Int

    /// The best `candidateLimit` items in rank order (a bounded insertion, not a full sort).
    func candidates(_ items: [Item]) -> [Item] {
        var best: [Item] = []
        best.reserveCapacity(candidateLimit + 1)
        for item in items {
            if best.count == candidateLimit, let last = best.last, !item.ranks(before: last) { continue }
            var position = best.count
            while position > 0, item.ranks(before: best[position - 1]) { position -= 1 }
            best.insert(item, at: position)
            if best.count > candidateLimit { best.removeLast() }
        }
        return best
    }

    func build(_ items: [Item]) -> [Item] {
        let candidates = candidates(items)
        guard !candidates.isEmpty else { return [] }
        // Campaigns and exclusion categories as bits: the search compares masks, not sets.
        var campaignBits: [String: UInt64] = [:], categoryBits: [String: UInt64] = [:]
        var campaignMask = [UInt64](repeating: 0, count: candidates.count), categoryMask = [UInt64](repeating: 0, count: candidates.count)
        for (index, item) in candidates.enumerated() {
            if campaignBits[item.campaign.id] == nil { campaignBits[item.campaign.id] = 1 << UInt64(campaignBits.count) }
            campaignMask[index] = campaignBits[item.campaign.id]!
            for category in item.campaign.exclusionCategories {
                if categoryBits[category] == nil, categoryBits.count < 64 { categoryBits[category] = 1 << UInt64(categoryBits.count) }
                categoryMask[index] |= categoryBits[category] ?? 0
            }
        }
        let durations = candidates.map(\.creative.duration), scores = candidates.map(\.score)
        var remaining = [Double](repeating: 0, count: candidates.count + 1)
        for index in stride(from: candidates.count - 1, through: 0, by: -1) { remaining[index] = remaining[index + 1] + max(scores[index], 0) }
        var best: [Int] = [], bestScore = 0.0, chosen: [Int] = []
        chosen.reserveCapacity(maximumSize)

        func search(_ index: Int, length: Double, score: Double, campaigns: UInt64, categories: UInt64) {
            if score > bestScore {
                bestScore = score
                best = chosen
            }
            guard index < candidates.count, chosen.count < maximumSize, score + remaining[index] > bestScore else { return }
            if length + durations[index] <= capacity + 1e-9, campaigns & campaignMask[index] == 0, categories & categoryMask[index] == 0 {
                chosen.append(index)
                search(index + 1, length: length + durations[index], score: score + scores[index],
                       campaigns: campaigns | campaignMask[index], categories: categories | categoryMask[index])
                chosen.removeLast()
            }
            search(index + 1, length: length, score: score, campaigns: campaigns, categories: categories)
        }
        search(0, length: 0, score: 0, campaigns: 0, categories: 0)
        return best.map { candidates[$0] }
    }
}
