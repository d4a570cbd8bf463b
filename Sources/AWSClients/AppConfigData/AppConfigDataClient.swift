import AWSCore
import Foundation

/// AWS AppConfig Data (restJson; signs as `appconfig`): configuration sessions and the latest configuration.
public struct AppConfigDataClient: Sendable {
    public static let wireProtocol = WireProtocol.restJson
    /// The shortest poll interval a session may ask for, and the longest (seconds).
    public static let pollIntervalRange = 15...86_400

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .appconfigdata, wireProtocol: Self.wireProtocol)
    }

    /// Starts a session and returns its initial configuration token.
    public func startConfigurationSession(_ input: StartConfigurationSessionInput) async throws -> String {
        try input.validate()
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/configurationsessions")
        try builder.setJSONBody(input)
        let output: StartConfigurationSessionOutput = try await client.restJSON(builder.build())
        guard let token = output.initialConfigurationToken else {
            throw AWSClientError.invalidResponse(operation: "StartConfigurationSession", detail: "no InitialConfigurationToken")
        }
        return token
    }

    /// The configuration for `token`, with the token to use next. An empty `configuration` means
    /// nothing changed since the previous call of the session.
    public func getLatestConfiguration(token: String) async throws -> LatestConfiguration {
        if token.isEmpty { throw ClientInputError.missingField("GetLatestConfiguration", "ConfigurationToken") }
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/configuration")
        builder.addQuery("configuration_token", token)
        let response = try await client.send(builder.build())
        return try LatestConfiguration(response)
    }
}

/// Input of StartConfigurationSession: names or ids of the application, environment and profile.
public struct StartConfigurationSessionInput: Encodable, Sendable, Equatable {
    public var applicationIdentifier: String
    public var environmentIdentifier: String
    public var configurationProfileIdentifier: String
    /// 15 to 86,400 seconds.
    public var requiredMinimumPollIntervalInSeconds: Int?

    public init(
        applicationIdentifier: String, environmentIdentifier: String, configurationProfileIdentifier: String,
        requiredMinimumPollIntervalInSeconds: Int? = nil
    ) {
        self.applicationIdentifier = applicationIdentifier
        self.environmentIdentifier = environmentIdentifier
        self.configurationProfileIdentifier = configurationProfileIdentifier
        self.requiredMinimumPollIntervalInSeconds = requiredMinimumPollIntervalInSeconds
    }

    enum CodingKeys: String, CodingKey {
        case applicationIdentifier = "ApplicationIdentifier", environmentIdentifier = "EnvironmentIdentifier"
        case configurationProfileIdentifier = "ConfigurationProfileIdentifier"
        case requiredMinimumPollIntervalInSeconds = "RequiredMinimumPollIntervalInSeconds"
    }

    func validate() throws(ClientInputError) {
        let operation = "StartConfigurationSession"
        for (field, value) in [
            ("ApplicationIdentifier", applicationIdentifier), ("EnvironmentIdentifier", environmentIdentifier),
            ("ConfigurationProfileIdentifier", configurationProfileIdentifier),
        ] {
            if value.isEmpty { throw .missingField(operation, field) }
            if value.count > 128 { throw .tooLarge(operation, field, size: value.count, limit: 128, unit: "characters") }
        }
        if let interval = requiredMinimumPollIntervalInSeconds, !AppConfigDataClient.pollIntervalRange.contains(interval) {
            throw .invalidValue(operation, "RequiredMinimumPollIntervalInSeconds", "must be 15 to 86400 seconds, got \(interval)")
        }
    }
}

struct StartConfigurationSessionOutput: Decodable, Sendable {
    var initialConfigurationToken: String?
    enum CodingKeys: String, CodingKey { case initialConfigurationToken = "InitialConfigurationToken" }
}

/// Output of GetLatestConfiguration: the body is the configuration; the rest comes from headers.
public struct LatestConfiguration: Sendable, Equatable {
    /// Empty when the configuration has not changed since the last call.
    public var configuration: Data
    public var nextPollConfigurationToken: String?
    public var nextPollIntervalInSeconds: Int?
    public var contentType: String?
    public var versionLabel: String?

    public init(
        configuration: Data, nextPollConfigurationToken: String?, nextPollIntervalInSeconds: Int?,
        contentType: String?, versionLabel: String?
    ) {
        self.configuration = configuration
        self.nextPollConfigurationToken = nextPollConfigurationToken
        self.nextPollIntervalInSeconds = nextPollIntervalInSeconds
        self.contentType = contentType
        self.versionLabel = versionLabel
    }

    init(_ response: HTTPResponse) throws {
        let interval = response.headers["Next-Poll-Interval-In-Seconds"]
        if let interval, Int(interval) == nil {
            throw AWSClientError.invalidResponse(
                operation: "GetLatestConfiguration", detail: "Next-Poll-Interval-In-Seconds '\(interval)' is not a number")
        }
        self.init(
            configuration: response.body, nextPollConfigurationToken: response.headers["Next-Poll-Configuration-Token"],
            nextPollIntervalInSeconds: interval.flatMap { Int($0) }, contentType: response.headers["Content-Type"],
            versionLabel: response.headers["Version-Label"])
    }
}
