import Foundation

/// Polls one configuration profile: starts a session on first use, keeps the next token between calls
/// and the last configuration seen, so `latest()` always returns the current configuration.
public actor AppConfigPoller {
    public let client: AppConfigDataClient
    public let session: StartConfigurationSessionInput
    private var token: String?
    private var current: LatestConfiguration?
    /// The interval the service asked for before the next poll, in seconds.
    public private(set) var nextPollInterval: Int?

    public init(client: AppConfigDataClient, session: StartConfigurationSessionInput) {
        self.client = client
        self.session = session
    }

    /// The current configuration: polls once, and keeps the previous one when the service says nothing changed.
    public func latest() async throws -> LatestConfiguration {
        let token = try await currentToken()
        let answer = try await client.getLatestConfiguration(token: token)
        self.token = answer.nextPollConfigurationToken
        nextPollInterval = answer.nextPollIntervalInSeconds
        if answer.configuration.isEmpty, let current { return current }
        current = answer
        return answer
    }

    private func currentToken() async throws -> String {
        if let token { return token }
        let started = try await client.startConfigurationSession(session)
        token = started
        return started
    }
}
