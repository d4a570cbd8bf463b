import Foundation

/// Local AppConfig configurations: `<root>/<application>/<environment>/<profile>.(json|yaml|yml|txt)`.
struct ConfigurationDirectory: Sendable {
    let root: URL

    struct Configuration: Equatable {
        var content: Data
        var contentType: String
        /// A label that changes whenever the content does (`local-` and a content hash).
        var versionLabel: String
    }

    /// What is missing when a configuration cannot be found: AppConfig's ResourceType and the request member.
    struct Missing: Error, Equatable {
        var resourceType: String
        var member: String
        var identifier: String
    }

    static let types: [(suffix: String, contentType: String)] = [
        ("json", "application/json"), ("yaml", "application/x-yaml"), ("yml", "application/x-yaml"), ("txt", "text/plain"),
    ]

    /// The configuration, or which of application, environment and profile is missing.
    func read(application: String, environment: String, profile: String) -> Result<Configuration, Missing> {
        for (name, member, type, url) in [
            (application, "ApplicationIdentifier", "Application", root.appendingPathComponent(application)),
            (environment, "EnvironmentIdentifier", "Environment", root.appendingPathComponent(application).appendingPathComponent(environment)),
        ] {
            var isDirectory: ObjCBool = false
            guard Self.isSafe(name), FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return .failure(Missing(resourceType: type, member: member, identifier: name))
            }
        }
        let folder = root.appendingPathComponent(application).appendingPathComponent(environment)
        guard Self.isSafe(profile) else { return .failure(Missing(resourceType: "ConfigurationProfile", member: "ConfigurationProfileIdentifier", identifier: profile)) }
        for type in Self.types {
            let file = folder.appendingPathComponent("\(profile).\(type.suffix)")
            if let content = try? Data(contentsOf: file) {
                let label = "local-" + String(PseudoTranslator.hash(String(decoding: content, as: UTF8.self) + "/\(content.count)"), radix: 16)
                return .success(Configuration(content: content, contentType: type.contentType, versionLabel: label))
            }
        }
        return .failure(Missing(resourceType: "ConfigurationProfile", member: "ConfigurationProfileIdentifier", identifier: profile))
    }

    /// A single path component: no separators, not `.` or `..`.
    static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\\") && !name.contains("\0")
    }
}
