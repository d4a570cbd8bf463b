import Foundation

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, as Lambda sets them.
///
/// Empty values count as unset. One of the key pair without the other is an error naming the missing variable.
public struct EnvironmentCredentialProvider: CredentialProvider {
    static let sourceName = "environment"
    private let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func credentials() async throws -> Credentials {
        let keyName = "AWS_ACCESS_KEY_ID", secretName = "AWS_SECRET_ACCESS_KEY"
        switch (environment.nonEmptyVariable(keyName), environment.nonEmptyVariable(secretName)) {
        case (nil, nil):
            throw CredentialsError.notConfigured(source: Self.sourceName, reason: "\(keyName) not set")
        case (_?, nil):
            throw CredentialsError.incompleteEnvironment(set: keyName, missing: secretName)
        case (nil, _?):
            throw CredentialsError.incompleteEnvironment(set: secretName, missing: keyName)
        case let (key?, secret?):
            return Credentials(
                accessKeyId: key,
                secretAccessKey: secret,
                sessionToken: environment.nonEmptyVariable("AWS_SESSION_TOKEN"))
        }
    }
}
