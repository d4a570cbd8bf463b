import Foundation

/// Where the repository, its shared test data and its Python oracles are, for tests.
public enum RepositoryPaths {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Support/<name>`: the Python helpers that drive botocore and moto.
    public static func support(_ name: String) -> URL {
        root.appendingPathComponent("Tests/Support").appendingPathComponent(name)
    }

    /// The project virtualenv's Python (made by `make venv`), or `MEDIAGEN_PYTHON` when set.
    public static var python: URL {
        if let path = ProcessInfo.processInfo.environment["MEDIAGEN_PYTHON"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return root.appendingPathComponent(".venv/bin/python")
    }

    /// `../shared` beside the repository (the test oracles), or `MEDIAGEN_SHARED_DIR` when set.
    public static var shared: URL {
        if let path = ProcessInfo.processInfo.environment["MEDIAGEN_SHARED_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared")
    }
}
