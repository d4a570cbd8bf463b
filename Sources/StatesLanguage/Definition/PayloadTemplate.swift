/// A payload template (Parameters, ResultSelector, ItemSelector, Fail/Choice have none): JSON whose keys ending
/// in `.$` take their value from a path on the input, a context path (`$$.`), or an intrinsic function.
/// Compiled once at definition time so evaluation does no parsing.
public indirect enum PayloadTemplate: Sendable, Hashable {
    case literal(JSONValue)
    case object([(key: String, value: PayloadTemplate)])
    case array([PayloadTemplate])
    case path(JSONPath, text: String)
    case contextPath(JSONPath, text: String)
    case intrinsic(IntrinsicFunction, text: String)

    public static func == (lhs: PayloadTemplate, rhs: PayloadTemplate) -> Bool {
        switch (lhs, rhs) {
        case (.literal(let a), .literal(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): a == b
        case (.path(_, let a), .path(_, let b)), (.contextPath(_, let a), .contextPath(_, let b)), (.intrinsic(_, let a), .intrinsic(_, let b)): a == b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .literal(let value): hasher.combine(value)
        case .object(let members): for member in members { hasher.combine(member.key); hasher.combine(member.value) }
        case .array(let elements): hasher.combine(elements)
        case .path(_, let text), .contextPath(_, let text), .intrinsic(_, let text): hasher.combine(text)
        }
    }

    /// Compiles `value`; `field` and `state` name the place in errors.
    static func compile(_ value: JSONValue, state: String?, field: String) throws(DefinitionError) -> PayloadTemplate {
        switch value {
        case .object(let members):
            var compiled: [(key: String, value: PayloadTemplate)] = []
            for key in members.keys.sorted() {
                let member = members[key]!
                if key.hasSuffix(".$") {
                    let name = String(key.dropLast(2))
                    guard case .string(let text) = member else {
                        throw DefinitionError(state: state, field: "\(field).\(key)", message: "a .$ field must be a path or an intrinsic function string")
                    }
                    compiled.append((name, try dynamic(text, state: state, field: "\(field).\(key)")))
                } else {
                    compiled.append((key, try compile(member, state: state, field: "\(field).\(key)")))
                }
            }
            return .object(compiled)
        case .array(let elements):
            var compiled: [PayloadTemplate] = []
            for (index, element) in elements.enumerated() {
                compiled.append(try compile(element, state: state, field: "\(field)[\(index)]"))
            }
            return .array(compiled)
        default:
            return .literal(value)
        }
    }

    static func dynamic(_ text: String, state: String?, field: String) throws(DefinitionError) -> PayloadTemplate {
        do {
            if text.hasPrefix("$$") { return .contextPath(try JSONPath(String(text.dropFirst())), text: text) }
            if text.hasPrefix("$") { return .path(try JSONPath(text), text: text) }
            if IntrinsicFunction.isCall(text) { return .intrinsic(try IntrinsicFunction(parsing: text), text: text) }
        } catch {
            throw DefinitionError(state: state, field: field, message: error.cause)
        }
        throw DefinitionError(state: state, field: field, message: "'\(text)' is neither a path ($…, $$…) nor an intrinsic function (States.…)")
    }
}
