import Foundation

/// The twin's recommender, a pure function of the recorded interactions: popularity with exponential recency
/// decay, per-user history (what a user already interacted with is not recommended again), and related items by
/// co-occurrence (items the same users or sessions interacted with). Scores are normalised to sum to at most 1
/// over the candidates, as Personalize's are; ties break by item id, so answers are deterministic.
struct InteractionRecommender {
    struct Interaction: Equatable, Sendable {
        var userId: String?
        var sessionId: String
        var itemId: String
        var eventType: String
        /// Weight of the event (eventValue when given, else 1).
        var value: Double
        var at: Date
    }

    let interactions: [Interaction]
    /// Items known from PutItems (cold-start candidates, no interactions yet).
    let catalogue: [String]
    /// Age at which an interaction counts half.
    let halfLife: TimeInterval
    let now: Date
    /// The user each session belongs to, from any of its events that names one.
    private let sessionUsers: [String: String]

    init(interactions: [Interaction], catalogue: [String], halfLife: TimeInterval, now: Date) {
        self.interactions = interactions
        self.catalogue = catalogue
        self.halfLife = halfLife
        self.now = now
        var sessionUsers: [String: String] = [:]
        for interaction in interactions where sessionUsers[interaction.sessionId] == nil { sessionUsers[interaction.sessionId] = interaction.userId }
        self.sessionUsers = sessionUsers
    }

    /// The decayed weight of one interaction.
    func weight(_ interaction: Interaction) -> Double {
        let age = max(0, now.timeIntervalSince(interaction.at))
        return interaction.value * pow(0.5, age / halfLife)
    }

    /// Decayed popularity per item.
    var popularity: [String: Double] {
        var scores: [String: Double] = [:]
        for interaction in interactions { scores[interaction.itemId, default: 0] += weight(interaction) }
        return scores
    }

    /// The actor of an interaction: the user when known, else the session (sessions of a user count as the user).
    private func actor(_ interaction: Interaction) -> String {
        if let user = interaction.userId { return "user/" + user }
        if let user = sessionUsers[interaction.sessionId] { return "user/" + user }
        return "session/" + interaction.sessionId
    }

    /// Items the user interacted with (their sessions included).
    func history(of userId: String) -> Set<String> {
        Set(interactions.filter { actor($0) == "user/" + userId }.map(\.itemId))
    }

    /// For each item, the decayed weight of interactions by actors who also interacted with one of `seeds`.
    func coOccurrence(with seeds: Set<String>) -> [String: Double] {
        var actors: Set<String> = []
        for interaction in interactions where seeds.contains(interaction.itemId) { actors.insert(actor(interaction)) }
        var scores: [String: Double] = [:]
        for interaction in interactions where actors.contains(actor(interaction)) && !seeds.contains(interaction.itemId) {
            scores[interaction.itemId, default: 0] += weight(interaction)
        }
        return scores
    }

    /// Every item the twin knows, interactions first then the catalogue, without repeats.
    var candidates: [String] {
        var seen: Set<String> = []
        return (interactions.map(\.itemId) + catalogue).filter { seen.insert($0).inserted }
    }

    /// Recommendations for a user (USER_PERSONALIZATION) and/or related to an item (RELATED_ITEMS).
    func recommend(userId: String?, itemId: String?, count: Int) -> [(itemId: String, score: Double)] {
        let history = userId.map(history(of:)) ?? []
        var excluded = history
        if let itemId { excluded.insert(itemId) }
        var related: [String: Double] = [:]
        if let itemId { related = coOccurrence(with: [itemId]) } else if !history.isEmpty { related = coOccurrence(with: history) }
        let scored = score(candidates.filter { !excluded.contains($0) }, related: related)
        return Array(scored.prefix(count))
    }

    /// `items` re-ranked for the user: affinity through co-occurrence with their history, then popularity. Items
    /// already in the history stay in the list (ranking never drops input) but count half.
    func rank(_ items: [String], userId: String) -> [(itemId: String, score: Double)] {
        let history = history(of: userId)
        let related = history.isEmpty ? [:] : coOccurrence(with: history)
        var unique: [String] = []
        var seen: Set<String> = []
        for item in items where seen.insert(item).inserted { unique.append(item) }
        return score(unique, related: related, penalised: history)
    }

    /// Blends normalised relatedness and popularity (relatedness first when there is any), adds a small floor so
    /// unseen items are still ordered, and normalises the scores to sum to 1.
    private func score(_ items: [String], related: [String: Double], penalised: Set<String> = []) -> [(itemId: String, score: Double)] {
        guard !items.isEmpty else { return [] }
        let popularity = popularity
        let topPopularity = items.compactMap { popularity[$0] }.max() ?? 0
        let topRelated = items.compactMap { related[$0] }.max() ?? 0
        var raw: [(itemId: String, score: Double)] = items.map { item in
            let p = topPopularity > 0 ? (popularity[item] ?? 0) / topPopularity : 0
            let r = topRelated > 0 ? (related[item] ?? 0) / topRelated : 0
            var value = (topRelated > 0 ? 0.65 * r + 0.35 * p : p) + 0.01
            if penalised.contains(item) { value *= 0.5 }
            return (item, value)
        }
        let total = raw.reduce(0) { $0 + $1.score }
        raw = raw.map { ($0.itemId, ($0.score / total * 10_000).rounded() / 10_000) }
        return raw.sorted { $0.score != $1.score ? $0.score > $1.score : $0.itemId < $1.itemId }
    }
}
