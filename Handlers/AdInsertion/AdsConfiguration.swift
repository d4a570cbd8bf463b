import Foundation
import HandlerKit

/// What the AdInsertion function reads from its environment (set by the template).
struct AdsConfiguration: Sendable {
    var campaignsTable: String
    var profilesTable: String
    var deliveryTable: String
    /// The Kinesis stream tracking events go to.
    var beaconStream: String
    /// The API's public URL (`https://api.example.com`), for beacon and ad tag URLs; the request's host when unset.
    var publicBaseURL: String?
    /// Seconds an instance keeps the campaign list and delivery counts before reading them again (reservations
    /// are always checked against the table).
    var cacheSeconds: Double

    init(_ environment: HandlerEnvironment) throws {
        campaignsTable = try environment.require("CAMPAIGNS_TABLE")
        profilesTable = try environment.require("PROFILES_TABLE")
        deliveryTable = try environment.require("DELIVERY_TABLE")
        beaconStream = try environment.require("BEACON_STREAM")
        publicBaseURL = environment.optional("PUBLIC_BASE_URL")
        cacheSeconds = environment.optional("CAMPAIGN_CACHE_SECONDS").flatMap(Double.init).map { max($0, 0) } ?? 5
    }
}
