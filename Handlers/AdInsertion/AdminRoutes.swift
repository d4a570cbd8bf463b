import Foundation
import HandlerKit
import LambdaRuntime
import MediaKit

/// The JWT-protected admin API: campaigns, viewer profiles and delivery stats.
struct AdminRoutes: Sendable {
    let store: AdStore
    let ledger: DeliveryLedger
    let cache: CampaignCache

    func add(to router: inout HTTPRouter<LambdaContext>, now: @escaping @Sendable () -> Date) {
        let store = store, ledger = ledger, cache = cache
        router.on(.get, "/ads/campaigns") { _, _ in
            try .json(["campaigns": try await store.campaigns().sorted { $0.id < $1.id }], encoder: AdStore.encoder)
        }
        router.on(.post, "/ads/campaigns") { request, _ in
            let body = try AdminBody.decode(CampaignBody.self, from: request.body)
            let campaign = try body.campaign(id: body.id ?? "cmp-" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16))
            guard try await store.put(campaign, mustExist: false) else { throw HTTPError.conflict("campaign \(campaign.id) exists; PUT /ads/campaigns/\(campaign.id) changes it") }
            await cache.invalidate()
            return try .json(campaign, status: 201, headers: ["Location": "/ads/campaigns/\(campaign.id)"], encoder: AdStore.encoder)
        }
        router.on(.get, "/ads/campaigns/{id}") { request, _ in
            let id = try request.pathParameter("id")
            guard let campaign = try await store.campaign(id) else { throw HTTPError.notFound("no campaign \(id)") }
            return try .json(campaign, encoder: AdStore.encoder)
        }
        router.on(.put, "/ads/campaigns/{id}") { request, _ in
            let id = try request.pathParameter("id")
            let body = try AdminBody.decode(CampaignBody.self, from: request.body)
            if let bodyId = body.id, bodyId != id { throw HTTPError.invalidRequest("id in the body (\(bodyId)) differs from the path (\(id))") }
            let campaign = try body.campaign(id: id)
            guard try await store.put(campaign, mustExist: true) else { throw HTTPError.notFound("no campaign \(id)") }
            await cache.invalidate()
            return try .json(campaign, encoder: AdStore.encoder)
        }
        router.on(.delete, "/ads/campaigns/{id}") { request, _ in
            let id = try request.pathParameter("id")
            guard try await store.deleteCampaign(id) else { throw HTTPError.notFound("no campaign \(id)") }
            await cache.invalidate()
            return .noContent()
        }
        router.on(.put, "/ads/profiles/{id}") { request, _ in
            let profile = ViewerProfile(id: try request.pathParameter("id"), attributes: try AdminBody.decode(ProfileBody.self, from: request.body).attributes)
            do throws(AdFieldProblem) {
                try profile.validate()
            } catch {
                throw HTTPError.invalidRequest(error.description)
            }
            try await store.put(profile)
            return try .json(profile)
        }
        router.on(.get, "/ads/profiles/{id}") { request, _ in
            let id = try request.pathParameter("id")
            guard let profile = try await store.profile(id) else { throw HTTPError.notFound("no profile \(id)") }
            return try .json(profile)
        }
        router.on(.delete, "/ads/profiles/{id}") { request, _ in
            let id = try request.pathParameter("id")
            guard try await store.deleteProfile(id) else { throw HTTPError.notFound("no profile \(id)") }
            return .noContent()
        }
        router.on(.get, "/ads/stats") { _, _ in
            let (today, total) = try await ledger.stats(at: now())
            func split(_ counts: [String: Int], _ prefix: String) -> [String: Int] {
                Dictionary(uniqueKeysWithValues: counts.filter { $0.key.hasPrefix(prefix) }.map { (String($0.key.dropFirst(prefix.count)), $0.value) })
            }
            return try .json(StatsView(day: DeliveryLedger.day(now()),
                                       campaigns: StatsView.Counts(today: split(today, "campaign#"), total: split(total, "campaign#")),
                                       creatives: StatsView.Counts(today: split(today, "creative#"), total: split(total, "creative#"))))
        }
    }

    struct StatsView: Encodable {
        struct Counts: Encodable {
            var today: [String: Int]
            var total: [String: Int]
        }

        var day: String
        var campaigns: Counts
        var creatives: Counts
    }
}
