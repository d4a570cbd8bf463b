extension IntrinsicFunction {
    /// Applies the function to its evaluated arguments.
    func apply<G: RandomNumberGenerator>(to values: [JSONValue], using generator: inout G) throws(StatesError) -> JSONValue {
        switch name {
        case .format: try format(values)
        case .stringToJson: try stringToJson(values)
        case .jsonToString: try jsonToString(values)
        case .array: .array(values)
        case .arrayPartition: try arrayPartition(values)
        case .arrayContains: try arrayContains(values)
        case .arrayRange: try arrayRange(values)
        case .arrayGetItem: try arrayGetItem(values)
        case .arrayLength: try arrayLength(values)
        case .arrayUnique: try arrayUnique(values)
        case .base64Encode: try base64Encode(values)
        case .base64Decode: try base64Decode(values)
        case .hash: try hash(values)
        case .jsonMerge: try jsonMerge(values)
        case .mathRandom: try mathRandom(values, using: &generator)
        case .mathAdd: try mathAdd(values)
        case .stringSplit: try stringSplit(values)
        case .uuid: try uuid(values, using: &generator)
        }
    }

    // MARK: - Argument checks shared by the functions

    /// `States.IntrinsicFailure` with the cause Step Functions gives (`Invalid arguments in States.X`) and the detail.
    func invalid(_ detail: String) -> StatesError {
        .intrinsicFailure("Invalid arguments in \(name.rawValue): \(detail)")
    }

    func expectCount(_ values: [JSONValue], _ expected: ClosedRange<Int>) throws(StatesError) {
        guard !expected.contains(values.count) else { return }
        let wanted = expected.lowerBound == expected.upperBound
            ? "\(expected.lowerBound) argument\(expected.lowerBound == 1 ? "" : "s")"
            : "\(expected.lowerBound) to \(expected.upperBound) arguments"
        throw invalid("expected \(wanted) but got \(values.count)")
    }

    func string(_ values: [JSONValue], _ index: Int, _ role: String) throws(StatesError) -> String {
        guard case .string(let text) = values[index] else { throw wrongType(values[index], role, "a string") }
        return text
    }

    func array(_ values: [JSONValue], _ index: Int, _ role: String) throws(StatesError) -> [JSONValue] {
        guard case .array(let elements) = values[index] else { throw wrongType(values[index], role, "an array") }
        return elements
    }

    func object(_ values: [JSONValue], _ index: Int, _ role: String) throws(StatesError) -> [String: JSONValue] {
        guard case .object(let members) = values[index] else { throw wrongType(values[index], role, "an object") }
        return members
    }

    /// A number rounded to the nearest integer (halves away from zero), as Step Functions rounds non-integer
    /// arguments of the array and math functions.
    func roundedInteger(_ values: [JSONValue], _ index: Int, _ role: String) throws(StatesError) -> Int {
        switch values[index] {
        case .int(let value): return value
        case .double(let value):
            let rounded = value.rounded(.toNearestOrAwayFromZero)
            guard let integer = Int(exactly: rounded) else { throw invalid("the \(role) \(value) is out of range") }
            return integer
        default: throw wrongType(values[index], role, "a number")
        }
    }

    /// A number with no fractional part.
    func exactInteger(_ values: [JSONValue], _ index: Int, _ role: String) throws(StatesError) -> Int {
        switch values[index] {
        case .int(let value): return value
        case .double(let value):
            guard let integer = Int(exactly: value) else { throw invalid("the \(role) must be an integer but is \(value)") }
            return integer
        default: throw wrongType(values[index], role, "an integer")
        }
    }

    func wrongType(_ value: JSONValue, _ role: String, _ expected: String) -> StatesError {
        invalid("the \(role) must be \(expected) but is \(value.typeName == "array" || value.typeName == "object" ? "an" : "a") \(value.typeName)")
    }

    /// How a value reads inside text (`States.Format`, `States.Hash`): a string as it is, anything else as JSON.
    static func text(of value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let integer): String(integer)
        default: value.serialized()
        }
    }

    /// Step Functions' limit on the data `States.Base64Encode`, `States.Base64Decode` and `States.Hash` take,
    /// in characters (UTF-16 code units, as Java counts them).
    static let maximumDataLength = 10_000

    func checkDataLength(_ text: String, _ role: String) throws(StatesError) {
        let length = text.utf16.count
        guard length <= Self.maximumDataLength else {
            throw invalid("the \(role) has \(length) characters, more than the \(Self.maximumDataLength) allowed")
        }
    }
}
