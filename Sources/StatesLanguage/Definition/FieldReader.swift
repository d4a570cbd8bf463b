/// Reads the fields of one JSON object of a definition, with errors that name the state and field.
struct FieldReader {
    let object: [String: JSONValue]
    let state: String?
    let prefix: String

    init(_ value: JSONValue, state: String?, prefix: String = "", what: String = "a state") throws(DefinitionError) {
        guard case .object(let members) = value else {
            throw DefinitionError(state: state, field: prefix.isEmpty ? "(state)" : String(prefix.dropLast()), message: "must be an object, not \(value.typeName)")
        }
        self.object = members
        self.state = state
        self.prefix = prefix
    }

    func error(_ field: String, _ message: String) -> DefinitionError {
        DefinitionError(state: state, field: prefix + field, message: message)
    }

    func has(_ field: String) -> Bool { object[field] != nil }

    func string(_ field: String) throws(DefinitionError) -> String? {
        guard let value = object[field] else { return nil }
        guard case .string(let text) = value else { throw error(field, "must be a string, not \(value.typeName)") }
        return text
    }

    func requiredString(_ field: String) throws(DefinitionError) -> String {
        guard let text = try string(field) else { throw error(field, "is required") }
        return text
    }

    func integer(_ field: String, minimum: Int = 0, maximum: Int = Int.max) throws(DefinitionError) -> Int? {
        guard let value = object[field] else { return nil }
        let integer: Int
        switch value {
        case .int(let number): integer = number
        case .double(let number) where number == number.rounded() && abs(number) < 1e15: integer = Int(number)
        default: throw error(field, "must be an integer, not \(value.typeName)")
        }
        guard integer >= minimum, integer <= maximum else {
            throw error(field, maximum == Int.max ? "must be at least \(minimum)" : "must be between \(minimum) and \(maximum)")
        }
        return integer
    }

    func number(_ field: String, minimum: Double) throws(DefinitionError) -> Double? {
        guard let value = object[field] else { return nil }
        guard let number = value.number else { throw error(field, "must be a number, not \(value.typeName)") }
        guard number >= minimum else { throw error(field, "must be at least \(minimum)") }
        return number
    }

    func bool(_ field: String) throws(DefinitionError) -> Bool? {
        guard let value = object[field] else { return nil }
        guard case .bool(let flag) = value else { throw error(field, "must be true or false, not \(value.typeName)") }
        return flag
    }

    func array(_ field: String) throws(DefinitionError) -> [JSONValue]? {
        guard let value = object[field] else { return nil }
        guard case .array(let elements) = value else { throw error(field, "must be an array, not \(value.typeName)") }
        return elements
    }

    /// A Path field (InputPath, OutputPath, ItemsPath, …): nil when absent, `.null` path semantics when JSON null.
    func path(_ field: String, reference: Bool = false) throws(DefinitionError) -> PathField {
        guard let value = object[field] else { return .absent }
        if case .null = value { return .null }
        guard case .string(let text) = value else { throw error(field, "must be a path string or null") }
        let path: JSONPath
        do {
            path = try JSONPath(text.hasPrefix("$$") ? String(text.dropFirst()) : text)
        } catch {
            throw self.error(field, error.cause)
        }
        if reference && !path.isReferencePath { throw self.error(field, "must be a reference path (names and indices only): \(text)") }
        return text.hasPrefix("$$") ? .context(path) : .path(path)
    }

    /// Fails on a field the state type does not allow.
    func checkAllowed(_ allowed: Set<String>, kind: String) throws(DefinitionError) {
        for key in object.keys.sorted() where !allowed.contains(key) {
            throw error(key, "is not a field of a \(kind) state")
        }
    }
}

/// A path-valued field: absent (use the default), explicitly null, a path on the input, or a context path.
public enum PathField: Sendable, Hashable {
    case absent
    case null
    case path(JSONPath)
    case context(JSONPath)
}
