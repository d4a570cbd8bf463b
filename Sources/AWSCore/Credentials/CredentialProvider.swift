/// Something that can produce AWS credentials: the environment, the shared files, a container endpoint.
///
/// A provider with nothing configured throws a `CredentialsError` whose `isNotConfigured` is true,
/// so a `CredentialProviderChain` moves on; any other error means its source is configured but broken.
public protocol CredentialProvider: Sendable {
    /// Credentials to sign with, or an error saying why there are none.
    func credentials() async throws -> Credentials
}
