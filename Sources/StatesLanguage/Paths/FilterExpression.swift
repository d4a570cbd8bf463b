/// A JsonPath filter (`[?(@.size > 1 && @.kind == 'video')]`).
indirect enum FilterExpression: Sendable, Hashable {
    enum Comparison: Sendable, Hashable {
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    }

    enum Operand: Sendable, Hashable {
        /// `@…` (relative to the current element) or `$…` (to the document root).
        case path(relative: Bool, segments: [JSONPath.Segment])
        case literal(JSONValue)
    }

    case exists(Operand)
    case compare(Operand, Comparison, Operand)
    case and(FilterExpression, FilterExpression)
    case or(FilterExpression, FilterExpression)
    case not(FilterExpression)

    /// Whether `element` passes, with `root` for `$` paths.
    func matches(_ element: JSONValue, root: JSONValue) -> Bool {
        switch self {
        case .exists(let operand): return !Self.values(operand, element, root).isEmpty
        case .and(let left, let right): return left.matches(element, root: root) && right.matches(element, root: root)
        case .or(let left, let right): return left.matches(element, root: root) || right.matches(element, root: root)
        case .not(let inner): return !inner.matches(element, root: root)
        case .compare(let left, let comparison, let right):
            guard let lhs = Self.values(left, element, root).first, let rhs = Self.values(right, element, root).first else {
                return comparison == .notEqual && (Self.values(left, element, root).isEmpty != Self.values(right, element, root).isEmpty)
            }
            return Self.compare(lhs, comparison, rhs)
        }
    }

    private static func values(_ operand: Operand, _ element: JSONValue, _ root: JSONValue) -> [JSONValue] {
        switch operand {
        case .literal(let value): return [value]
        case .path(let relative, let segments): return JSONPath.select(segments, from: relative ? element : root, root: root)
        }
    }

    private static func compare(_ left: JSONValue, _ comparison: Comparison, _ right: JSONValue) -> Bool {
        switch comparison {
        case .equal: return left.isEqualInValue(to: right)
        case .notEqual: return !left.isEqualInValue(to: right)
        default: break
        }
        let order: Int?
        if let l = left.number, let r = right.number {
            order = l < r ? -1 : (l > r ? 1 : 0)
        } else if case .string(let l) = left, case .string(let r) = right {
            order = l < r ? -1 : (l > r ? 1 : 0)
        } else {
            order = nil
        }
        guard let order else { return false }
        switch comparison {
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        case .equal, .notEqual: return false
        }
    }
}
