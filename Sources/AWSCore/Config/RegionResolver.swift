import Foundation

/// Finds the AWS region: `AWS_REGION`, then `AWS_DEFAULT_REGION`, then the selected profile's
/// `region` in the shared config file. Empty values count as unset.
public struct RegionResolver: Sendable {
    private let environment: [String: String]
    private let fileReader: any FileContentReader

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        fileReader: any FileContentReader = DiskFileReader()
    ) {
        self.environment = environment
        self.fileReader = fileReader
    }

    /// The region; throws `ConfigError.noRegion` listing what was checked, or a `ConfigError` for a bad file.
    public func resolve() throws -> String {
        for name in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let region = environment.nonEmptyVariable(name) { return region }
        }
        var checked = ["AWS_REGION (not set)", "AWS_DEFAULT_REGION (not set)"]
        let location = SharedConfigLocation(environment: environment)
        guard let path = location.configFilePath else {
            checked.append("config file (HOME and AWS_CONFIG_FILE not set)")
            throw ConfigError.noRegion(checked: checked)
        }
        guard let file = try SharedConfigFile.load(path: path, kind: .config, fileReader: fileReader) else {
            checked.append("\(path) (no such file)")
            throw ConfigError.noRegion(checked: checked)
        }
        guard let profile = file.profile(named: location.profileName) else {
            checked.append("\(path) (no profile '\(location.profileName)')")
            throw ConfigError.noRegion(checked: checked)
        }
        if let region = profile["region"], !region.isEmpty { return region }
        checked.append("\(path) (profile '\(location.profileName)' has no region)")
        throw ConfigError.noRegion(checked: checked)
    }
}
