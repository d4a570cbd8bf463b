import Foundation

/// A state machine of the template: its names and its definition text with DefinitionSubstitutions applied.
public struct LocalStateMachineSource: Sendable {
    /// The logical id (what `mediagen-local run` takes).
    public var logicalId: String
    /// The physical name (`Name`, or one generated from the stack name).
    public var name: String
    public var arn: String
    /// The definition with every `${Key}` of DefinitionSubstitutions replaced.
    public var definition: String
    /// Where the definition came from (the DefinitionUri file), for messages.
    public var origin: String
}

extension LocalApplication {
    /// The template's `AWS::Serverless::StateMachine` resources, their definitions read from DefinitionUri
    /// (relative to `templateDirectory`) or Definition, substitutions applied.
    public func stateMachines(templateDirectory: URL) throws -> [LocalStateMachineSource] {
        var sources: [LocalStateMachineSource] = []
        for resource in resolver.template.resources(ofType: "AWS::Serverless::StateMachine") where try resolver.exists(resource) {
            let id = resource.logicalId
            var text: String
            var origin: String
            if let uri = resource.properties["DefinitionUri"] {
                guard case .string(let path) = uri else {
                    throw TemplateError.unsupported("\(id).DefinitionUri must be a local file path for mediagen-local (not an S3 location)")
                }
                let url = templateDirectory.appendingPathComponent(path).standardizedFileURL
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw TemplateError.unresolved("\(id).DefinitionUri: no file at \(url.path)")
                }
                text = String(decoding: data, as: UTF8.self)
                origin = url.path
            } else if let inline = resource.properties["Definition"], let resolved = try resolver.resolve(inline) {
                text = TemplateResolver.json(resolved)
                origin = "\(id).Definition"
            } else {
                throw TemplateError.structure("\(id) has neither DefinitionUri nor Definition")
            }
            if let substitutions = resource.properties["DefinitionSubstitutions"] {
                guard case .map(let members)? = try resolver.resolve(substitutions) else {
                    throw TemplateError.structure("\(id).DefinitionSubstitutions is not a mapping")
                }
                for (key, value) in members {
                    guard let replacement = value.scalarText else { throw TemplateError.structure("\(id).DefinitionSubstitutions.\(key) is not a string") }
                    text = text.replacingOccurrences(of: "${\(key)}", with: replacement)
                }
            }
            let name = try resolver.physicalName(of: resource)
            sources.append(LocalStateMachineSource(
                logicalId: id, name: name, arn: try resolver.reference(id)?.scalarText ?? name, definition: text, origin: origin))
        }
        return sources
    }
}
