import Foundation

/// AWS Elemental MediaTailor playback configurations (restJson, signing name `mediatailor`): Put, Get, List and
/// Delete, kept in memory and answered with the service's shapes and defaults (DashConfiguration EMT_DEFAULT /
/// MULTI_PERIOD, InsertionMode STITCHED_ONLY, AvailSuppression OFF, LogConfiguration at 0 percent).
///
/// The endpoint prefixes have the real form, `https://<id>.mediatailor.<region>.amazonaws.com/v1/master/<id>/<name>/`;
/// `<id>` is derived from the account and region here (AWS assigns its own), and nothing serves those URLs locally.
/// Get of an unknown name is `NotFoundException` (404); Delete of an unknown name succeeds (204), as a repeated delete does.
public struct TwinMediaTailor: TwinService {
    public let signingNames: Set<String> = ["mediatailor"]
    let region: String
    let account: String
    let store = PlaybackConfigurationStore()

    static let modes: Set = ["OFF", "BEHIND_LIVE_EDGE", "AFTER_LIVE_EDGE"]
    static let fillPolicies: Set = ["FULL_AVAIL_ONLY", "PARTIAL_AVAIL"]
    static let originManifestTypes: Set = ["SINGLE_PERIOD", "MULTI_PERIOD"]
    static let insertionModes: Set = ["STITCHED_ONLY", "PLAYER_SELECT"]

