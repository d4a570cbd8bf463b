/// Keeps the credentials of another provider until they come within `refreshWindow` seconds of expiry.
///
/// Credentials without an expiration are kept for good. Only one refresh runs at a time: callers that
/// arrive while it runs await the same task. If a refresh fails while the cached credentials have not
/// yet expired, those are returned and the next call tries again.
public actor CachingCredentialProvider: CredentialProvider {
    private let provider: any CredentialProvider
    private let timeSource: any TimeSource
    private let refreshWindow: Double
    private var cached: Credentials?
    private var refresh: Task<Credentials, any Error>?
    /// Tells a finished refresh apart from a newer one, so only the current one updates the cache.
    private var refreshGeneration = 0
    /// How many callers awaited a refresh another caller started (for tests).
    private(set) var joinedRefreshes = 0

    /// - Parameters:
    ///   - provider: where fresh credentials come from.
    ///   - timeSource: the clock expiry is judged by.
    ///   - refreshWindow: seconds before expiration at which credentials are refreshed.
    public init(wrapping provider: any CredentialProvider, timeSource: any TimeSource = SystemTimeSource(), refreshWindow: Double = 300) {
        self.provider = provider
        self.timeSource = timeSource
        self.refreshWindow = refreshWindow
    }

    public func credentials() async throws -> Credentials {
        if let cached, !needsRefresh(cached) { return cached }
        if let refresh {
            joinedRefreshes += 1
            return try await finish(refresh, generation: refreshGeneration)
        }
        let provider = self.provider
        let task = Task { try await provider.credentials() }
        refreshGeneration += 1
        refresh = task
        return try await finish(task, generation: refreshGeneration)
    }

    /// Forgets the cached credentials, so the next call fetches new ones (e.g. after an `ExpiredToken` answer).
    public func invalidate() {
        cached = nil
    }

    private func finish(_ task: Task<Credentials, any Error>, generation: Int) async throws -> Credentials {
        do {
            let credentials = try await task.value
            if generation == refreshGeneration {
                cached = credentials
                refresh = nil
            }
            return credentials
        } catch {
            if generation == refreshGeneration { refresh = nil }
            if let cached, let expiration = cached.expiration, timeSource.now() < expiration { return cached }
            throw error
        }
    }

    private func needsRefresh(_ credentials: Credentials) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return timeSource.now() >= expiration.addingTimeInterval(-refreshWindow)
    }
}
