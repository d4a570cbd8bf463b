/// A Choice rule: a comparison on a variable, or And/Or/Not of rules.
public indirect enum ChoiceRule: Sendable {
    /// The comparison operators of the specification (the *Path variants take a path operand).
    public enum Operator: String, Sendable, CaseIterable {
        case stringEquals = "StringEquals", stringLessThan = "StringLessThan", stringGreaterThan = "StringGreaterThan"
        case stringLessThanEquals = "StringLessThanEquals", stringGreaterThanEquals = "StringGreaterThanEquals"
        case stringMatches = "StringMatches"
        case numericEquals = "NumericEquals", numericLessThan = "NumericLessThan", numericGreaterThan = "NumericGreaterThan"
        case numericLessThanEquals = "NumericLessThanEquals", numericGreaterThanEquals = "NumericGreaterThanEquals"
        case booleanEquals = "BooleanEquals"
        case timestampEquals = "TimestampEquals", timestampLessThan = "TimestampLessThan", timestampGreaterThan = "TimestampGreaterThan"
        case timestampLessThanEquals = "TimestampLessThanEquals", timestampGreaterThanEquals = "TimestampGreaterThanEquals"
        case isNull = "IsNull", isPresent = "IsPresent", isNumeric = "IsNumeric", isString = "IsString"
        case isBoolean = "IsBoolean", isTimestamp = "IsTimestamp"

        /// The JSON type the literal operand must have.
        var operandType: String {
            switch self {
            case .stringEquals, .stringLessThan, .stringGreaterThan, .stringLessThanEquals, .stringGreaterThanEquals, .stringMatches,
                 .timestampEquals, .timestampLessThan, .timestampGreaterThan, .timestampLessThanEquals, .timestampGreaterThanEquals:
                "string"
            case .numericEquals, .numericLessThan, .numericGreaterThan, .numericLessThanEquals, .numericGreaterThanEquals: "number"
            default: "boolean"
            }
        }

        /// Whether a `<Operator>Path` variant exists (not for StringMatches and the type tests).
        var hasPathVariant: Bool {
            switch self {
            case .stringMatches, .isNull, .isPresent, .isNumeric, .isString, .isBoolean, .isTimestamp: false
            default: true
            }
        }
    }

    public enum Operand: Sendable {
        case value(JSONValue)
        case path(JSONPath)
    }

    case comparison(variable: JSONPath, contextVariable: Bool, operator: Operator, operand: Operand)
    case and([ChoiceRule])
    case or([ChoiceRule])
    case not(ChoiceRule)

    /// Parses one rule; `topLevel` rules carry `Next`, nested ones must not.
    static func parse(_ value: JSONValue, state: String, field: String, topLevel: Bool) throws(DefinitionError) -> (ChoiceRule, String?) {
        let reader = try FieldReader(value, state: state, prefix: field + ".")
        let next = try reader.string("Next")
        if topLevel && next == nil { throw reader.error("Next", "is required in a top-level choice rule") }
        if !topLevel && next != nil { throw reader.error("Next", "is only allowed in a top-level choice rule") }
        let andOperands = try reader.array("And"), orOperands = try reader.array("Or")
        if let operands = andOperands ?? orOperands {
            let key = andOperands != nil ? "And" : "Or"
            guard !operands.isEmpty else { throw reader.error(key, "must hold at least one rule") }
            var rules: [ChoiceRule] = []
            for (index, operand) in operands.enumerated() {
                rules.append(try parse(operand, state: state, field: "\(field).\(key)[\(index)]", topLevel: false).0)
            }
            return (key == "And" ? .and(rules) : .or(rules), next)
        }
        if let operand = reader.object["Not"] {
            return (.not(try parse(operand, state: state, field: "\(field).Not", topLevel: false).0), next)
        }
        guard let variableText = try reader.string("Variable") else {
            throw reader.error("Variable", "is required (or And, Or, Not)")
        }
        let contextVariable = variableText.hasPrefix("$$")
        let variable: JSONPath
        do {
            variable = try JSONPath(contextVariable ? String(variableText.dropFirst()) : variableText)
        } catch {
            throw reader.error("Variable", error.cause)
        }
        var found: (Operator, Operand)?
        for key in reader.object.keys.sorted() where key != "Variable" && key != "Next" && key != "Comment" {
            let isPath = key.hasSuffix("Path") && key != "IsPresent"
            let name = isPath ? String(key.dropLast(4)) : key
            guard let op = Operator(rawValue: name), !isPath || op.hasPathVariant else {
                throw reader.error(key, "is not a comparison operator")
            }
            guard found == nil else { throw reader.error(key, "a rule has exactly one comparison operator") }
            let raw = reader.object[key]!
            if isPath {
                guard case .string(let text) = raw else { throw reader.error(key, "must be a path string") }
                do {
                    found = (op, .path(try JSONPath(text.hasPrefix("$$") ? String(text.dropFirst()) : text)))
                } catch {
                    throw reader.error(key, error.cause)
                }
            } else {
                guard raw.typeName == op.operandType else { throw reader.error(key, "must be a \(op.operandType), not \(raw.typeName)") }
                if op.rawValue.hasPrefix("Timestamp"), case .string(let text) = raw, Timestamp.parse(text) == nil {
                    throw reader.error(key, "'\(text)' is not an RFC 3339 timestamp")
                }
                found = (op, .value(raw))
            }
        }
        guard let (op, operand) = found else { throw reader.error("Variable", "the rule has no comparison operator") }
        return (.comparison(variable: variable, contextVariable: contextVariable, operator: op, operand: operand), next)
    }
}
