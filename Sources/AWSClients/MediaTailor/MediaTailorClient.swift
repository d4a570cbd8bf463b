import AWSCore
import Foundation

/// AWS Elemental MediaTailor (restJson, host `api.mediatailor.<region>`, signs `mediatailor`):
/// playback configurations for server-side ad insertion.
public struct MediaTailorClient: Sendable {
    public static let wireProtocol = WireProtocol.restJson
    /// The model documents AdDecisionServerUrl's maximum length as 25,000 characters.
    public static let maximumAdDecisionServerURLLength = 25_000
    /// The model documents VideoContentSourceUrl's maximum length as 512 characters.
    public static let maximumVideoContentSourceURLLength = 512

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .mediatailor, wireProtocol: Self.wireProtocol)
    }

    /// Creates or replaces the playback configuration `input.name`; refuses an empty name and URLs over
    /// the documented limits before sending.
    public func putPlaybackConfiguration(_ input: MediaTailor.PutPlaybackConfigurationInput) async throws -> MediaTailor.PlaybackConfiguration {
        try input.validate()
        var builder = RestRequestBuilder(method: "PUT", uriTemplate: "/playbackConfiguration")
        try builder.setJSONBody(input)
        return try await client.restJSON(try builder.build())
    }

    /// The playback configuration `name`, with the endpoint prefixes players and CDNs use.
    public func getPlaybackConfiguration(name: String) async throws -> MediaTailor.PlaybackConfiguration {
        if name.isEmpty { throw ClientInputError.missingField("GetPlaybackConfiguration", "Name") }
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/playbackConfiguration/{Name}")
        builder.setLabel("Name", name)
        return try await client.restJSON(try builder.build())
    }

    /// Deletes the playback configuration `name`.
    public func deletePlaybackConfiguration(name: String) async throws {
        if name.isEmpty { throw ClientInputError.missingField("DeletePlaybackConfiguration", "Name") }
        var builder = RestRequestBuilder(method: "DELETE", uriTemplate: "/playbackConfiguration/{Name}")
        builder.setLabel("Name", name)
        _ = try await client.send(try builder.build())
    }
}
