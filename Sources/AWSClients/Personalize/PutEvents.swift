import AWSCore
import Foundation

extension Personalize {
    /// Input of PutEvents: 1...10 events of one session.
    public struct PutEventsInput: Encodable, Sendable, Equatable {
        /// From CreateEventTracker.
        public var trackingId: String
        public var userId: String?
        /// Your application's session id; ties anonymous events to the user once known.
        public var sessionId: String
        public var eventList: [Event]

        public init(trackingId: String, userId: String? = nil, sessionId: String, eventList: [Event]) {
            self.trackingId = trackingId
            self.userId = userId
            self.sessionId = sessionId
            self.eventList = eventList
        }

        enum CodingKeys: String, CodingKey { case trackingId, userId, sessionId, eventList }

        func validate() throws(ClientInputError) {
            let operation = "PutEvents"
            if trackingId.isEmpty { throw .missingField(operation, "trackingId") }
            if sessionId.isEmpty { throw .missingField(operation, "sessionId") }
            if eventList.isEmpty { throw .missingField(operation, "eventList") }
            if eventList.count > PersonalizeEventsClient.maximumEventsPerCall {
                throw .tooLarge(operation, "eventList", size: eventList.count, limit: PersonalizeEventsClient.maximumEventsPerCall, unit: "events")
            }
            for (index, event) in eventList.enumerated() {
                let field = "eventList[\(index)]"
                if event.eventType.isEmpty { throw .missingField(operation, "\(field).eventType") }
                if let properties = event.properties, properties.count > 1024 {
                    throw .tooLarge(operation, "\(field).properties", size: properties.count, limit: 1024, unit: "characters")
                }
                if let impression = event.impression, impression.count > 25 {
                    throw .tooLarge(operation, "\(field).impression", size: impression.count, limit: 25, unit: "items")
                }
                if let id = event.recommendationId, id.count > 40 {
                    throw .tooLarge(operation, "\(field).recommendationId", size: id.count, limit: 40, unit: "characters")
                }
            }
        }
    }

    /// One interaction: what the user did, to which item, when.
    public struct Event: Encodable, Sendable, Equatable {
        /// `click`, `watch`…: the EVENT_TYPE of the interactions dataset.
        public var eventType: String
        /// When the event happened on the client; sent as epoch seconds.
        public var sentAt: Date
        public var eventId: String?
        public var eventValue: Float?
        public var itemId: String?
        /// A JSON object as a string (at most 1,024 characters), e.g. `{"numberOfRatings": "12"}`.
        public var properties: String?
        /// The GetRecommendations list the item came from.
        public var recommendationId: String?
        /// The item ids shown to the user (at most 25).
        public var impression: [String]?
        public var metricAttribution: MetricAttribution?

        public init(
            eventType: String, sentAt: Date, eventId: String? = nil, eventValue: Float? = nil, itemId: String? = nil,
            properties: String? = nil, recommendationId: String? = nil, impression: [String]? = nil,
            metricAttribution: MetricAttribution? = nil
        ) {
            self.eventType = eventType
            self.sentAt = sentAt
            self.eventId = eventId
            self.eventValue = eventValue
            self.itemId = itemId
            self.properties = properties
            self.recommendationId = recommendationId
            self.impression = impression
            self.metricAttribution = metricAttribution
        }

        /// `properties` written from a JSON object (keys sorted), for callers holding structured data.
        public static func properties(_ object: [String: JSON]) -> String {
            let data = (try? AWSJSONCoding.makeEncoder().encode(object)) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self)
        }

        enum CodingKeys: String, CodingKey {
            case eventType, sentAt, eventId, eventValue, itemId, properties, recommendationId, impression, metricAttribution
        }
    }

    /// The source the event is attributed to in a metric attribution.
    public struct MetricAttribution: Encodable, Sendable, Equatable {
        public var eventAttributionSource: String
        public init(eventAttributionSource: String) { self.eventAttributionSource = eventAttributionSource }
        enum CodingKeys: String, CodingKey { case eventAttributionSource }
    }
}
