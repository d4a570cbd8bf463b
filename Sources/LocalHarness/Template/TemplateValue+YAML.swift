import Foundation
import Yams

extension TemplateValue {
    /// The CloudFormation short-form tags and the long-form key each stands for.
    static let shortForms: [String: String] = [
        "!Ref": "Ref", "!Condition": "Condition", "!GetAtt": "Fn::GetAtt", "!Sub": "Fn::Sub", "!Join": "Fn::Join",
        "!Select": "Fn::Select", "!Split": "Fn::Split", "!If": "Fn::If", "!Equals": "Fn::Equals", "!Not": "Fn::Not",
        "!And": "Fn::And", "!Or": "Fn::Or", "!FindInMap": "Fn::FindInMap", "!Base64": "Fn::Base64",
        "!GetAZs": "Fn::GetAZs", "!ImportValue": "Fn::ImportValue", "!Cidr": "Fn::Cidr", "!Transform": "Fn::Transform",
        "!ToJsonString": "Fn::ToJsonString", "!Length": "Fn::Length",
    ]

    /// Parses a template in YAML (JSON is YAML too), rewriting short-form intrinsics to their long form.
    public static func parse(yaml: String) throws(TemplateError) -> TemplateValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw .syntax("\(error)")
        }
        guard let node else { throw .syntax("the document is empty") }
        return try convert(node)
    }

    private static func convert(_ node: Node) throws(TemplateError) -> TemplateValue {
        let tag = node.tag.description
        if tag.hasPrefix("!"), let longForm = shortForms[tag] {
            return .map([longForm: try shortFormArgument(node, longForm: longForm)])
        }
        if tag.hasPrefix("!") { throw .syntax("unknown tag \(tag)") }
        return try plain(node)
    }

    private static func shortFormArgument(_ node: Node, longForm: String) throws(TemplateError) -> TemplateValue {
        let value = try plain(node)
        // `!GetAtt Resource.Attribute` is the one short form whose scalar argument changes shape.
        if longForm == "Fn::GetAtt", case .string(let text) = value {
            guard let dot = text.firstIndex(of: ".") else { throw .structure("!GetAtt \(text) needs Resource.Attribute") }
            return .list([.string(String(text[..<dot])), .string(String(text[text.index(after: dot)...]))])
        }
        if longForm == "Ref" || longForm == "Condition" || longForm == "Fn::Sub" || longForm == "Fn::GetAZs"
            || longForm == "Fn::ImportValue" || longForm == "Fn::Base64", case .number = value {
            return .string(value.scalarText ?? "")
        }
        return value
    }

    private static func plain(_ node: Node) throws(TemplateError) -> TemplateValue {
        switch node {
        case .scalar(let scalar):
            // A tagged scalar (`!Ref X`) is always a string; untagged ones resolve as YAML 1.1 core types.
            if node.tag.description.hasPrefix("!") { return .string(scalar.string) }
            switch node.tag.description {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return .bool(node.bool ?? false)
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
                if let number = node.float ?? node.int.map(Double.init) { return .number(number) }
                return .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            var elements: [TemplateValue] = []
            for element in sequence { elements.append(try convert(element)) }
            return .list(elements)
        case .mapping(let mapping):
            var members: [String: TemplateValue] = [:]
            for (key, value) in mapping {
                guard let name = key.string else { throw .structure("a mapping key is not a string") }
                members[name] = try convert(value)
            }
            return .map(members)
        case .alias:
            throw .syntax("YAML aliases are not allowed in CloudFormation templates")
        }
    }
}
