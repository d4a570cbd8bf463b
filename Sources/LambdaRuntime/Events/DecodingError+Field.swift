extension DecodingError {
    /// The dotted path of the field the error is about (`items[0].name`), or nil for the document itself.
    var fieldPath: String? {
        let path: [any CodingKey]
        switch self {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default: return nil
        }
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? nil : text
    }

    /// A short statement of what is wrong, naming the field; no values from the input. `subject` names
    /// the document (`body`, `input`).
    func fieldMessage(subject: String = "body") -> String {
        let field = fieldPath
        switch self {
        case .keyNotFound:
            return "missing required field '\(field ?? "")'"
        case .valueNotFound:
            return "field '\(field ?? "")' must not be null"
        case .typeMismatch(let type, _):
            if let field { return "field '\(field)' has the wrong type (expected \(Self.jsonTypeName(type)))" }
            return "the \(subject) must be a JSON \(Self.jsonTypeName(type))"
        case .dataCorrupted:
            if let field { return "field '\(field)' has an invalid value" }
            return "the \(subject) is not valid JSON"
        @unknown default:
            return "the \(subject) could not be read"
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is Substring.Type: return "string"
        case is Bool.Type: return "boolean"
        case is any BinaryInteger.Type: return "integer"
        case is any BinaryFloatingPoint.Type: return "number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array<") || name.hasPrefix("[") { return "array" }
            return "object"
        }
    }
}
