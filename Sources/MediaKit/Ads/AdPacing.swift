import Foundation

/// Spreads budgets evenly: a daily budget over its UTC day, a total budget over the flight. A campaign ahead of
/// its ideal delivery curve (plus a small allowance) is held back until the curve catches up, so delivery tracks
/// the curve instead of spending the budget in the first hours.
public struct AdPacing: Sendable, Equatable {
    /// Impressions a campaign may run ahead of its curve, as a share of the budget (at least one impression).
    public var allowance: Double

    public init(allowance: Double = 0.002) { self.allowance = max(allowance, 0) }

    /// Impressions the curve allows by `now` for a daily budget (uniform over the UTC day).
    public func dailyIdeal(budget: Int, at now: Date) -> Double {
        let seconds = now.timeIntervalSince1970
        let dayStart = (seconds / 86_400).rounded(.down) * 86_400
        return Double(budget) * (seconds - dayStart) / 86_400
    }

    /// Impressions the curve allows by `now` for a total budget (uniform over the flight).
    public func totalIdeal(budget: Int, start: Date, end: Date, at now: Date) -> Double {
        let length = end.timeIntervalSince(start)
        guard length > 0 else { return Double(budget) }
        return Double(budget) * min(max(now.timeIntervalSince(start) / length, 0), 1)
    }

    /// Whether one more impression keeps `campaign` within its budgets and on its curves.
    public func allows(_ campaign: AdCampaign, delivered: AdDelivered, at now: Date) -> Bool {
        if let budget = campaign.dailyBudget {
            guard delivered.today < budget else { return false }
            guard Double(delivered.today + 1) <= dailyIdeal(budget: budget, at: now) + slack(budget) else { return false }
        }
        if let budget = campaign.totalBudget {
            guard delivered.total < budget else { return false }
            guard Double(delivered.total + 1) <= totalIdeal(budget: budget, start: campaign.start, end: campaign.end, at: now) + slack(budget) else { return false }
        }
        return true
    }

    func slack(_ budget: Int) -> Double { max(Double(budget) * allowance, 1) }
}

/// What a campaign has delivered: today (UTC) and in all.
public struct AdDelivered: Codable, Sendable, Equatable {
    public var today: Int
    public var total: Int

    public init(today: Int = 0, total: Int = 0) {
        self.today = today
        self.total = total
    }
}
