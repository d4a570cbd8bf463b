import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("MediaTailor client")
struct MediaTailorClientTests {
    static let configurationBody = #"""
    {"Name":"ad-insertion-main","PlaybackConfigurationArn":"arn:aws:mediatailor:us-east-1:123456789012:playbackConfiguration/ad-insertion-main",
    "AdDecisionServerUrl":"https://ads.example.com/vast","VideoContentSourceUrl":"https://origin.example.com/out/v1/abc",
    "HlsConfiguration":{"ManifestEndpointPrefix":"https://abc.mediatailor.us-east-1.amazonaws.com/v1/master/111/ad-insertion-main/"},
    "DashConfiguration":{"ManifestEndpointPrefix":"https://abc.mediatailor.us-east-1.amazonaws.com/v1/dash/111/ad-insertion-main/",
    "MpdLocation":"EMT_DEFAULT","OriginManifestType":"SINGLE_PERIOD"},
    "PlaybackEndpointPrefix":"https://abc.mediatailor.us-east-1.amazonaws.com",
    "SessionInitializationEndpointPrefix":"https://abc.mediatailor.us-east-1.amazonaws.com/v1/session/111/ad-insertion-main/",
    "CdnConfiguration":{"ContentSegmentUrlPrefix":"https://cdn.example.com"},"PersonalizationThresholdSeconds":2,
    "AvailSuppression":{"Mode":"OFF"},"InsertionMode":"STITCHED_ONLY","LogConfiguration":{"PercentEnabled":0,"EnabledLoggingStrategies":[]},
    "ManifestProcessingRules":{"AdMarkerPassthrough":{"Enabled":false}},"tags":{"team":"ads"}}
    """#

    @Test("GetPlaybackConfiguration decodes the HLS manifest, playback and session endpoint prefixes")
    func decodesConfiguration() async throws {
        let transport = FakeTransport(body: Self.configurationBody)
        let configuration = try await MediaTailorClient(transport.configuration).getPlaybackConfiguration(name: "ad-insertion-main")
        #expect(configuration.hlsConfiguration?.manifestEndpointPrefix
            == "https://abc.mediatailor.us-east-1.amazonaws.com/v1/master/111/ad-insertion-main/")
        #expect(configuration.playbackEndpointPrefix == "https://abc.mediatailor.us-east-1.amazonaws.com")
        #expect(configuration.sessionInitializationEndpointPrefix
            == "https://abc.mediatailor.us-east-1.amazonaws.com/v1/session/111/ad-insertion-main/")
        #expect(configuration.dashConfiguration?.originManifestType == .singlePeriod)
        #expect(configuration.availSuppression?.mode == .off)
        #expect(configuration.tags == ["team": "ads"])
        #expect(transport.requests.first?.url == "https://api.mediatailor.us-east-1.amazonaws.com/playbackConfiguration/ad-insertion-main")
    }

    @Test("a MediaTailor BadRequestException surfaces as AWSServiceError with its code")
    func serviceError() async throws {
        let transport = FakeTransport(
            status: 400, headers: ["Content-Type": "application/json", "x-amzn-ErrorType": "BadRequestException:http://internal.amazon.com/"],
            body: #"{"Message":"AdDecisionServerUrl is not a valid URL"}"#)
        await #expect {
            _ = try await MediaTailorClient(transport.configuration).putPlaybackConfiguration(.init(name: "x", adDecisionServerUrl: "nope"))
        } throws: { error in
            (error as? AWSServiceError)?.code == "BadRequestException" && (error as? AWSServiceError)?.message == "AdDecisionServerUrl is not a valid URL"
        }
    }

    @Test("an empty name and an ad decision server URL over 25,000 characters are refused before sending")
    func inputChecks() async throws {
        let transport = FakeTransport(body: Self.configurationBody)
        let client = try MediaTailorClient(transport.configuration)
        await #expect(throws: ClientInputError.missingField) { _ = try await client.putPlaybackConfiguration(.init(name: "")) }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.getPlaybackConfiguration(name: "") }
        await #expect(throws: ClientInputError.missingField) { try await client.deletePlaybackConfiguration(name: "") }
        let prefix = "https://ads.example.com/vast?q="
        let tooLong = prefix + String(repeating: "a", count: 25_001 - prefix.count)
        do {
            _ = try await client.putPlaybackConfiguration(.init(name: "x", adDecisionServerUrl: tooLong))
            Issue.record("a 25,001-character URL was accepted")
        } catch let error as ClientInputError {
            #expect(error.detail.contains("AdDecisionServerUrl") && error.detail.contains("25000"))
        }
        await #expect(throws: ClientInputError.tooLarge) {
            _ = try await client.putPlaybackConfiguration(.init(name: "x", videoContentSourceUrl: String(repeating: "v", count: 513)))
        }
        #expect(transport.requests.isEmpty)
        let longest = prefix + String(repeating: "a", count: 25_000 - prefix.count)
        _ = try await client.putPlaybackConfiguration(.init(name: "x", adDecisionServerUrl: longest))
        #expect(transport.requests.count == 1)
    }
}
