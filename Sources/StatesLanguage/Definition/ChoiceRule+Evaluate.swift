#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ChoiceRule {
    /// Whether the rule holds for `input` (and `context` for `$$.` variables).
    public func matches(_ input: JSONValue, context: JSONValue) throws(StatesError) -> Bool {
        switch self {
        case .and(let rules):
            for rule in rules where try !rule.matches(input, context: context) { return false }
            return true
        case .or(let rules):
            for rule in rules where try rule.matches(input, context: context) { return true }
            return false
        case .not(let rule):
            return try !rule.matches(input, context: context)
        case .comparison(let variable, let contextVariable, let op, let operand):
            let value = variable.value(in: contextVariable ? context : input)
            switch op {
            case .isPresent:
                return (value != nil) == (operandBool(operand) ?? true)
            case .isNull, .isNumeric, .isString, .isBoolean, .isTimestamp:
                let expected = operandBool(operand) ?? true
                guard let value else { return !expected }  // AWS: an absent variable is not null, not a number, …
                return Self.typeTest(op, value) == expected
            default:
                guard let value else {
                    throw .runtime("Invalid path '\(variable.text)': The choice state's condition path references an invalid value.")
                }
                let right: JSONValue
                switch operand {
                case .value(let literal): right = literal
                case .path(let path):
                    guard let resolved = path.value(in: input) else {
                        throw .runtime("Invalid path '\(path.text)': The choice state's condition path references an invalid value.")
                    }
                    right = resolved
                }
                return Self.compare(value, op, right)
            }
        }
    }

    private func operandBool(_ operand: Operand) -> Bool? {
        if case .value(.bool(let flag)) = operand { return flag }
        return nil
    }

    private static func typeTest(_ op: Operator, _ value: JSONValue) -> Bool {
        switch op {
        case .isNull: if case .null = value { return true } else { return false }
        case .isNumeric: return value.number != nil
        case .isString: return value.stringValue != nil
        case .isBoolean: if case .bool = value { return true } else { return false }
        case .isTimestamp: return value.stringValue.flatMap(Timestamp.parse) != nil
        default: return false
        }
    }

    /// A comparison; operands of the wrong type make it false, as in Step Functions.
    private static func compare(_ left: JSONValue, _ op: Operator, _ right: JSONValue) -> Bool {
        switch op {
        case .stringEquals, .stringLessThan, .stringGreaterThan, .stringLessThanEquals, .stringGreaterThanEquals:
            guard case .string(let l) = left, case .string(let r) = right else { return false }
            return order(op, l == r ? 0 : (l.unicodeScalars.lexicographicallyPrecedes(r.unicodeScalars) ? -1 : 1))
        case .stringMatches:
            guard case .string(let l) = left, case .string(let pattern) = right else { return false }
            return StringPattern(pattern).matches(l)
        case .numericEquals, .numericLessThan, .numericGreaterThan, .numericLessThanEquals, .numericGreaterThanEquals:
            guard let l = left.number, let r = right.number else { return false }
            return order(op, l == r ? 0 : (l < r ? -1 : 1))
        case .booleanEquals:
            guard case .bool(let l) = left, case .bool(let r) = right else { return false }
            return l == r
        case .timestampEquals, .timestampLessThan, .timestampGreaterThan, .timestampLessThanEquals, .timestampGreaterThanEquals:
            guard let l = left.stringValue.flatMap(Timestamp.parse), let r = right.stringValue.flatMap(Timestamp.parse) else { return false }
            return order(op, l == r ? 0 : (l < r ? -1 : 1))
        default:
            return false
        }
    }

    private static func order(_ op: Operator, _ comparison: Int) -> Bool {
        switch op {
        case .stringEquals, .numericEquals, .timestampEquals: comparison == 0
        case .stringLessThan, .numericLessThan, .timestampLessThan: comparison < 0
        case .stringGreaterThan, .numericGreaterThan, .timestampGreaterThan: comparison > 0
        case .stringLessThanEquals, .numericLessThanEquals, .timestampLessThanEquals: comparison <= 0
        case .stringGreaterThanEquals, .numericGreaterThanEquals, .timestampGreaterThanEquals: comparison >= 0
        default: false
        }
    }
}

/// `StringMatches` patterns: `*` matches any run of characters, `\*` and `\\` are literal.
struct StringPattern {
    enum Token: Equatable { case literal(Character), star }
    let tokens: [Token]

    init(_ pattern: String) {
        var tokens: [Token] = []
        var escaped = false
        for character in pattern {
            if escaped {
                tokens.append(.literal(character))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                tokens.append(character == "*" ? .star : .literal(character))
            }
        }
        if escaped { tokens.append(.literal("\\")) }
        self.tokens = tokens
    }

    func matches(_ text: String) -> Bool {
        let characters = Array(text)
        var t = 0, c = 0, starToken = -1, starCharacter = 0
        while c < characters.count {
            if t < tokens.count, case .literal(let literal) = tokens[t], literal == characters[c] {
                t += 1; c += 1
            } else if t < tokens.count, tokens[t] == .star {
                starToken = t; starCharacter = c; t += 1
            } else if starToken >= 0 {
                t = starToken + 1; starCharacter += 1; c = starCharacter
            } else {
                return false
            }
        }
        while t < tokens.count, tokens[t] == .star { t += 1 }
        return t == tokens.count
    }
}
