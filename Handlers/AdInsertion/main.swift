// The AdInsertion use case: the ad decision server MediaTailor calls (`GET /ads`: VAST 4.2, or VMAP 1.0 with
// `format=vmap`), tracking beacons into Kinesis, and the JWT-protected admin API (campaigns, viewer profiles,
// delivery stats, MediaTailor playback configurations). Synchronous: no state machine on the hot path; budgets
// and frequency caps are held by conditional atomic writes in DynamoDB (DeliveryLedger).
import AWSClients
import AWSCore
import Foundation
import HandlerKit
import LambdaRuntime
import MediaKit

await LambdaRuntime.run { _ in
    let configuration = try AdsConfiguration(HandlerEnvironment())
    let aws = try AWSClientConfiguration.fromEnvironment()
    let dynamodb = try DynamoDBClient(aws)
    let store = AdStore(dynamodb: dynamodb, campaignsTable: configuration.campaignsTable, profilesTable: configuration.profilesTable)
    let ledger = DeliveryLedger(dynamodb: dynamodb, table: configuration.deliveryTable)
    let cache = CampaignCache(store: store, ledger: ledger, seconds: configuration.cacheSeconds)
    let now: @Sendable () -> Date = Date.init
    let configuredBase = configuration.publicBaseURL
    // Beacon and ad tag URLs point back at this API: its configured public URL, else the host the request came to.
    let baseURL: @Sendable (RouteRequest) -> String = { request in
        if let configuredBase { return configuredBase.hasSuffix("/") ? String(configuredBase.dropLast()) : configuredBase }
        let scheme = request.header("x-forwarded-proto") ?? "https"
        return "\(scheme)://\(request.header("host") ?? "localhost")"
    }

    var router = HTTPRouter<LambdaContext>(cors: CORSConfiguration())
    AdServing(cache: cache, store: store, ledger: ledger).add(to: &router, baseURL: baseURL, now: now)
    AdminRoutes(store: store, ledger: ledger, cache: cache).add(to: &router, now: now)
    BeaconRoutes(kinesis: try KinesisClient(aws), stream: configuration.beaconStream).add(to: &router, now: now)
    PlaybackConfigurationRoutes(mediaTailor: try MediaTailorClient(aws)).add(to: &router, baseURL: baseURL)
    let routes = router
    return LambdaClosureByteHandler { payload, context in try await routes.handle(payload: payload, context: context) }
}
