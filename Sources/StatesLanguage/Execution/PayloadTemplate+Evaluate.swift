extension PayloadTemplate {
    /// The JSON this template produces for `input` (and `context` for `$$.` paths); `field` names the
    /// template in errors.
    public func evaluate(input: JSONValue, context: JSONValue, field: String) throws(StatesError) -> JSONValue {
        var generator = SystemRandomNumberGenerator()
        return try evaluate(input: input, context: context, field: field, key: nil, using: &generator)
    }

    private func evaluate<G: RandomNumberGenerator>(
        input: JSONValue, context: JSONValue, field: String, key: String?, using generator: inout G
    ) throws(StatesError) -> JSONValue {
        switch self {
        case .literal(let value):
            return value
        case .object(let members):
            var object: [String: JSONValue] = [:]
            for member in members {
                object[member.key] = try member.value.evaluate(input: input, context: context, field: field, key: member.key, using: &generator)
            }
            return .object(object)
        case .array(let elements):
            var array: [JSONValue] = []
            for element in elements { array.append(try element.evaluate(input: input, context: context, field: field, key: key, using: &generator)) }
            return .array(array)
        case .path(let path, let text):
            guard let value = path.value(in: input) else { throw Self.missing(text, key: key, field: field, in: input) }
            return value
        case .contextPath(let path, let text):
            guard let value = path.value(in: context) else { throw Self.missing(text, key: key, field: field, in: context) }
            return value
        case .intrinsic(let function, _):
            return try function.evaluate(path: { (text: String) throws(StatesError) -> JSONValue in
                let isContext = text.hasPrefix("$$")
                let path = try JSONPath(isContext ? String(text.dropFirst()) : text)
                guard let value = path.value(in: isContext ? context : input) else {
                    throw Self.missing(text, key: key, field: field, in: isContext ? context : input)
                }
                return value
            }, using: &generator)
        }
    }

    /// Step Functions' wording for a `.$` path that selects nothing.
    static func missing(_ path: String, key: String?, field: String, in document: JSONValue) -> StatesError {
        .runtime("The JSONPath '\(path)' specified for the field '\(key.map { "\($0).$" } ?? field)' could not be found in the input '\(document.serialized())'")
    }
}
