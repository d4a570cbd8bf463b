extension JSONPath {
    /// Every value the path selects in `document`, in document order.
    public func select(_ document: JSONValue) -> [JSONValue] {
        Self.select(segments, from: document, root: document)
    }

    /// What the path gives for `document`: for a reference path the one value it names (nil when absent), for
    /// any other path an array of every match (possibly empty), as Step Functions' JsonPath does.
    public func value(in document: JSONValue) -> JSONValue? {
        let matches = select(document)
        if isReferencePath { return matches.first }
        return .array(matches)
    }

    static func select(_ segments: [Segment], from start: JSONValue, root: JSONValue) -> [JSONValue] {
        var current = [start]
        for segment in segments {
            var next: [JSONValue] = []
            for node in current { apply(segment, to: node, root: root, into: &next) }
            current = next
            if current.isEmpty { break }
        }
        return current
    }

    private static func apply(_ segment: Segment, to node: JSONValue, root: JSONValue, into output: inout [JSONValue]) {
        switch segment {
        case .child(let name):
            if case .object(let members) = node, let value = members[name] { output.append(value) }
        case .index(let index):
            if case .array(let elements) = node, let value = element(elements, index) { output.append(value) }
        case .wildcard:
            output.append(contentsOf: children(of: node))
        case .recursive:
            descendants(of: node, into: &output)
        case .union(let members):
            for member in members {
                switch member {
                case .name(let name): if case .object(let values) = node, let value = values[name] { output.append(value) }
                case .index(let index): if case .array(let elements) = node, let value = element(elements, index) { output.append(value) }
                }
            }
        case .slice(let start, let end, let step):
            guard case .array(let elements) = node else { return }
            output.append(contentsOf: slice(elements, start: start, end: end, step: step ?? 1))
        case .filter(let expression):
            for child in children(of: node) where expression.matches(child, root: root) { output.append(child) }
        }
    }

    private static func element(_ elements: [JSONValue], _ index: Int) -> JSONValue? {
        let resolved = index < 0 ? elements.count + index : index
        return elements.indices.contains(resolved) ? elements[resolved] : nil
    }

    private static func children(of node: JSONValue) -> [JSONValue] {
        switch node {
        case .array(let elements): return elements
        case .object(let members): return members.keys.sorted().map { members[$0]! }
        default: return []
        }
    }

    private static func descendants(of node: JSONValue, into output: inout [JSONValue]) {
        output.append(node)
        for child in children(of: node) { descendants(of: child, into: &output) }
    }

    private static func slice(_ elements: [JSONValue], start: Int?, end: Int?, step: Int) -> [JSONValue] {
        let count = elements.count
        func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), high) }
        var result: [JSONValue] = []
        if step > 0 {
            let from = clamp(start.map { $0 < 0 ? count + $0 : $0 } ?? 0, 0, count)
            let to = clamp(end.map { $0 < 0 ? count + $0 : $0 } ?? count, 0, count)
            var index = from
            while index < to {
                result.append(elements[index])
                index += step
            }
        } else {
            let from = clamp(start.map { $0 < 0 ? count + $0 : $0 } ?? count - 1, -1, count - 1)
            let to = clamp(end.map { $0 < 0 ? count + $0 : $0 } ?? -1, -1, count - 1)
            var index = from
            while index > to {
                result.append(elements[index])
                index += step
            }
        }
        return result
    }
}
