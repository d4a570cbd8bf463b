/// Input and output processing of the States Language: InputPath, ResultPath, OutputPath.
enum Processing {
    /// InputPath: absent keeps the input, null gives `{}`, a path selects (and must select something).
    static func inputPath(_ field: PathField, _ input: JSONValue, context: JSONValue) throws -> JSONValue {
        try select(field, input, context: context, name: "InputPath")
    }

    /// OutputPath: as InputPath, on the state's output.
    static func outputPath(_ field: PathField, _ output: JSONValue, context: JSONValue) throws -> JSONValue {
        try select(field, output, context: context, name: "OutputPath")
    }

    private static func select(_ field: PathField, _ value: JSONValue, context: JSONValue, name: String) throws -> JSONValue {
        switch field {
        case .absent: return value
        case .null: return .object([:])
        case .path(let path):
            guard let selected = path.value(in: value) else {
                throw StatesError.runtime("Invalid path '\(path.text)' : No results for path: \(path.canonical)")
            }
            return selected
        case .context(let path):
            guard let selected = path.value(in: context) else {
                throw StatesError.runtime("Invalid path '$\(path.text)' : No results for path: \(path.canonical)")
            }
            return selected
        }
    }

    /// ResultPath: absent replaces the input with the result, null discards the result, a path places it.
    static func resultPath(_ field: PathField, input: JSONValue, result: JSONValue) throws -> JSONValue {
        switch field {
        case .absent: return result
        case .null: return input
        case .path(let path): return try path.set(result, in: input)
        case .context: throw StatesError.runtime("ResultPath cannot be a context path")
        }
    }
}
