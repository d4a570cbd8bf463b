import AWSClients
import AWSCore
import Foundation
import LambdaRuntime

/// `POST /ads/playback-configurations {name, contentSourceUrl, slateAdUrl?}`: creates or updates the MediaTailor
/// playback configuration that stitches this ad decision server's ads into the content origin's streams.
struct PlaybackConfigurationRoutes: Sendable {
    let mediaTailor: MediaTailorClient

    struct Body: Decodable {
        var name: String
        var contentSourceUrl: String
        var slateAdUrl: String?
        var personalizationThresholdSeconds: Int?
    }

    struct View: Encodable {
        var name: String?
        var arn: String?
        var adDecisionServerUrl: String?
        var contentSourceUrl: String?
        var hlsPlaybackPrefix: String?
        var sessionInitializationPrefix: String?
    }

    /// The ADS URL MediaTailor calls, with its dynamic session and player variables as our query parameters.
    static func adDecisionServerURL(base: String) -> String {
        base + "/ads?availDuration=[session.avail_duration_secs]&availIndex=[avail.index]&sessionId=[session.id]"
            + "&viewerId=[player_params.viewer_id]&device=[player_params.device]&userAgent=[session.user_agent]&content.genre=[player_params.genre]"
    }

    func add(to router: inout HTTPRouter<LambdaContext>, baseURL: @escaping @Sendable (RouteRequest) -> String) {
        let mediaTailor = mediaTailor
        router.on(.post, "/ads/playback-configurations") { request, _ in
            let body = try AdminBody.decode(Body.self, from: request.body)
            guard !body.name.isEmpty, body.name.count <= 64, body.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                throw HTTPError.invalidRequest("name must be 1 to 64 letters, digits, - or _; got '\(body.name)'")
            }
            guard let source = URL(string: body.contentSourceUrl), ["http", "https"].contains(source.scheme?.lowercased() ?? ""), source.host != nil else {
                throw HTTPError.invalidRequest("contentSourceUrl must be the http(s) URL of the content origin")
            }
            if let slate = body.slateAdUrl, URL(string: slate)?.scheme?.hasPrefix("http") != true {
                throw HTTPError.invalidRequest("slateAdUrl must be an http(s) URL")
            }
            if let threshold = body.personalizationThresholdSeconds, threshold < 1 {
                throw HTTPError.invalidRequest("personalizationThresholdSeconds must be at least 1")
            }
            let configuration: MediaTailor.PlaybackConfiguration
            do {
                configuration = try await mediaTailor.putPlaybackConfiguration(MediaTailor.PutPlaybackConfigurationInput(
                    name: body.name, adDecisionServerUrl: Self.adDecisionServerURL(base: baseURL(request)), videoContentSourceUrl: body.contentSourceUrl,
                    slateAdUrl: body.slateAdUrl, personalizationThresholdSeconds: body.personalizationThresholdSeconds, tags: ["mediagen:useCase": "AdInsertion"]))
            } catch let error as AWSServiceError where error.code == "BadRequestException" {
                throw HTTPError.invalidRequest("MediaTailor refused the configuration: \(error.message)")
            }
            return try .json(View(name: configuration.name, arn: configuration.playbackConfigurationArn, adDecisionServerUrl: configuration.adDecisionServerUrl,
                                  contentSourceUrl: configuration.videoContentSourceUrl, hlsPlaybackPrefix: configuration.hlsConfiguration?.manifestEndpointPrefix,
                                  sessionInitializationPrefix: configuration.sessionInitializationEndpointPrefix))
        }
    }
}
