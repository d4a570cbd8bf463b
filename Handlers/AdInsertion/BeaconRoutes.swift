import AWSClients
import Foundation
import LambdaRuntime
import MediaKit

/// Tracking events into Kinesis: `GET /ads/beacons?event=…` is the pixel a player fires for the URLs in the VAST
/// (no sign-in); `POST /ads/beacons {"events": [...]}` takes a batch from a signed-in client. Each event is one
/// JSON record, partitioned by its AdServingId.
struct BeaconRoutes: Sendable {
    let kinesis: KinesisClient
    let stream: String

    /// One tracking event.
    struct Event: Codable, Sendable {
        var event: String
        var adServingId: String
        var campaign: String?
        var creative: String?
        var session: String?
        var at: String?
    }

    static let events = Set(["impression", "error"] + AdBeacons.trackingEvents)
    static let largestBatch = 500

    func add(to router: inout HTTPRouter<LambdaContext>, now: @escaping @Sendable () -> Date) {
        let kinesis = kinesis, stream = stream
        router.on(.get, "/ads/beacons") { request, _ in
            var event = try Self.check(Event(event: request.query("event") ?? "", adServingId: request.query("adServingId") ?? "",
                                             campaign: request.query("campaign"), creative: request.query("creative"), session: request.query("session")), field: "")
            event.at = Self.timestamp(now())
            try await Self.put([event], kinesis: kinesis, stream: stream)
            return .noContent()
        }
        router.on(.post, "/ads/beacons") { request, _ in
            struct Batch: Decodable { var events: [Event] }
            let batch = try AdminBody.decode(Batch.self, from: request.body)
            guard !batch.events.isEmpty, batch.events.count <= Self.largestBatch else {
                throw HTTPError.invalidRequest("events must hold 1 to \(Self.largestBatch) events; got \(batch.events.count)")
            }
            var events: [Event] = []
            for (index, event) in batch.events.enumerated() {
                var checked = try Self.check(event, field: "events[\(index)].")
                checked.at = checked.at ?? Self.timestamp(now())
                events.append(checked)
            }
            try await Self.put(events, kinesis: kinesis, stream: stream)
            return try .json(["accepted": events.count], status: 202)
        }
    }

    static func check(_ event: Event, field: String) throws(HTTPError) -> Event {
        guard events.contains(event.event) else {
            throw HTTPError.invalidRequest("\(field)event must be one of \(events.sorted().joined(separator: ", ")); got '\(event.event)'")
        }
        guard !event.adServingId.isEmpty, event.adServingId.count <= 128 else { throw HTTPError.invalidRequest("\(field)adServingId is required (at most 128 characters)") }
        for (name, value) in [("campaign", event.campaign), ("creative", event.creative), ("session", event.session)] where (value?.count ?? 0) > 512 {
            throw HTTPError.invalidRequest("\(field)\(name) is longer than 512 characters")
        }
        return event
    }

    static func put(_ events: [Event], kinesis: KinesisClient, stream: String) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let records = try events.map { KinesisPutRecordsInput.Entry(data: try encoder.encode($0), partitionKey: $0.adServingId) }
        let output = try await kinesis.putRecords(KinesisPutRecordsInput(streamName: stream, records: records))
        if (output.failedRecordCount ?? 0) > 0 {
            throw HTTPError(status: 503, code: "Throttled", message: "\(output.failedRecordCount ?? 0) tracking events were not accepted; send them again")
        }
    }

    static func timestamp(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
