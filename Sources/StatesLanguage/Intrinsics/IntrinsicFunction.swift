/// A parsed intrinsic function call of the States Language (`States.Format('{}', $.name)`), evaluated against a
/// state's input and context. Parse once when the definition is loaded; evaluate on every state entry.
public struct IntrinsicFunction: Sendable, Hashable {
    /// The intrinsic functions Step Functions provides (JSONPath query language).
    public enum Name: String, Sendable, Hashable, CaseIterable {
        case format = "States.Format"
        case stringToJson = "States.StringToJson"
        case jsonToString = "States.JsonToString"
        case array = "States.Array"
        case arrayPartition = "States.ArrayPartition"
        case arrayContains = "States.ArrayContains"
        case arrayRange = "States.ArrayRange"
        case arrayGetItem = "States.ArrayGetItem"
        case arrayLength = "States.ArrayLength"
        case arrayUnique = "States.ArrayUnique"
        case base64Encode = "States.Base64Encode"
        case base64Decode = "States.Base64Decode"
        case hash = "States.Hash"
        case jsonMerge = "States.JsonMerge"
        case mathRandom = "States.MathRandom"
        case mathAdd = "States.MathAdd"
        case stringSplit = "States.StringSplit"
        case uuid = "States.UUID"
    }

    /// One argument of a call.
    public indirect enum Argument: Sendable, Hashable {
        /// A number, boolean or null literal.
        case literal(JSONValue)
        /// A single-quoted string literal, unescaped, with its reading as a `States.Format` template.
        case string(String, template: FormatTemplate)
        /// A JSONPath (`$.a`) or context path (`$$.Execution.Id`), resolved when evaluated.
        case path(String)
        /// A nested call.
        case call(IntrinsicFunction)
    }

    /// The function called.
    public let name: Name
    /// Its arguments, in order.
    public let arguments: [Argument]
    /// The result, worked out once when the call is built, for a call that reads no path, draws no random number
    /// and succeeds (`States.ArrayRange(1, 9, 2)`, `States.Format('{}', 'a')`, a seeded `States.MathRandom`).
    let constant: JSONValue?

    /// Builds a call; one that reads no path and draws no random number is evaluated now, once.
    public init(name: Name, arguments: [Argument]) {
        let call = IntrinsicFunction(name: name, arguments: arguments, constant: nil)
        guard call.isDeterministic, arguments.allSatisfy(\.isConstant) else {
            self = call
            return
        }
        var unused = SystemRandomNumberGenerator()
        let folded = try? call.evaluate(path: { path throws(StatesError) in throw .runtime("unexpected path \(path)") }, using: &unused)
        self.init(name: name, arguments: arguments, constant: folded)
    }

    private init(name: Name, arguments: [Argument], constant: JSONValue?) {
        self.name = name
        self.arguments = arguments
        self.constant = constant
    }

    /// Whether the same arguments always give the same result.
    private var isDeterministic: Bool {
        switch name {
        case .uuid: false
        case .mathRandom: arguments.count == 3
        default: true
        }
    }

    /// Parses an expression such as `States.Format('Hello, {}!', $.name)`: nested calls, string literals in single
    /// quotes (escapes `\'` `\{` `\}` `\\`), numbers, `true`, `false`, `null`, JSONPaths and context paths.
    /// Throws `States.IntrinsicFailure` naming what is wrong and where.
    public init(parsing expression: String) throws(StatesError) {
        var parser = IntrinsicParser(expression)
        self = try parser.parseExpression()
    }

    /// Whether a `.$` field value is an intrinsic call (starts with `States.`) rather than a path.
    public static func isCall(_ text: String) -> Bool {
        text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).hasPrefix("States.")
    }

    /// Evaluates the call: `path` resolves a JSONPath or context path argument to a value; `generator` feeds
    /// `States.MathRandom` (without a seed) and `States.UUID`.
    public func evaluate<G: RandomNumberGenerator>(
        path: (String) throws(StatesError) -> JSONValue,
        using generator: inout G
    ) throws(StatesError) -> JSONValue {
        if let constant { return constant }
        var values: [JSONValue] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments {
            switch argument {
            case .literal(let value): values.append(value)
            case .string(let text, _): values.append(.string(text))
            case .path(let reference): values.append(try path(reference))
            case .call(let call): values.append(try call.evaluate(path: path, using: &generator))
            }
        }
        return try apply(to: values, using: &generator)
    }

    /// Evaluates with the system's random number generator.
    public func evaluate(path: (String) throws(StatesError) -> JSONValue) throws(StatesError) -> JSONValue {
        var generator = SystemRandomNumberGenerator()
        return try evaluate(path: path, using: &generator)
    }
}

extension IntrinsicFunction.Argument {
    /// Whether the argument's value is known without the input.
    var isConstant: Bool {
        switch self {
        case .literal, .string: true
        case .path: false
        case .call(let call): call.constant != nil
        }
    }
}

extension IntrinsicFunction: CustomStringConvertible {
    /// The call written back as an expression (`States.Array($.a, 'b\'c', 1)`), parseable again.
    public var description: String {
        "\(name.rawValue)(\(arguments.map(\.description).joined(separator: ", ")))"
    }
}

extension IntrinsicFunction.Argument: CustomStringConvertible {
    public var description: String {
        switch self {
        case .literal(let value): value.serialized()
        case .string(_, let template): "'\(template.escapedSource)'"
        case .path(let reference): reference
        case .call(let call): call.description
        }
    }
}
