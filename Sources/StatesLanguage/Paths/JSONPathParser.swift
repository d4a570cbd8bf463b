/// Parses JsonPath text into segments and filter expressions.
struct JSONPathParser {
    private let characters: [Character]
    private var position = 0
    private let text: String

    init(_ text: String) {
        self.text = text
        self.characters = Array(text)
    }

    private var current: Character? { position < characters.count ? characters[position] : nil }
    private func peek(_ offset: Int = 1) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
    }

    private func failure(_ reason: String) -> StatesError {
        .runtime("Invalid path '\(text)': \(reason) at position \(position)")
    }

    mutating func parsePath() throws(StatesError) -> [JSONPath.Segment] {
        guard current == "$" else { throw failure("a path must start with $") }
        position += 1
        let segments = try parseSegments(stopAt: [])
        guard current == nil else { throw failure("unexpected '\(current!)'") }
        return segments
    }

    /// Segments until the end or one of `stopAt` (used inside filters).
    private mutating func parseSegments(stopAt: Set<Character>) throws(StatesError) -> [JSONPath.Segment] {
        var segments: [JSONPath.Segment] = []
        while let character = current, !stopAt.contains(character) {
            switch character {
            case ".":
                if peek() == "." {
                    position += 2
                    segments.append(.recursive)
                    if current == "[" { continue }
                    segments.append(try parseDotMember(allowEmpty: false))
                } else {
                    position += 1
                    segments.append(try parseDotMember(allowEmpty: false))
                }
            case "[":
                segments.append(try parseBracket())
            default:
                if stopAt.isEmpty { throw failure("unexpected '\(character)'") }
                return segments
            }
        }
        return segments
    }

    private mutating func parseDotMember(allowEmpty: Bool) throws(StatesError) -> JSONPath.Segment {
        if current == "*" {
            position += 1
            return .wildcard
        }
        let start = position
        while let character = current, !".[]()=!<>&| ,".contains(character) { position += 1 }
        guard position > start else { throw failure("a member name is missing") }
        return .child(String(characters[start..<position]))
    }

    private mutating func parseBracket() throws(StatesError) -> JSONPath.Segment {
        position += 1  // [
        skipSpaces()
        let segment: JSONPath.Segment
        if current == "*" {
            position += 1
            segment = .wildcard
        } else if current == "?" {
            position += 1
            skipSpaces()
            guard current == "(" else { throw failure("a filter needs (") }
            position += 1
            let expression = try parseOr()
            skipSpaces()
            guard current == ")" else { throw failure("a filter needs )") }
            position += 1
            segment = .filter(expression)
        } else {
            var members: [JSONPath.UnionMember] = []
            var slice: (Int?, Int?, Int?)?
            repeat {
                skipSpaces()
                if current == "," { position += 1; skipSpaces() }
                if current == "'" || current == "\"" {
                    members.append(.name(try parseQuoted()))
                } else {
                    let first = try parseOptionalInteger()
                    skipSpaces()
                    if current == ":" {
                        position += 1
                        let end = try parseOptionalInteger()
                        var step: Int?
                        if current == ":" {
                            position += 1
                            step = try parseOptionalInteger()
                        }
                        slice = (first, end, step)
                    } else {
                        guard let first else { throw failure("an index, a quoted name or * is expected") }
                        members.append(.index(first))
                    }
                }
                skipSpaces()
            } while current == "," && slice == nil
            if let (start, end, step) = slice {
                guard members.isEmpty else { throw failure("a slice cannot be part of a union") }
                if step == 0 { throw failure("a slice step cannot be 0") }
                segment = .slice(start: start, end: end, step: step)
            } else if members.count == 1, case .name(let name) = members[0] {
                segment = .child(name)
            } else if members.count == 1, case .index(let index) = members[0] {
                segment = .index(index)
            } else {
                segment = .union(members)
            }
        }
        skipSpaces()
        guard current == "]" else { throw failure("] is expected") }
        position += 1
        return segment
    }

    private mutating func parseQuoted() throws(StatesError) -> String {
        let quote = current!
        position += 1
        var value = ""
        while let character = current, character != quote {
            if character == "\\", let next = peek() {
                value.append(next)
                position += 2
            } else {
                value.append(character)
                position += 1
            }
        }
        guard current == quote else { throw failure("an unterminated quoted name") }
        position += 1
        return value
    }

    private mutating func parseOptionalInteger() throws(StatesError) -> Int? {
        let start = position
        if current == "-" { position += 1 }
        while let character = current, character.isASCII, character.isNumber { position += 1 }
        guard position > start else { return nil }
        guard let value = Int(String(characters[start..<position])) else { throw failure("a bad integer") }
        return value
    }

    private mutating func skipSpaces() {
        while current == " " { position += 1 }
    }

    // MARK: Filter expressions

    private mutating func parseOr() throws(StatesError) -> FilterExpression {
        var left = try parseAnd()
        while true {
            skipSpaces()
            guard current == "|", peek() == "|" else { return left }
            position += 2
            left = .or(left, try parseAnd())
        }
    }

    private mutating func parseAnd() throws(StatesError) -> FilterExpression {
        var left = try parseUnary()
        while true {
            skipSpaces()
            guard current == "&", peek() == "&" else { return left }
            position += 2
            left = .and(left, try parseUnary())
        }
    }

    private mutating func parseUnary() throws(StatesError) -> FilterExpression {
        skipSpaces()
        if current == "!" && peek() != "=" {
            position += 1
            return .not(try parseUnary())
        }
        if current == "(" {
            position += 1
            let inner = try parseOr()
            skipSpaces()
            guard current == ")" else { throw failure(") is expected") }
            position += 1
            return inner
        }
        let left = try parseOperand()
        skipSpaces()
        guard let comparison = try parseComparisonOperator() else {
            guard case .path = left else { throw failure("a filter term must be a path or a comparison") }
            return .exists(left)
        }
        skipSpaces()
        return .compare(left, comparison, try parseOperand())
    }

    private mutating func parseComparisonOperator() throws(StatesError) -> FilterExpression.Comparison? {
        let pairs: [(String, FilterExpression.Comparison)] = [
            ("==", .equal), ("!=", .notEqual), ("<=", .lessOrEqual), (">=", .greaterOrEqual), ("<", .less), (">", .greater),
        ]
        for (symbol, comparison) in pairs where matches(symbol) {
            position += symbol.count
            return comparison
        }
        return nil
    }

    private func matches(_ symbol: String) -> Bool {
        for (offset, character) in symbol.enumerated() {
            let index = position + offset
            guard index < characters.count, characters[index] == character else { return false }
        }
        return true
    }

    private mutating func parseOperand() throws(StatesError) -> FilterExpression.Operand {
        skipSpaces()
        switch current {
        case "@", "$":
            let relative = current == "@"
            position += 1
            let segments = try parseSegments(stopAt: [")", " ", "=", "!", "<", ">", "&", "|", "]"])
            return .path(relative: relative, segments: segments)
        case "'", "\"":
            return .literal(.string(try parseQuoted()))
        default:
            let start = position
            while let character = current, character.isLetter || character.isNumber || "-+.eE".contains(character) { position += 1 }
            let word = String(characters[start..<position])
            switch word {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "null": return .literal(.null)
            default:
                if let integer = Int(word) { return .literal(.int(integer)) }
                if let number = Double(word) { return .literal(.double(number)) }
                throw failure("a filter operand '\(word)' is not a path or a literal")
            }
        }
    }
}
