import Testing
import StatesLanguage

@Suite("Intrinsic functions: argument checks and edge cases")
struct IntrinsicArgumentErrorTests {
    static let fixture = IntrinsicFixture([
        "arr": [1, 2, 3], "obj": ["k": 1], "text": "abc", "long": .string(String(repeating: "a", count: 10_001)),
        "limit": .string(String(repeating: "a", count: 10_000)),
    ])

    /// Expressions Step Functions refuses, and the detail the cause gives after `Invalid arguments in States.X:`.
    static let refused: [(expression: String, cause: String)] = [
        ("States.Format()", "Invalid arguments in States.Format: expected at least 1 argument but got 0"),
        ("States.Format('{} {}', 1)", "Invalid arguments in States.Format: the number of arguments (1) does not match the occurrences of {} (2)"),
        ("States.Format('{}', 1, 2)", "does not match the occurrences of {}"),
        ("States.Format('Hello {', 1)", "unescaped '{'"),
        ("States.Format('}')", "unescaped '}'"),
        ("States.Format($.arr)", "Invalid arguments in States.Format: the template must be a string but is an array"),
        ("States.StringToJson($.text)", "Invalid arguments in States.StringToJson: the argument is not valid JSON text"),
        ("States.StringToJson(1)", "the argument must be a string but is a number"),
        ("States.JsonToString()", "Invalid arguments in States.JsonToString: expected 1 argument but got 0"),
        ("States.ArrayPartition($.arr)", "expected 2 arguments but got 1"),
        ("States.ArrayPartition($.text, 2)", "the first argument must be an array but is a string"),
        ("States.ArrayPartition($.arr, 0)", "the chunk size must be a positive integer but is 0"),
        ("States.ArrayPartition($.arr, 0.49)", "the chunk size must be a positive integer but is 0"),
        ("States.ArrayContains($.obj, 1)", "the first argument must be an array but is an object"),
        ("States.ArrayRange(1, 5)", "Invalid arguments in States.ArrayRange: expected 3 arguments but got 2"),
        ("States.ArrayRange(1, 10, 0)", "the step must not be 0"),
        ("States.ArrayRange(1, 10, 0.49)", "the step must not be 0"),
        ("States.ArrayRange('a', 5, 1)", "the first argument must be a number but is a string"),
        ("States.ArrayRange(1, 1001, 1)", "more than 1000 elements"),
        ("States.ArrayRange(1001, 1, -1)", "more than 1000 elements"),
        ("States.ArrayGetItem($.arr, 3)", "the index 3 is out of bounds for an array of 3 elements"),
        ("States.ArrayGetItem($.arr, -1)", "out of bounds"),
        ("States.ArrayGetItem($.arr, 1.5)", "the index must be an integer but is 1.5"),
        ("States.ArrayLength($.text)", "the argument must be an array but is a string"),
        ("States.ArrayUnique(null)", "the argument must be an array but is a null"),
        ("States.Base64Encode($.long)", "the argument has 10001 characters, more than the 10000 allowed"),
        ("States.Base64Decode($.long)", "more than the 10000 allowed"),
        ("States.Base64Decode('not base64!')", "the argument is not valid base64"),
        ("States.Hash($.long, 'MD5')", "the data has 10001 characters"),
        ("States.Hash('data', 'sha-256')", "the algorithm 'sha-256' is not one of MD5, SHA-1, SHA-256, SHA-384, SHA-512"),
        ("States.Hash('data', 'SHA256')", "is not one of"),
        ("States.Hash('data', 123)", "the algorithm must be a string but is a number"),
        ("States.Hash('hello', 'SHA-256', 'extra')", "expected 2 arguments but got 3"),
        ("States.JsonMerge($.obj, $.obj, true)", "deep merging is not supported"),
        ("States.JsonMerge($.obj, $.obj)", "expected 3 arguments but got 2"),
        ("States.JsonMerge($.obj, $.arr, false)", "the second argument must be an object but is an array"),
        ("States.JsonMerge($.obj, $.obj, 'false')", "the deep merge flag must be a boolean but is a string"),
        ("States.MathRandom(5, 5)", "the start (5) must be less than the end (5)"),
        ("States.MathRandom(1)", "expected 2 to 3 arguments but got 1"),
        ("States.MathRandom(1, 10, 1.5)", "the seed must be an integer"),
        ("States.MathAdd(2147483648, 1)", "the first argument 2147483648 is outside the range -2147483648 to 2147483647"),
        ("States.MathAdd(1, 'x')", "the second argument must be a number but is a string"),
        ("States.StringSplit($.text)", "expected 2 arguments but got 1"),
        ("States.StringSplit($.text, 1)", "the delimiter must be a string but is a number"),
        ("States.UUID(1)", "Invalid arguments in States.UUID: expected 0 arguments but got 1"),
    ]

