import Foundation

/// A value of a CloudFormation/SAM template after YAML parsing: short-form intrinsics (`!Ref X`, `!Sub …`)
/// are already rewritten to their long form (`{"Ref": "X"}`, `{"Fn::Sub": …}`), so one resolver handles both.
public indirect enum TemplateValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case list([TemplateValue])
    case map([String: TemplateValue])

    /// The member `key` of a map; nil for anything else or a missing key.
    public subscript(key: String) -> TemplateValue? {
        if case .map(let members) = self { return members[key] }
        return nil
    }

    /// The text of a scalar (numbers without a trailing `.0`, booleans as `true`/`false`); nil otherwise.
    public var scalarText: String? {
        switch self {
        case .string(let text): return text
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null, .list, .map: return nil
        }
    }

    /// The members of a map; nil for anything else.
    public var mapValue: [String: TemplateValue]? {
        if case .map(let members) = self { return members }
        return nil
    }

    /// The elements of a list; nil for anything else.
    public var listValue: [TemplateValue]? {
        if case .list(let elements) = self { return elements }
        return nil
    }

    /// The single `Ref` or `Fn::*` key of an intrinsic function call, with its argument; nil otherwise.
    public var intrinsic: (name: String, argument: TemplateValue)? {
        guard case .map(let members) = self, members.count == 1, let (name, argument) = members.first,
              name == "Ref" || name == "Condition" || name.hasPrefix("Fn::") else { return nil }
        return (name, argument)
    }
}
