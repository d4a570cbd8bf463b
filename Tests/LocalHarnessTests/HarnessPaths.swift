import Foundation
import TestSupport

/// Repository files the harness tests read.
enum RepositoryPathsForHarness {
    static let template = RepositoryPaths.root.appendingPathComponent("Infrastructure/template.yaml")
    static func fixtureTemplate(_ name: String) -> URL {
        RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/Templates").appendingPathComponent(name)
    }
}
