/// Both shared files, loaded for the selected profile.
///
/// For a profile defined in both files, the credentials file's values win key by key.
public struct SharedConfig: Sendable, Equatable {
    /// Where the files are and which profile is selected.
    public let location: SharedConfigLocation
    /// The parsed credentials file, or `nil` when it does not exist.
    public let credentialsFile: SharedConfigFile?
    /// The parsed config file, or `nil` when it does not exist.
    public let configFile: SharedConfigFile?

    public init(location: SharedConfigLocation, credentialsFile: SharedConfigFile? = nil, configFile: SharedConfigFile? = nil) {
        self.location = location
        self.credentialsFile = credentialsFile
        self.configFile = configFile
    }

    /// Reads both files through `fileReader`; a missing file is fine, a malformed one throws `ConfigError`.
    public static func load(location: SharedConfigLocation, fileReader: any FileContentReader = DiskFileReader()) throws -> SharedConfig {
        let credentials = try location.credentialsFilePath.flatMap {
            try SharedConfigFile.load(path: $0, kind: .credentials, fileReader: fileReader)
        }
        let config = try location.configFilePath.flatMap {
            try SharedConfigFile.load(path: $0, kind: .config, fileReader: fileReader)
        }
        return SharedConfig(location: location, credentialsFile: credentials, configFile: config)
    }

    /// Profile `name` merged from both files (credentials file wins), or `nil` when neither defines it.
    public func profile(named name: String) -> SharedConfigFile.Section? {
        let fromConfig = configFile?.profile(named: name)
        let fromCredentials = credentialsFile?.profile(named: name)
        switch (fromConfig, fromCredentials) {
        case (nil, nil): return nil
        case let (config?, nil): return config
        case let (nil, credentials?): return credentials
        case let (config?, credentials?): return config.overlaid(with: credentials)
        }
    }

    /// The selected profile, merged; `nil` when neither file defines it.
    public var selectedProfile: SharedConfigFile.Section? { profile(named: location.profileName) }

    /// The paths of the files that define profile `name`, credentials file first.
    public func paths(defining name: String) -> [String] {
        [credentialsFile, configFile].compactMap { file in
            guard let file, file.profile(named: name) != nil else { return nil }
            return file.path
        }
    }
}
