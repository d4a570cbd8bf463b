import Foundation

/// Static credentials (`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`) of the
/// selected profile in the shared credentials and config files.
///
/// Not configured (a chain moves on) when the files hold no such profile, or the profile has no keys;
/// an error when `AWS_PROFILE` names a missing profile, the key pair is half there, or the profile
/// asks for a credential source this library does not implement (roles, SSO, processes).
public struct ProfileCredentialProvider: CredentialProvider {
    static let sourceName = "shared files"
    /// Keys that mean the profile gets credentials some other way than static keys.
    static let unsupportedKeys = [
        "role_arn", "credential_process", "sso_session", "sso_start_url", "web_identity_token_file",
    ]

    private let location: SharedConfigLocation
    private let fileReader: any FileContentReader

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        fileReader: any FileContentReader = DiskFileReader()
    ) {
        self.init(location: SharedConfigLocation(environment: environment), fileReader: fileReader)
    }

    public init(location: SharedConfigLocation, fileReader: any FileContentReader = DiskFileReader()) {
        self.location = location
        self.fileReader = fileReader
    }

    public func credentials() async throws -> Credentials {
        let name = location.profileName
        guard !location.filePaths.isEmpty else {
            throw CredentialsError.notConfigured(
                source: Self.sourceName, reason: "HOME, AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE not set")
        }
        let config = try SharedConfig.load(location: location, fileReader: fileReader)
        guard let profile = config.selectedProfile else {
            if location.profileIsExplicit {
                throw CredentialsError.profileNotFound(profile: name, files: location.filesPhrase)
            }
            throw CredentialsError.notConfigured(
                source: Self.sourceName, reason: "no profile '\(name)' in \(location.filesPhrase)")
        }
        let files = config.paths(defining: name).joined(separator: " and ")
        let keyName = "aws_access_key_id", secretName = "aws_secret_access_key"
        switch (nonEmpty(profile[keyName]), nonEmpty(profile[secretName])) {
        case let (key?, secret?):
            return Credentials(accessKeyId: key, secretAccessKey: secret, sessionToken: nonEmpty(profile["aws_session_token"]))
        case (_?, nil):
            throw CredentialsError.incompleteProfile(profile: name, files: files, missing: secretName)
        case (nil, _?):
            throw CredentialsError.incompleteProfile(profile: name, files: files, missing: keyName)
        case (nil, nil):
            let other = Self.unsupportedKeys.filter { nonEmpty(profile[$0]) != nil }
            if !other.isEmpty {
                throw CredentialsError.unsupportedProfile(profile: name, files: files, keys: other)
            }
            throw CredentialsError.notConfigured(
                source: Self.sourceName, reason: "profile '\(name)' in \(files) has no \(keyName) or \(secretName)")
        }
    }

    private func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
