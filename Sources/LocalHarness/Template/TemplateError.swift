/// Why a template could not be read or a value in it not resolved; the message names the place.
public struct TemplateError: Error, CustomStringConvertible, Sendable, Equatable {
    private enum Code: String, Sendable {
        case syntax, structure, unresolved, unsupported
    }

    private let code: Code
    /// What is wrong, naming the resource, property or reference.
    public let message: String

    /// The YAML (or JSON) does not parse.
    public static func syntax(_ message: String) -> TemplateError { TemplateError(code: .syntax, message: message) }
    /// A section, resource or property does not have the shape CloudFormation requires.
    public static func structure(_ message: String) -> TemplateError { TemplateError(code: .structure, message: message) }
    /// A `Ref`, `Fn::GetAtt`, `${…}`, condition or mapping names something the template does not define.
    public static func unresolved(_ message: String) -> TemplateError { TemplateError(code: .unresolved, message: message) }
    /// An intrinsic that has no local meaning (such as `Fn::ImportValue`).
    public static func unsupported(_ message: String) -> TemplateError { TemplateError(code: .unsupported, message: message) }

    public var description: String { "template \(code.rawValue) error: \(message)" }
}
