import Testing
import StatesLanguage

@Suite("Intrinsic functions: parsing")
struct IntrinsicParsingTests {
    @Test("literals of every kind become arguments, integers staying exact")
    func literals() throws {
        let call = try IntrinsicFunction(parsing: "States.Array('a', 1, -2, 2.5, -0.25, 1e3, true, false, null, 9007199254740993)")
        #expect(call.name == .array)
        let values = try IntrinsicFixture([:]).evaluate("States.Array('a', 1, -2, 2.5, -0.25, 1e3, true, false, null, 9007199254740993)")
        #expect(values == [
            "a", .int(1), .int(-2), .double(2.5), .double(-0.25), .double(1000), true, false, .null, .int(9_007_199_254_740_993),
        ])
    }

    @Test("paths, context paths and bracketed names with spaces are kept whole")
    func paths() throws {
        let call = try IntrinsicFunction(parsing: "States.Array($, $.a.b, $$.Execution.Id, $.abc.['def ghi'], $.list[0])")
        #expect(call.arguments == [.path("$"), .path("$.a.b"), .path("$$.Execution.Id"), .path("$.abc.['def ghi']"), .path("$.list[0]")])
        let fixture = IntrinsicFixture(["a": ["b": 7]])
        #expect(try fixture.evaluate("States.Array($.a.b, $$.Execution.Name)") == [7, "run-1"])
        #expect(try fixture.evaluate("States.JsonToString($)") == #"{"a":{"b":7}}"#)
    }

    @Test("escapes give the reserved characters, and escaped braces are not placeholders")
    func escapes() throws {
        let fixture = IntrinsicFixture(["name": "Ada"])
        #expect(try fixture.evaluate(#"States.Format('It\'s {} \{not a placeholder\} \\ done', $.name)"#)
            == #"It's Ada {not a placeholder} \ done"#)
        #expect(try fixture.evaluate(#"States.Array('\{\}', '\\\'')"#) == ["{}", #"\'"#])
    }

    @Test("nested calls are evaluated inside out, with spaces anywhere between tokens")
    func nesting() throws {
        let fixture = IntrinsicFixture(["csv": "3,1,3,2"])
        let expression = "  States.ArrayLength( States.ArrayUnique( States.StringSplit( $.csv , ',' ) ) )  "
        #expect(IntrinsicFunction.isCall(expression))
        #expect(try fixture.evaluate(expression) == 3)
        #expect(try fixture.evaluate("States.Format('{} items', States.MathAdd(States.ArrayLength(States.Array(1, 2)), 40))") == "42 items")
    }

    @Test("a call written back as text parses to the same call")
    func roundTrip() throws {
        let expression = #"States.Format('a\'b \{\} {} \\', States.Array($.x, 1.5, null, true), $$.Execution.Id)"#
        let call = try IntrinsicFunction(parsing: expression)
        #expect(try IntrinsicFunction(parsing: call.description) == call)
    }

    @Test("a call that reads no path is worked out once, yet a failing one still fails only when evaluated")
    func constantCalls() throws {
        var generator = SystemRandomNumberGenerator()
        let noPaths: (String) throws(StatesError) -> JSONValue = { path throws(StatesError) in throw .runtime("read \(path)") }
        let constant = try IntrinsicFunction(parsing: "States.Format('{}:{}', States.ArrayRange(1, 3, 1), States.MathRandom(1, 100, 7))")
        let first = try constant.evaluate(path: noPaths, using: &generator)
        #expect(try constant.evaluate(path: noPaths, using: &generator) == first)
        #expect(first.stringValue?.hasPrefix("[1,2,3]:") == true)
        let failing = try IntrinsicFunction(parsing: "States.ArrayRange(1, 10, 0)")
        #expect(throws: StatesError.intrinsicFailure("Invalid arguments in States.ArrayRange: the step must not be 0")) {
            try failing.evaluate(path: noPaths, using: &generator)
        }
        let random = try IntrinsicFunction(parsing: "States.Array(States.UUID())")
        #expect(try random.evaluate(path: noPaths, using: &generator) != random.evaluate(path: noPaths, using: &generator))
    }

    @Test("isCall tells intrinsic calls from paths")
    func isCall() {
        #expect(IntrinsicFunction.isCall("States.UUID()"))
        #expect(!IntrinsicFunction.isCall("$.States.value"))
        #expect(!IntrinsicFunction.isCall("$$.Execution.Id"))
    }

    static let malformed: [(expression: String, cause: String)] = [
        ("States.Format('Hello", "unterminated string literal at position 14"),
        ("States.Nope(1)", "unknown intrinsic function 'States.Nope' at position 0"),
        ("States.format('x')", "unknown intrinsic function 'States.format'"),
        ("States.Array(1, 2", "missing ')' to close States.Array"),
        ("States.Array(1,, 2)", "missing argument before ','"),
        ("States.Array(1 2)", "expected ',' or ')' but found '2'"),
        ("States.Array(1) x", "unexpected 'x' after the call"),
        ("States.Array(undefined)", "unexpected 'undefined'"),
        ("States.Array('a\\nb')", "invalid escape '\\n'"),
        ("States.Array(1.)", "invalid number"),
        ("States.Array($.a[0)", "unbalanced ')' in path"),
        ("States.Array($.a['b)", "unterminated quoted name in path"),
        ("States.UUID", "expected '(' after States.UUID"),
        ("$.path", "expected an intrinsic function call at position 0"),
        ("Foo.Bar()", "'Foo.Bar' is not an intrinsic function call"),
        ("", "expected an intrinsic function call"),
    ]

    @Test("bad syntax fails with States.IntrinsicFailure naming what is wrong and where", arguments: malformed)
    func badSyntax(_ expression: String, cause: String) {
        #expect {
            _ = try IntrinsicFunction(parsing: expression)
        } throws: { error in
            guard let error = error as? StatesError else { return false }
            return error.error == "States.IntrinsicFailure" && error.cause.contains(cause)
        }
    }

    @Test("up to 10 nested functions parse; an 11th is refused")
    func nestingLimit() throws {
        func nested(_ depth: Int) -> String {
            String(repeating: "States.Array(", count: depth) + "1" + String(repeating: ")", count: depth)
        }
        #expect(throws: Never.self) { try IntrinsicFunction(parsing: nested(10)) }
        #expect(throws: StatesError.self) { try IntrinsicFunction(parsing: nested(11)) }
    }
}
