import Foundation

/// The standard way this package finds credentials.
public enum DefaultCredentials {
    /// Environment variables, then the shared files' selected profile, then the container endpoint,
    /// behind a cache that refreshes five minutes before expiry.
    public static func provider(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any HTTPTransport,
        timeSource: any TimeSource = SystemTimeSource(),
        fileReader: any FileContentReader = DiskFileReader()
    ) -> any CredentialProvider {
        let chain = CredentialProviderChain([
            EnvironmentCredentialProvider(environment: environment),
            ProfileCredentialProvider(environment: environment, fileReader: fileReader),
            ContainerCredentialProvider(environment: environment, transport: transport, fileReader: fileReader),
        ])
        return CachingCredentialProvider(wrapping: chain, timeSource: timeSource)
    }
}