    @Test("wrong argument counts, types and values fail with States.IntrinsicFailure and a cause like AWS's", arguments: refused)
    func refusedArguments(_ expression: String, cause: String) {
        #expect {
            _ = try Self.fixture.evaluate(expression)
        } throws: { error in
            guard let error = error as? StatesError else { return false }
            return error.error == "States.IntrinsicFailure" && error.cause.contains(cause)
        }
    }

    @Test("a missing path fails with the path resolver's error, untouched")
    func missingPath() {
        #expect(throws: StatesError.runtime("The JsonPath argument for the field '$.missing' could not be found in the input '{}'")) {
            _ = try IntrinsicFixture([:]).evaluate("States.Hash($.missing, 'SHA-256')")
        }
    }

    @Test("limits are inclusive: 10,000 characters and 1000 elements are accepted")
    func limits() throws {
        #expect(try Self.fixture.evaluate("States.Hash($.limit, 'MD5')").stringValue?.count == 32)
        #expect(try Self.fixture.evaluate("States.ArrayLength(States.ArrayRange(1, 1000, 1))") == 1000)
        #expect(try Self.fixture.evaluate("States.ArrayGetItem(States.ArrayRange(1000, 1, -1), 999)") == 1)
    }

    static let edgeCases: [(expression: String, expected: JSONValue)] = [
        ("States.ArrayRange(1.4, 5.6, 2.2)", [1, 3, 5]),
        ("States.ArrayRange(3, 3, -1)", [3]),
        ("States.ArrayRange(5, 1, -2)", [5, 3, 1]),
        ("States.ArrayRange(5, 1, 1)", []),
        ("States.ArrayRange(-2, 2, 2)", [-2, 0, 2]),
        ("States.ArrayPartition(States.Array(), 3)", []),
        ("States.ArrayPartition($.arr, 2.5)", [[1, 2, 3]]),
        ("States.ArrayContains(States.Array(1, 2.0), 2)", true),
        ("States.ArrayContains(States.Array(States.Array(1)), States.Array(1))", true),
        ("States.ArrayContains($.arr, '1')", false),
        ("States.ArrayUnique(States.Array(1, 1.0, '1', null, null, $.obj, States.StringToJson('\\{\"k\":1\\}')))", [1, "1", .null, ["k": 1]]),
        ("States.MathAdd(1.5, 2.4)", 4),
        ("States.MathAdd(-2147483648, 2147483647)", -1),
        ("States.Format('{}|{}|{}|{}|{}|{}', null, false, -1, 3.5, $.arr, $.obj)", #"null|false|-1|3.5|[1,2,3]|{"k":1}"#),
        ("States.Format('  {}  ', 'x')", "  x  "),
        ("States.Format('no placeholders')", "no placeholders"),
        ("States.Format('{}', States.JsonToString($.obj))", #"{"k":1}"#),
        ("States.JsonToString(States.Array('x/y', null, 1.5))", #"["x/y",null,1.5]"#),
        ("States.StringToJson('  [1, 2.5, \"a\"] ')", [1, 2.5, "a"]),
        ("States.StringSplit(',,a,,b,', ',')", ["a", "b"]),
        ("States.StringSplit('abc', '')", ["abc"]),
        ("States.Base64Encode('héllo ✓')", "aMOpbGxvIOKckw=="),
        ("States.Base64Decode('aMOpbGxvIOKckw==')", "héllo ✓"),
        ("States.Base64Decode('aGk')", "hi"),
        ("States.Hash('✓', 'SHA-256')", "1dabba21cdad44541f6b15796f8d22978fc7ea10c46aeceeeeb66c23b3ac7604"),
        ("States.Hash($.obj, 'SHA-256')", "a0da1fce57d0e4f9f0ae4e4cbe040d34dcc046255c6c8d18e97f55aaed0655f0"),
        ("States.JsonMerge($.obj, States.StringToJson('\\{\"k\":2,\"m\":3\\}'), false)", ["k": 2, "m": 3]),
    ]

    @Test("edge cases: rounding, empty results, equality by value, rendering and UTF-8", arguments: edgeCases)
    func edgeCase(_ expression: String, expected: JSONValue) throws {
        #expect(try Self.fixture.evaluate(expression) == expected)
    }
}
