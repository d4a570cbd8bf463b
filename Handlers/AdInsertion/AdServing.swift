import Foundation
import LambdaRuntime
import Logging
import MediaKit

/// `GET /ads`: the ad decision server MediaTailor calls. Bad or missing parameters, or any failure to decide, answer
/// the empty VAST (the spec's "no ad"), never an error: a player must keep playing.
struct AdServing: Sendable {
    let cache: CampaignCache
    let store: AdStore
    let ledger: DeliveryLedger
    let engine = AdDecisionEngine()
    /// How many times an avail is decided again after a reservation lost a race (the ad is dropped each time).
    static let attempts = 3

    func add(to router: inout HTTPRouter<LambdaContext>, baseURL: @escaping @Sendable (RouteRequest) -> String, now: @escaping @Sendable () -> Date) {
        router.on(.get, "/ads") { request, context in
            let query = Dictionary(request.queryItems.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            let base = baseURL(request)
            if query["format"] == "vmap" { return Self.vmap(query, base: base) }
            let xml: String
            do {
                xml = try await vast(query, base: base, now: now())
            } catch {
                context.logger.error("ad decision failed; answering no ad", metadata: ["error": "\(error)"])
                xml = VASTWriter.empty
            }
            return .text(xml, contentType: "application/xml; charset=utf-8")
        }
    }

    func vast(_ query: [String: String], base: String, now: Date) async throws -> String {
        guard let request = try? AdRequest.parse(query) else { return VASTWriter.empty }
        let (campaigns, delivered) = try await cache.current(at: now)
        var profile: ViewerProfile?
        var frequency: [String: Int] = [:]
        if let viewer = request.viewerId {
            profile = try await store.profile(viewer)
            frequency = try await ledger.frequency(viewer: viewer, campaigns: campaigns, at: now)
        }
        let seed = AdDecisionEngine.seed(for: request)
        var excluded = Set<String>()
        var served: [AdDecision.Ad] = []
        for _ in 0..<Self.attempts {
            let context = AdDecisionEngine.Context(request: request, profile: profile, now: now, seed: seed, delivered: delivered, frequency: frequency)
            var lost = false
            for ad in engine.decide(campaigns.filter { !excluded.contains($0.id) }, context: context).ads {
                if try await ledger.reserve(ad, viewer: request.viewerId, at: now) {
                    served.append(ad)
                } else {
                    excluded.insert(ad.campaign.id)
                    lost = true
                }
            }
            // A pod keeps what it reserved; only an avail left empty by lost races is decided again without those campaigns.
            if !lost || !served.isEmpty { break }
        }
        let pod = AdDecision(ads: served.enumerated().map { index, ad in
            var ad = ad
            ad.sequence = index + 1
            return ad
        })
        return VASTWriter(beacons: AdBeacons(endpoint: "\(base)/ads/beacons")).document(pod, sessionId: request.sessionId)
    }

    /// `GET /ads?format=vmap&programDuration=&breakInterval=&availDuration=&sessionId=&viewerId=`: the break schedule.
    static func vmap(_ query: [String: String], base: String) -> RouteResponse {
        let program = query["programDuration"].flatMap(Double.init).map { min(max($0, 0), 86_400) } ?? 0
        let interval = query["breakInterval"].flatMap(Double.init).map { max($0, 60) } ?? 600
        let avail = query["availDuration"].flatMap(Double.init).map { min(max($0, 5), AdRequest.longestAvail) } ?? 60
        let breaks = VMAPWriter.schedule(programDuration: program, interval: interval, breakDuration: avail)
        let passOn = ["sessionId", "viewerId", "device"].compactMap { name in query[name].map { "&\(name)=\(AdBeacons.encode($0))" } }.joined()
        let xml = VMAPWriter.document(breaks) { index, item in "\(base)/ads?availDuration=\(Int(item.duration))&availIndex=\(index)\(passOn)" }
        return .text(xml, contentType: "application/xml; charset=utf-8")
    }
}
