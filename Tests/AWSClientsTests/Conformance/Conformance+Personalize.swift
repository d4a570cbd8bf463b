import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let personalize: [ConformanceRow] = [
        ConformanceRow(
            "personalize-runtime.GetRecommendations from a campaign with context, filter, metadata and a promotion",
            service: "personalize-runtime", operation: "GetRecommendations",
            params: [
                "campaignArn": "arn:aws:personalize:us-east-1:123456789012:campaign/streaming", "userId": "user-1", "numResults": 20,
                "context": ["DEVICE": "tv"], "filterArn": "arn:aws:personalize:us-east-1:123456789012:filter/genre",
                "filterValues": ["GENRE": "\"comedy\""], "metadataColumns": ["ITEMS": ["TITLE", "GENRE"]],
                "promotions": [["name": "new-releases", "percentPromotedItems": 20,
                                "filterArn": "arn:aws:personalize:us-east-1:123456789012:filter/new", "filterValues": ["DAYS": "\"7\""]]],
            ]
        ) { configuration in
            _ = try await PersonalizeRuntimeClient(configuration).getRecommendations(Personalize.GetRecommendationsInput(
                campaignArn: "arn:aws:personalize:us-east-1:123456789012:campaign/streaming", userId: "user-1", numResults: 20,
                context: ["DEVICE": "tv"], filterArn: "arn:aws:personalize:us-east-1:123456789012:filter/genre",
                filterValues: ["GENRE": "\"comedy\""], metadataColumns: ["ITEMS": ["TITLE", "GENRE"]],
                promotions: [.init(name: "new-releases", percentPromotedItems: 20,
                                   filterArn: "arn:aws:personalize:us-east-1:123456789012:filter/new", filterValues: ["DAYS": "\"7\""])]))
        },
        ConformanceRow(
            "personalize-runtime.GetRecommendations related items from a recommender", service: "personalize-runtime",
            operation: "GetRecommendations",
            params: ["recommenderArn": "arn:aws:personalize:us-east-1:123456789012:recommender/more-like-this", "itemId": "movie-7"]
        ) { configuration in
            _ = try await PersonalizeRuntimeClient(configuration).getRecommendations(.init(
                recommenderArn: "arn:aws:personalize:us-east-1:123456789012:recommender/more-like-this", itemId: "movie-7"))
        },
        ConformanceRow(
            "personalize-runtime.GetPersonalizedRanking", service: "personalize-runtime", operation: "GetPersonalizedRanking",
            params: [
                "campaignArn": "arn:aws:personalize:us-east-1:123456789012:campaign/ranking", "inputList": ["a", "b", "c"],
                "userId": "user-1", "context": ["DEVICE": "phone"], "filterArn": "arn:aws:personalize:us-east-1:123456789012:filter/x",
                "filterValues": ["GENRE": "\"drama\""], "metadataColumns": ["ITEMS": ["TITLE"]],
            ]
        ) { configuration in
            _ = try await PersonalizeRuntimeClient(configuration).getPersonalizedRanking(.init(
                campaignArn: "arn:aws:personalize:us-east-1:123456789012:campaign/ranking", inputList: ["a", "b", "c"], userId: "user-1",
                context: ["DEVICE": "phone"], filterArn: "arn:aws:personalize:us-east-1:123456789012:filter/x",
                filterValues: ["GENRE": "\"drama\""], metadataColumns: ["ITEMS": ["TITLE"]]))
        },
        ConformanceRow(
            "personalize-events.PutEvents with properties, impressions and attribution", service: "personalize-events",
            operation: "PutEvents",
            params: [
                "trackingId": "tracker-1", "userId": "user-1", "sessionId": "session-9",
                "eventList": [
                    ["eventType": "watch", "eventId": "e1", "eventValue": 4.5, "itemId": "movie-7",
                     "properties": "{\"device\":\"tv\",\"numberOfRatings\":\"12\"}", "sentAt": .datetime("2026-01-02T03:04:05Z"),
                     "recommendationId": "RID-abc", "impression": ["movie-7", "movie-8"],
                     "metricAttribution": ["eventAttributionSource": "home-row"]],
                    ["eventType": "click", "itemId": "movie-8", "sentAt": .datetime("2026-01-02T03:05:00Z")],
                ],
            ]
        ) { configuration in
            try await PersonalizeEventsClient(configuration).putEvents(Personalize.PutEventsInput(
                trackingId: "tracker-1", userId: "user-1", sessionId: "session-9",
                eventList: [
                    .init(eventType: "watch", sentAt: Date(timeIntervalSince1970: 1_767_323_045), eventId: "e1", eventValue: 4.5,
                          itemId: "movie-7", properties: Personalize.Event.properties(["device": "tv", "numberOfRatings": "12"]),
                          recommendationId: "RID-abc", impression: ["movie-7", "movie-8"],
                          metricAttribution: .init(eventAttributionSource: "home-row")),
                    .init(eventType: "click", sentAt: Date(timeIntervalSince1970: 1_767_323_100), itemId: "movie-8"),
                ]))
        },
    ]
}
