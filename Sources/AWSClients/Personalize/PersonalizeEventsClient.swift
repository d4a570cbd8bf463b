import AWSCore
import Foundation

/// Amazon Personalize Events (restJson, host `personalize-events.<region>`, signs `personalize`):
/// records interaction events for an event tracker.
public struct PersonalizeEventsClient: Sendable {
    public static let wireProtocol = WireProtocol.restJson
    /// PutEvents takes 1...10 events (the model's EventList bounds).
    public static let maximumEventsPerCall = 10

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .personalizeEvents, wireProtocol: Self.wireProtocol)
    }

    /// Records `input.eventList`; refuses 0 or more than 10 events, an empty event type and empty
    /// tracking or session ids before sending. The service answers with an empty body.
    public func putEvents(_ input: Personalize.PutEventsInput) async throws {
        try input.validate()
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/events")
        try builder.setJSONBody(input)
        _ = try await client.send(try builder.build())
    }
}
