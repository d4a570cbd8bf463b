extension JSONPath {
    /// `document` with `value` placed where this reference path points (ResultPath semantics): missing
    /// objects on the way are created; `$` replaces the whole document.
    public func set(_ value: JSONValue, in document: JSONValue) throws(StatesError) -> JSONValue {
        guard isReferencePath else {
            throw .runtime("The path '\(text)' is not a reference path: only names and indices may be used")
        }
        return try Self.set(value, in: document, segments: segments[...], path: self)
    }

    private static func set(_ value: JSONValue, in node: JSONValue, segments: ArraySlice<Segment>, path: JSONPath) throws(StatesError) -> JSONValue {
        guard let first = segments.first else { return value }
        let rest = segments.dropFirst()
        switch first {
        case .child(let name):
            var members: [String: JSONValue]
            switch node {
            case .object(let existing): members = existing
            case .null where segments.count < path.segments.count: members = [:]
            default:
                throw .resultPathMatchFailure(
                    "Unable to apply step \"\(name)\" to input \(node.serialized()) for the path \(path.text)")
            }
            members[name] = try set(value, in: members[name] ?? .null, segments: rest, path: path)
            return .object(members)
        case .index(let index):
            guard case .array(var elements) = node else {
                throw .resultPathMatchFailure("Unable to apply step \"\(index)\" to input \(node.serialized()) for the path \(path.text)")
            }
            let resolved = index < 0 ? elements.count + index : index
            guard elements.indices.contains(resolved) else {
                throw .resultPathMatchFailure("Index \(index) is outside the array of \(elements.count) for the path \(path.text)")
            }
            elements[resolved] = try set(value, in: elements[resolved], segments: rest, path: path)
            return .array(elements)
        default:
            throw .runtime("The path '\(path.text)' is not a reference path")
        }
    }
}
