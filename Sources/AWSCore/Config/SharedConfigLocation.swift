import Foundation

/// Where the shared files are and which profile is selected, as the environment says.
///
/// `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE` override `$HOME/.aws/credentials` and
/// `$HOME/.aws/config`; `AWS_PROFILE` selects the profile (`default` otherwise). Empty values count as unset.
public struct SharedConfigLocation: Sendable, Equatable {
    /// The credentials file, or `nil` when neither its variable nor `HOME` is set.
    public var credentialsFilePath: String?
    /// The config file, or `nil` when neither its variable nor `HOME` is set.
    public var configFilePath: String?
    /// The selected profile.
    public var profileName: String
    /// Whether `AWS_PROFILE` chose the profile (so a missing profile is an error, not an absence).
    public var profileIsExplicit: Bool

    public init(
        credentialsFilePath: String? = nil,
        configFilePath: String? = nil,
        profileName: String = "default",
        profileIsExplicit: Bool = false
    ) {
        self.credentialsFilePath = credentialsFilePath
        self.configFilePath = configFilePath
        self.profileName = profileName
        self.profileIsExplicit = profileIsExplicit
    }

    /// Reads the locations and profile from `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment.nonEmptyVariable("HOME")
        self.credentialsFilePath = Self.path(
            override: environment.nonEmptyVariable("AWS_SHARED_CREDENTIALS_FILE"), home: home, defaultName: "credentials")
        self.configFilePath = Self.path(override: environment.nonEmptyVariable("AWS_CONFIG_FILE"), home: home, defaultName: "config")
        let profile = environment.nonEmptyVariable("AWS_PROFILE")
        self.profileName = profile ?? "default"
        self.profileIsExplicit = profile != nil
    }

    /// The known file paths, credentials file first.
    public var filePaths: [String] { [credentialsFilePath, configFilePath].compactMap { $0 } }

    /// The files as a phrase for messages: "/root/.aws/credentials or /root/.aws/config".
    var filesPhrase: String {
        filePaths.isEmpty
            ? "no shared files (HOME, AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE not set)"
            : filePaths.joined(separator: " or ")
    }

    private static func path(override: String?, home: String?, defaultName: String) -> String? {
        if let override { return expandingTilde(override, home: home) }
        guard let home else { return nil }
        return (home.hasSuffix("/") ? home : home + "/") + ".aws/" + defaultName
    }

    /// `~` and `~/x` become paths under `home`, as the CLI expands them; other paths are kept.
    private static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home else { return path }
        if path == "~" { return home }
        if path.hasPrefix("~/") { return (home.hasSuffix("/") ? home : home + "/") + path.dropFirst(2) }
        return path
    }
}

extension Dictionary where Key == String, Value == String {
    /// The value of an environment variable, or `nil` when it is unset or empty.
    func nonEmptyVariable(_ name: String) -> String? {
        guard let value = self[name], !value.isEmpty else { return nil }
        return value
    }
}
