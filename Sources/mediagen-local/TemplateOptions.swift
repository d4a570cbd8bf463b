import ArgumentParser
import Foundation
import LocalHarness

/// Options every command that reads the template shares.
struct TemplateOptions: ParsableArguments {
    @Option(help: "The SAM template.")
    var template: String = "Infrastructure/template.yaml"

    @Option(name: .customLong("parameter"), help: "A template parameter value, Name=Value (repeatable).")
    var parameters: [String] = []

    @Option(help: "The region the functions run in (AWS::Region).")
    var region: String = ProcessInfo.processInfo.environment["AWS_REGION"] ?? "us-east-1"

    @Option(help: "Folders holding the bootstraps: built products (<Product>) or unpacked bundles (<Function>/bootstrap).")
    var bootstrapDir: [String] = [".build/debug"]

    @Option(help: "Where the local JWT signing key is kept.")
    var keyDir: String = ".mediagen/keys"

    func application() throws -> LocalApplication {
        var overrides: [String: String] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw ValidationError("--parameter \(parameter) is not Name=Value")
            }
            overrides[String(parameter[..<equals])] = String(parameter[parameter.index(after: equals)...])
        }
        let url = URL(fileURLWithPath: template)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ValidationError("no template at \(template) (run from the repository root or pass --template)")
        }
        return try LocalApplication(template: SAMTemplate.load(contentsOf: url), deployment: LocalDeployment(region: region, parameterOverrides: overrides))
    }

    var locator: BootstrapLocator { BootstrapLocator(folders: bootstrapDir.map { URL(fileURLWithPath: $0) }) }

    func signingKey() throws -> LocalSigningKey {
        try LocalSigningKey.loadOrCreate(in: URL(fileURLWithPath: keyDir))
    }

    /// Credentials and endpoints the functions get: the caller's AWS settings, or local placeholders.
    static func sharedEnvironment() -> [String: String] {
        let environment = ProcessInfo.processInfo.environment
        var shared: [String: String] = [
            "AWS_ACCESS_KEY_ID": environment["AWS_ACCESS_KEY_ID"] ?? "AKIAMEDIAGENLOCAL000",
            "AWS_SECRET_ACCESS_KEY": environment["AWS_SECRET_ACCESS_KEY"] ?? "mediagen-local-secret-access-key",
        ]
        for (name, value) in environment where name == "AWS_SESSION_TOKEN" || name.hasPrefix("AWS_ENDPOINT_URL") {
            shared[name] = value
        }
        return shared
    }
}
