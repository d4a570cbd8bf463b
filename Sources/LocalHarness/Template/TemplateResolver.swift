import Foundation

/// Resolves intrinsic functions in template values for a local deployment: `Ref` (parameters, pseudo
/// parameters, resources), `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`, `Fn::Select`, `Fn::Split`, `Fn::If` and the
/// condition functions, `Fn::FindInMap`, `Fn::Base64`, `Fn::GetAZs`. Resolution is lazy: only the values a
/// local run needs are resolved, so resources with no local meaning never stop a start.
public struct TemplateResolver: Sendable {
    public let template: SAMTemplate
    public let deployment: LocalDeployment
    let names: LocalResourceNames

    public init(template: SAMTemplate, deployment: LocalDeployment = LocalDeployment()) {
        self.template = template
        self.deployment = deployment
        self.names = LocalResourceNames(deployment: deployment)
    }

    /// `value` with every intrinsic resolved; nil when it resolves to `AWS::NoValue`.
    public func resolve(_ value: TemplateValue) throws(TemplateError) -> TemplateValue? {
        if let (name, argument) = value.intrinsic { return try call(name, argument) }
        switch value {
        case .list(let elements):
            var resolved: [TemplateValue] = []
            for element in elements {
                if let element = try resolve(element) { resolved.append(element) }
            }
            return .list(resolved)
        case .map(let members):
            var resolved: [String: TemplateValue] = [:]
            for (key, member) in members {
                if let member = try resolve(member) { resolved[key] = member }
            }
            return .map(resolved)
        default:
            return value
        }
    }

    /// `value` resolved to a string (a scalar's text), naming `place` when it resolves to something else.
    public func string(_ value: TemplateValue, at place: String) throws(TemplateError) -> String {
        guard let resolved = try resolve(value), let text = resolved.scalarText else {
            throw .structure("\(place) does not resolve to a string")
        }
        return text
    }

    /// The truth of the named condition.
    public func condition(_ name: String) throws(TemplateError) -> Bool {
        guard let definition = template.conditions[name] else { throw .unresolved("condition \(name) is not defined") }
        return try truth(definition, at: "condition \(name)")
    }

    /// Whether `resource` exists in this deployment (its condition, if any, is true).
    public func exists(_ resource: TemplateResource) throws(TemplateError) -> Bool {
        guard let name = resource.condition else { return true }
        return try condition(name)
    }

    /// The value of parameter `name`: the override, else its Default.
    public func parameter(_ name: String) throws(TemplateError) -> TemplateValue {
        guard let definition = template.parameters[name] else { throw .unresolved("parameter \(name) is not defined") }
        let type = definition["Type"]?.scalarText ?? "String"
        let value: String
        if let override = deployment.parameterOverrides[name] {
            value = override
        } else if let defaultValue = definition["Default"] {
            guard let text = defaultValue.scalarText ?? defaultValue.listValue.map({ $0.compactMap(\.scalarText).joined(separator: ",") }) else {
                throw .structure("the Default of parameter \(name) is not a scalar")
            }
            value = text
        } else {
            throw .unresolved("parameter \(name) has no Default; pass a value for it")
        }
        if let allowed = definition["AllowedValues"]?.listValue?.compactMap(\.scalarText), !allowed.isEmpty, !allowed.contains(value) {
            throw .structure("parameter \(name) is \(value), not one of \(allowed.joined(separator: ", "))")
        }
        if type == "CommaDelimitedList" || type.hasPrefix("List<") {
            return .list(value.split(separator: ",", omittingEmptySubsequences: false).map { .string($0.trimmingCharacters(in: .whitespaces)) })
        }
        return .string(value)
    }

    /// What `Ref` to `name` returns, or nil for `AWS::NoValue`.
    public func reference(_ name: String) throws(TemplateError) -> TemplateValue? {
        switch name {
        case "AWS::Region": return .string(deployment.region)
        case "AWS::AccountId": return .string(deployment.accountId)
        case "AWS::StackName": return .string(deployment.stackName)
        case "AWS::StackId":
            return .string("arn:aws:cloudformation:\(deployment.region):\(deployment.accountId):stack/\(deployment.stackName)/local")
        case "AWS::Partition": return .string("aws")
        case "AWS::URLSuffix": return .string("amazonaws.com")
        case "AWS::NotificationARNs": return .list([])
        case "AWS::NoValue": return nil
        default: break
        }
        if template.parameters[name] != nil { return try parameter(name) }
        guard let resource = template.resources[name] else { throw .unresolved("Ref \(name): no parameter or resource has that name") }
        return .string(names.reference(resource, explicitName: try explicitName(of: resource)))
    }

    /// What `Fn::GetAtt` returns for `attribute` of resource `logicalId`.
    public func attribute(_ attribute: String, of logicalId: String) throws(TemplateError) -> String {
        guard let resource = template.resources[logicalId] else { throw .unresolved("Fn::GetAtt \(logicalId).\(attribute): no such resource") }
        guard let value = names.attribute(attribute, of: resource, explicitName: try explicitName(of: resource)) else {
            throw .unsupported("Fn::GetAtt \(logicalId).\(attribute): \(resource.type) has no such attribute locally")
        }
        return value
    }

    /// The physical name of `resource` in this deployment.
    public func physicalName(of resource: TemplateResource) throws(TemplateError) -> String {
        names.physicalName(resource, explicitName: try explicitName(of: resource))
    }

    private func explicitName(of resource: TemplateResource) throws(TemplateError) -> String? {
        guard let property = LocalResourceNames.nameProperty(of: resource.type), let value = resource.properties[property] else { return nil }
        return try string(value, at: "\(resource.logicalId).\(property)")
    }
}