    public init(region: String = "us-east-1", account: String = "123456789012") {
        self.region = region
        self.account = account
    }

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        let parts = request.path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        switch (request.method, parts.count, parts.first ?? "") {
        case ("PUT", 1, "playbackConfiguration"):
            guard let body = try? JSONValue(parsing: request.body), body.objectValue != nil else { return badRequest("The request body must be a JSON object") }
            return await put(body)
        case ("GET", 2, "playbackConfiguration"):
            guard let configuration = await store.get(parts[1]) else {
                return .restError("NotFoundException", "Playback configuration \(parts[1]) was not found", status: 404)
            }
            return Self.answer(configuration)
        case ("DELETE", 2, "playbackConfiguration"):
            await store.delete(parts[1])
            return TwinResponse(status: 204, headers: [("x-amzn-RequestId", UUID().uuidString.lowercased())])
        case ("GET", 1, "playbackConfigurations"):
            return await list(TwinMediaConvert.query(request.query))
        default:
            return .restError("NotFoundException", "The local twin does not serve \(request.method) \(request.path) for MediaTailor", status: 404)
        }
    }

    private func put(_ body: JSONValue) async -> TwinResponse {
        if let problem = Self.problem(in: body) { return badRequest(problem) }
        let name = body["Name"]?.stringValue ?? ""
        var configuration = body.objectValue ?? [:]
        configuration.removeValue(forKey: "DashConfiguration")
        let id = Self.endpointId(account: account, region: region)
        let host = "https://\(id).mediatailor.\(region).amazonaws.com"
        configuration["PlaybackConfigurationArn"] = .string("arn:aws:mediatailor:\(region):\(account):playbackConfiguration/\(name)")
        configuration["HlsConfiguration"] = ["ManifestEndpointPrefix": .string("\(host)/v1/master/\(id)/\(name)/")]
        configuration["DashConfiguration"] = [
            "ManifestEndpointPrefix": .string("\(host)/v1/dash/\(id)/\(name)/"),
            "MpdLocation": body["DashConfiguration"]?["MpdLocation"] ?? "EMT_DEFAULT",
            "OriginManifestType": body["DashConfiguration"]?["OriginManifestType"] ?? "MULTI_PERIOD",
        ]
        configuration["PlaybackEndpointPrefix"] = .string(host)
        configuration["SessionInitializationEndpointPrefix"] = .string("\(host)/v1/session/\(id)/\(name)/")
        configuration["InsertionMode"] = body["InsertionMode"] ?? "STITCHED_ONLY"
        configuration["AvailSuppression"] = body["AvailSuppression"] ?? ["Mode": "OFF"]
        configuration["LogConfiguration"] = ["PercentEnabled": 0, "EnabledLoggingStrategies": ["LEGACY_CLOUDWATCH"]]
        if configuration["tags"] == nil { configuration["tags"] = [:] }
        let stored = JSONValue.object(configuration)
        await store.put(name, stored)
        return Self.answer(stored)
    }

    private func list(_ query: [String: String]) async -> TwinResponse {
        let maxResults = Int(query["MaxResults"] ?? "50") ?? 0
        guard (1...100).contains(maxResults) else { return badRequest("MaxResults must be between 1 and 100") }
        let all = await store.all
        let start = Int(query["NextToken"] ?? "0") ?? -1
        guard start >= 0, start <= all.count else { return badRequest("The NextToken is not valid") }
        var answer: [String: JSONValue] = ["Items": .array(Array(all[start..<min(start + maxResults, all.count)]))]
        if start + maxResults < all.count { answer["NextToken"] = .string(String(start + maxResults)) }
        return Self.answer(.object(answer))
    }

    /// What PutPlaybackConfiguration refuses, naming the member.
    static func problem(in body: JSONValue) -> String? {
        guard let name = body["Name"]?.stringValue, !name.isEmpty else { return "Name is required" }
        guard !name.contains("/"), name.count <= 256 else { return "Name must not contain '/' and must be at most 256 characters" }
        for member in ["AdDecisionServerUrl", "VideoContentSourceUrl", "SlateAdUrl", "TranscodeProfileName"] {
            if let value = body[member], value.stringValue == nil { return "\(member) must be a string" }
        }
        if let url = body["AdDecisionServerUrl"]?.stringValue, url.count > 25_000 { return "AdDecisionServerUrl must be at most 25000 characters" }
        if let url = body["VideoContentSourceUrl"]?.stringValue {
            guard url.count <= 512 else { return "VideoContentSourceUrl must be at most 512 characters" }
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return "VideoContentSourceUrl must be an HTTP or HTTPS URL" }
        }
        if let seconds = body["PersonalizationThresholdSeconds"], (seconds.number ?? 0) < 1 { return "PersonalizationThresholdSeconds must be at least 1" }
        if let mode = body["InsertionMode"], !insertionModes.contains(mode.stringValue ?? "") { return "InsertionMode must be one of \(insertionModes.sorted())" }
        if let type = body["DashConfiguration"]?["OriginManifestType"], !originManifestTypes.contains(type.stringValue ?? "") {
            return "DashConfiguration.OriginManifestType must be one of \(originManifestTypes.sorted())"
        }
        if let location = body["DashConfiguration"]?["MpdLocation"], !["DISABLED", "EMT_DEFAULT"].contains(location.stringValue ?? "") {
            return "DashConfiguration.MpdLocation must be DISABLED or EMT_DEFAULT"
        }
        if let suppression = body["AvailSuppression"] {
            if let mode = suppression["Mode"], !modes.contains(mode.stringValue ?? "") { return "AvailSuppression.Mode must be one of \(modes.sorted())" }
            if let policy = suppression["FillPolicy"], !fillPolicies.contains(policy.stringValue ?? "") {
                return "AvailSuppression.FillPolicy must be one of \(fillPolicies.sorted())"
            }
        }
        if let tags = body["tags"] {
            guard let object = tags.objectValue, object.values.allSatisfy({ $0.stringValue != nil }) else { return "tags must be a map of strings" }
        }
        return nil
    }

    /// A 32-hex-digit id standing for the one AWS assigns an account's configurations in a region.
    static func endpointId(account: String, region: String) -> String {
        let first = PseudoTranslator.hash("mediatailor|\(account)|\(region)")
        let second = PseudoTranslator.hash("\(region)|\(account)|mediatailor")
        return String(format: "%016llx%016llx", first, second)
    }

    static func answer(_ body: JSONValue) -> TwinResponse {
        TwinResponse(status: 200, headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", UUID().uuidString.lowercased())],
                     body: body.serializedData())
    }

    private func badRequest(_ message: String) -> TwinResponse { .restError("BadRequestException", message, status: 400) }
}

/// The playback configurations, by name, listed in name order.
actor PlaybackConfigurationStore {
    private var configurations: [String: JSONValue] = [:]

    func put(_ name: String, _ configuration: JSONValue) { configurations[name] = configuration }
    func get(_ name: String) -> JSONValue? { configurations[name] }
    func delete(_ name: String) { configurations.removeValue(forKey: name) }
    var all: [JSONValue] { configurations.keys.sorted().compactMap { configurations[$0] } }
}
