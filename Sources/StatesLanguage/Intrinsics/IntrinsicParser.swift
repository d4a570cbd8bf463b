/// Reads an intrinsic function expression into an `IntrinsicFunction`, reporting the first thing wrong with the
/// position (in Unicode scalars, from 0) where it was found.
struct IntrinsicParser {
    /// Step Functions accepts up to 10 intrinsic functions nested within a field.
    static let maximumDepth = 10

    private let expression: String
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ expression: String) {
        self.expression = expression
        self.scalars = Array(expression.unicodeScalars)
    }

    mutating func parseExpression() throws(StatesError) -> IntrinsicFunction {
        skipSpace()
        let start = position
        let name = readName()
        guard name.hasPrefix("States.") else {
            throw failure(name.isEmpty ? "expected an intrinsic function call" : "'\(name)' is not an intrinsic function call", at: start)
        }
        let call = try parseCall(named: name, at: start, depth: 1)
        skipSpace()
        if let extra = peek {
            throw failure("unexpected '\(extra)' after the call", at: position)
        }
        return call
    }

    // MARK: - Calls and arguments

    private mutating func parseCall(named name: String, at start: Int, depth: Int) throws(StatesError) -> IntrinsicFunction {
        guard let function = IntrinsicFunction.Name(rawValue: name) else {
            throw failure("unknown intrinsic function '\(name)'", at: start)
        }
        guard depth <= Self.maximumDepth else {
            throw failure("more than \(Self.maximumDepth) intrinsic functions are nested", at: start)
        }
        skipSpace()
        guard peek == "(" else {
            throw failure("expected '(' after \(name)", at: position)
        }
        position += 1
        skipSpace()
        var arguments: [IntrinsicFunction.Argument] = []
        if peek == ")" {
            position += 1
            return IntrinsicFunction(name: function, arguments: arguments)
        }
        while true {
            arguments.append(try parseArgument(depth: depth))
            skipSpace()
            guard let next = peek else {
                throw failure("missing ')' to close \(name)", at: position)
            }
            position += 1
            if next == ")" { break }
            guard next == "," else {
                throw failure("expected ',' or ')' but found '\(next)'", at: position - 1)
            }
            skipSpace()
        }
        return IntrinsicFunction(name: function, arguments: arguments)
    }

    private mutating func parseArgument(depth: Int) throws(StatesError) -> IntrinsicFunction.Argument {
        guard let scalar = peek else {
            throw failure("missing argument: the expression ends", at: position)
        }
        switch scalar {
        case "'":
            return try parseString()
        case "$":
            return try parsePath()
        case "-", "0"..."9":
            return try parseNumber()
        case "," , ")":
            throw failure("missing argument before '\(scalar)'", at: position)
        default:
            let start = position
            let word = readName()
            switch word {
            case "": throw failure("unexpected '\(scalar)'", at: start)
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "null": return .literal(.null)
            default:
                guard word.hasPrefix("States.") else {
                    throw failure("unexpected '\(word)': an argument is a string in single quotes, a number, true, false, null, a path or an intrinsic function", at: start)
                }
                return .call(try parseCall(named: word, at: start, depth: depth + 1))
            }
        }
    }

    // MARK: - Literals

    private mutating func parseString() throws(StatesError) -> IntrinsicFunction.Argument {
        let start = position
        position += 1
        var characters: [(scalar: Unicode.Scalar, escaped: Bool)] = []
        while let scalar = peek {
            position += 1
            switch scalar {
            case "'":
                let template = FormatTemplate(characters: characters)
                var text = String.UnicodeScalarView()
                text.append(contentsOf: characters.lazy.map(\.scalar))
                return .string(String(text), template: template)
            case "\\":
                guard let escaped = peek else { break }
                guard escaped == "'" || escaped == "{" || escaped == "}" || escaped == "\\" else {
                    throw failure("invalid escape '\\\(escaped)' (only \\' \\{ \\} and \\\\ are allowed)", at: position - 1)
                }
                position += 1
                characters.append((escaped, true))
            default:
                characters.append((scalar, false))
            }
        }
        throw failure("unterminated string literal", at: start)
    }

    private mutating func parseNumber() throws(StatesError) -> IntrinsicFunction.Argument {
        let start = position
        var integral = true
        if peek == "-" { position += 1 }
        guard readDigits() > 0 else { throw failure("invalid number", at: start) }
        if peek == "." {
            position += 1
            integral = false
            guard readDigits() > 0 else { throw failure("invalid number: digits must follow '.'", at: start) }
        }
        if peek == "e" || peek == "E" {
            position += 1
            integral = false
            if peek == "+" || peek == "-" { position += 1 }
            guard readDigits() > 0 else { throw failure("invalid number: digits must follow the exponent", at: start) }
        }
        if let next = peek, Self.isNameScalar(next) {
            throw failure("invalid number", at: start)
        }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        if integral, let value = Int(text) { return .literal(.int(value)) }
        guard let value = Double(text), value.isFinite else { throw failure("invalid number '\(text)'", at: start) }
        return .literal(.double(value))
    }

    // MARK: - Paths

    /// A path runs to the next `,` `)` or space outside brackets, quotes and filter parentheses
    /// (`$.a['b c'][?(@.d)]`).
    private mutating func parsePath() throws(StatesError) -> IntrinsicFunction.Argument {
        let start = position
        var nesting: [Unicode.Scalar] = []
        while let scalar = peek {
            if nesting.isEmpty, scalar == "," || scalar == ")" || Self.isSpace(scalar) { break }
            position += 1
            switch scalar {
            case "[": nesting.append("]")
            case "(": nesting.append(")")
            case "]", ")":
                guard nesting.last == scalar else { throw failure("unbalanced '\(scalar)' in path", at: position - 1) }
                nesting.removeLast()
            case "'", "\"":
                try skipQuoted(scalar)
            default: break
            }
        }
        guard nesting.isEmpty else { throw failure("unclosed '\(nesting.last == "]" ? "[" : "(")' in path", at: start) }
        return .path(String(String.UnicodeScalarView(scalars[start..<position])))
    }

    private mutating func skipQuoted(_ quote: Unicode.Scalar) throws(StatesError) {
        let start = position - 1
        while let scalar = peek {
            position += 1
            if scalar == "\\" { position += 1; continue }
            if scalar == quote { return }
        }
        throw failure("unterminated quoted name in path", at: start)
    }

    // MARK: - Scanning

    private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func skipSpace() {
        while let scalar = peek, Self.isSpace(scalar) { position += 1 }
    }

    private mutating func readDigits() -> Int {
        let start = position
        while let scalar = peek, ("0"..."9").contains(scalar) { position += 1 }
        return position - start
    }

    /// ASCII letters, digits, `_` and `.`: a function name or `true`, `false`, `null`.
    private mutating func readName() -> String {
        let start = position
        while let scalar = peek, Self.isNameScalar(scalar) { position += 1 }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", ".": true
        default: false
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    private func failure(_ what: String, at offset: Int) -> StatesError {
        .intrinsicFailure("Invalid intrinsic function expression '\(expression)': \(what) at position \(offset)")
    }
}
