/// A JsonPath as the States Language uses it (`$.a.b[0]`, `$..name`, `$.items[?(@.size > 1)]`), parsed once.
/// Reference paths (names and indices only) select one value and can be written to (ResultPath); other paths
/// select every match and answer an array.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    indirect enum Segment: Sendable, Hashable {
        case child(String)
        case index(Int)
        case wildcard
        case recursive
        case union([UnionMember])
        case slice(start: Int?, end: Int?, step: Int?)
        case filter(FilterExpression)
    }

    enum UnionMember: Sendable, Hashable {
        case name(String)
        case index(Int)
    }

    /// The text as written.
    public let text: String
    let segments: [Segment]

    /// Parses `text`; it must start with `$`. A context path (`$$.Execution.Id`) parses as the path after
    /// its first `$`, to be evaluated against the context object.
    public init(_ text: String) throws(StatesError) {
        self.text = text
        var parser = JSONPathParser(text)
        segments = try parser.parsePath()
    }

    public var description: String { text }

    /// Whether it uses only names and indices: a Reference Path, which selects at most one value.
    public var isReferencePath: Bool {
        segments.allSatisfy {
            switch $0 {
            case .child, .index: true
            default: false
            }
        }
    }

    /// Whether it is just `$`.
    public var isRoot: Bool { segments.isEmpty }

    /// The canonical form Step Functions prints in errors: `$['a']['b'][0]`.
    public var canonical: String {
        "$" + segments.map { segment in
            switch segment {
            case .child(let name): "['\(name)']"
            case .index(let index): "[\(index)]"
            case .wildcard: "[*]"
            case .recursive: ".."
            case .union(let members): "[" + members.map { member in
                switch member {
                case .name(let name): "'\(name)'"
                case .index(let index): String(index)
                }
            }.joined(separator: ",") + "]"
            case .slice(let start, let end, let step):
                "[\(start.map(String.init) ?? ""):\(end.map(String.init) ?? "")\(step.map { ":\($0)" } ?? "")]"
            case .filter: "[?]"
            }
        }.joined()
    }
}
