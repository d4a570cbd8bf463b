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

        var revenue: Double { campaign.cpm * creative.duration / 30 }
        /// Priority dominates: revenue stays below one priority step for any CPM a campaign validates with.
        var score: Double { Double(campaign.priority) * 1_000_000 + revenue }
    }

    var capacity: Double
    var maximumSize: Int
    var candidateLimit: Int

    func build(_ items: [Item]) -> [Item] {
        let candidates = Array(items.sorted { ($0.score, $1.tieBreak) > ($1.score, $0.tieBreak) }.prefix(candidateLimit))
        var best: [Int] = []
        var bestScore = 0.0
        var chosen: [Int] = []
        var remaining = [Double](repeating: 0, count: candidates.count + 1)
        for index in stride(from: candidates.count - 1, through: 0, by: -1) { remaining[index] = remaining[index + 1] + max(candidates[index].score, 0) }

        func search(_ index: Int, length: Double, score: Double, campaigns: Set<String>, categories: Set<String>) {
            if score > bestScore {
                bestScore = score
                best = chosen
            }
            guard index < candidates.count, chosen.count < maximumSize, score + remaining[index] > bestScore else { return }
            let item = candidates[index]
            let itemCategories = Set(item.campaign.exclusionCategories)
            if length + item.creative.duration <= capacity + 1e-9, !campaigns.contains(item.campaign.id), itemCategories.isDisjoint(with: categories) {
                chosen.append(index)
                search(index + 1, length: length + item.creative.duration, score: score + item.score,
                       campaigns: campaigns.union([item.campaign.id]), categories: categories.union(itemCategories))
                chosen.removeLast()
            }
            search(index + 1, length: length, score: score, campaigns: campaigns, categories: categories)
        }
        search(0, length: 0, score: 0, campaigns: [], categories: [])
        return best.map { candidates[$0] }
    }
}
