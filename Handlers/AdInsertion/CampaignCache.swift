import Foundation
import MediaKit

/// The campaign list and delivery counts one instance decides with, read again after `seconds` (and at once after
/// this instance changed a campaign). Budgets and caps stay exact: every impression is reserved against the table.
actor CampaignCache {
    private let store: AdStore
    private let ledger: DeliveryLedger
    private let seconds: Double
    private var snapshot: (campaigns: [AdCampaign], delivered: [String: AdDelivered], read: Date)?

    init(store: AdStore, ledger: DeliveryLedger, seconds: Double) {
        self.store = store
        self.ledger = ledger
        self.seconds = seconds
    }

    func current(at now: Date) async throws -> (campaigns: [AdCampaign], delivered: [String: AdDelivered]) {
        if let snapshot, now.timeIntervalSince(snapshot.read) < seconds { return (snapshot.campaigns, snapshot.delivered) }
        let campaigns = try await store.campaigns()
        let delivered = try await ledger.delivered(at: now)
        snapshot = (campaigns, delivered, now)
        return (campaigns, delivered)
    }

    func invalidate() { snapshot = nil }
}
