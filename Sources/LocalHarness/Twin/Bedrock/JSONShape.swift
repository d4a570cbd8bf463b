/// The JSON a prompt asks for: an example document (`Respond with JSON like {"title": "...", "scenes": [...]}`)
/// or a JSON Schema (`"type": "object", "properties": …`), and instances of it.
struct JSONShape: Sendable {
    let template: JSONValue
    let isSchema: Bool

    /// The shape a prompt shows, when it mentions JSON and contains a JSON object or array.
    static func requested(in prompt: String) -> JSONShape? {
        guard prompt.localizedCaseInsensitiveContains("json") else { return nil }
        for candidate in jsonCandidates(in: prompt) {
            if let value = try? JSONValue(parsing: candidate), value.objectValue != nil || value.arrayValue != nil {
                let isSchema = value["type"] != nil && (value["properties"] != nil || value["items"] != nil)
                return JSONShape(template: value, isSchema: isSchema)
            }
        }
        return nil
    }

    /// Balanced `{…}` and `[…]` spans, outermost first, longest first.
    static func jsonCandidates(in text: String) -> [String] {
        let characters = Array(text)
        var spans: [String] = []
        for start in characters.indices where characters[start] == "{" || characters[start] == "[" {
            var depth = 0
            var inString = false
            var escaped = false
            for index in start..<characters.count {
                let character = characters[index]
                if inString {
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                    continue
                }
                if character == "\"" { inString = true }
                if character == "{" || character == "[" { depth += 1 }
                if character == "}" || character == "]" {
                    depth -= 1
                    if depth == 0 {
                        spans.append(String(characters[start...index]))
                        break
                    }
                }
            }
        }
        return spans.sorted { $0.count > $1.count }
    }

    /// A document of this shape whose values derive from `seed`.
    func instance(seed: UInt64) -> JSONValue {
        var state = seed
        return isSchema ? Self.fromSchema(template, state: &state, depth: 0) : Self.like(template, key: "value", state: &state, depth: 0)
    }

    private static func next(_ state: inout UInt64) -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }

    private static func phrase(_ key: String, _ state: inout UInt64) -> String {
        let words = DeterministicWriter.vocabulary
        let count = 2 + Int(next(&state) % 5)
        let text = (0..<count).map { _ in words[Int(next(&state) % UInt64(words.count))] }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A value like `example`: same keys, same types, arrays of three elements like the first.
    private static func like(_ example: JSONValue, key: String, state: inout UInt64, depth: Int) -> JSONValue {
        switch example {
        case .object(let members):
            var object: [String: JSONValue] = [:]
            for (name, value) in members { object[name] = like(value, key: name, state: &state, depth: depth + 1) }
            return .object(object)
        case .array(let elements):
            guard let first = elements.first, depth < 6 else { return .array([]) }
            return .array((0..<3).map { _ in like(first, key: key, state: &state, depth: depth + 1) })
        case .string: return .string(phrase(key, &state))
        case .int(let sample): return .int(abs(sample) > 1 ? Int(next(&state) % UInt64(abs(sample) * 2)) : Int(next(&state) % 10) + 1)
        case .double: return .double(Double(next(&state) % 1000) / 1000)
        case .bool: return .bool(next(&state) % 2 == 0)
        case .null: return .null
        }
    }

    /// An instance of a JSON Schema: required and optional properties, enums, arrays within min/maxItems.
    private static func fromSchema(_ schema: JSONValue, state: inout UInt64, depth: Int) -> JSONValue {
        if let choices = schema["enum"]?.arrayValue, !choices.isEmpty { return choices[Int(next(&state) % UInt64(choices.count))] }
        let type = schema["type"]?.stringValue ?? (schema["properties"] != nil ? "object" : "string")
        switch type {
        case "object":
            var object: [String: JSONValue] = [:]
            for (name, property) in schema["properties"]?.objectValue ?? [:] where depth < 8 {
                object[name] = fromSchema(property, state: &state, depth: depth + 1)
            }
            return .object(object)
        case "array":
            let minimum = schema["minItems"]?.number.map { Int($0) } ?? 1
            let maximum = schema["maxItems"]?.number.map { Int($0) } ?? max(minimum, 3)
            let count = min(max(minimum, 3), maximum)
            let items = schema["items"] ?? ["type": "string"]
            return .array((0..<count).map { _ in fromSchema(items, state: &state, depth: depth + 1) })
        case "integer":
            let low = schema["minimum"]?.number.map { Int($0) } ?? 0
            let high = schema["maximum"]?.number.map { Int($0) } ?? low + 100
            return .int(low + Int(next(&state) % UInt64(max(1, high - low + 1))))
        case "number":
            let low = schema["minimum"]?.number ?? 0
            let high = schema["maximum"]?.number ?? low + 1
            return .double(low + (high - low) * Double(next(&state) % 1000) / 1000)
        case "boolean": return .bool(next(&state) % 2 == 0)
        case "null": return .null
        default: return .string(phrase("text", &state))
        }
    }
}
