import Foundation

/// One resource of a template: its type, properties and metadata as written.
public struct TemplateResource: Sendable, Hashable {
    public let logicalId: String
    public let type: String
    public let properties: [String: TemplateValue]
    public let metadata: [String: TemplateValue]
    /// The name of the condition that decides whether the resource exists.
    public let condition: String?
}

/// A parsed CloudFormation/SAM template: the sections mediagen-local reads. Values stay unresolved until a
/// ``TemplateResolver`` resolves the ones a local run needs.
public struct SAMTemplate: Sendable {
    public let parameters: [String: TemplateValue]
    public let mappings: [String: TemplateValue]
    public let conditions: [String: TemplateValue]
    /// SAM's `Globals` section (`Function`, `HttpApi`, …).
    public let globals: [String: TemplateValue]
    public let resources: [String: TemplateResource]

    /// Parses `yaml` and checks the shape of its sections and resources.
    public init(yaml: String) throws(TemplateError) {
        guard case .map(let root) = try TemplateValue.parse(yaml: yaml) else {
            throw .structure("the template is not a mapping")
        }
        func section(_ name: String) throws(TemplateError) -> [String: TemplateValue] {
            guard let value = root[name] else { return [:] }
            guard case .map(let members) = value else { throw .structure("\(name) is not a mapping") }
            return members
        }
        parameters = try section("Parameters")
        mappings = try section("Mappings")
        conditions = try section("Conditions")
        globals = try section("Globals")
        var resources: [String: TemplateResource] = [:]
        for (logicalId, value) in try section("Resources") {
            guard case .map(let members) = value else { throw .structure("resource \(logicalId) is not a mapping") }
            guard case .string(let type)? = members["Type"] else { throw .structure("resource \(logicalId) has no Type") }
            var properties: [String: TemplateValue] = [:]
            if let value = members["Properties"] {
                guard case .map(let map) = value else { throw .structure("Properties of \(logicalId) is not a mapping") }
                properties = map
            }
            var condition: String?
            if let value = members["Condition"] {
                guard case .string(let name) = value else { throw .structure("Condition of \(logicalId) is not a name") }
                condition = name
            }
            resources[logicalId] = TemplateResource(
                logicalId: logicalId, type: type, properties: properties,
                metadata: members["Metadata"]?.mapValue ?? [:], condition: condition)
        }
        guard !resources.isEmpty else { throw .structure("the template has no Resources") }
        self.resources = resources
    }

    /// Reads and parses the template at `url`.
    public static func load(contentsOf url: URL) throws -> SAMTemplate {
        try SAMTemplate(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    /// The resources of `type`, by logical id.
    public func resources(ofType type: String) -> [TemplateResource] {
        resources.values.filter { $0.type == type }.sorted { $0.logicalId < $1.logicalId }
    }
}
