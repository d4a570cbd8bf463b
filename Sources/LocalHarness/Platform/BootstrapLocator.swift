import Foundation

/// Finds each function's bootstrap: the product binary in a build folder (`.build/debug/Health`), or an
/// unpacked bundle (`<folder>/<LogicalId>/bootstrap`, as `make package` zips it).
public struct BootstrapLocator: Sendable {
    public let folders: [URL]

    public init(folders: [URL]) { self.folders = folders }

    /// The bootstrap of `function`, or an error saying where it was looked for and how to build it.
    public func bootstrap(for function: LocalFunctionDefinition) throws -> URL {
        var tried: [String] = []
        for folder in folders {
            for candidate in [folder.appendingPathComponent(function.product),
                              folder.appendingPathComponent(function.logicalId).appendingPathComponent("bootstrap")] {
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                tried.append(candidate.path)
            }
        }
        throw PlatformError.missingBootstrap(
            "\(function.logicalId): no executable bootstrap at \(tried.joined(separator: " or ")); build it with `swift build --product \(function.product)`")
    }
}
