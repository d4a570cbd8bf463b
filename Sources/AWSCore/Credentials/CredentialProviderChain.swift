/// Asks providers in order; the first with credentials wins.
///
/// A provider that has nothing configured (`CredentialsError.isNotConfigured`) is skipped; any other
/// error stops the chain, since that source is configured but broken. When every provider is skipped
/// the chain throws `CredentialsError.noCredentials`, listing each source and why it had nothing.
public struct CredentialProviderChain: CredentialProvider {
    /// The providers, in the order they are asked.
    public let providers: [any CredentialProvider]

    public init(_ providers: [any CredentialProvider]) {
        self.providers = providers
    }

    public func credentials() async throws -> Credentials {
        var tried: [String] = []
        for provider in providers {
            do {
                return try await provider.credentials()
            } catch let error as CredentialsError where error.isNotConfigured {
                tried.append(error.attempt ?? error.detail)
            }
        }
        throw CredentialsError.noCredentials(tried: tried)
    }
}
