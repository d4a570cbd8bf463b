import Foundation

/// Reads small local text files (shared config files, token files): the seam tests replace.
public protocol FileContentReader: Sendable {
    /// The file's text, or `nil` when no file exists at `path`.
    ///
    /// Throws `ConfigError.fileUnreadable` when the file exists but cannot be read as UTF-8.
    func contents(ofFile path: String) throws -> String?
}

/// Reads files from the local file system.
public struct DiskFileReader: FileContentReader {
    public init() {}

    public func contents(ofFile path: String) throws -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            throw ConfigError.fileUnreadable(path: path, reason: "it is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError.fileUnreadable(path: path, reason: "permission denied or I/O error")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError.fileUnreadable(path: path, reason: "not UTF-8 text")
        }
        return text
    }
}
