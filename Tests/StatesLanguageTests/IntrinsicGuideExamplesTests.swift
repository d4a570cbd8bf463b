import Foundation
import Testing
import StatesLanguage

/// A tiny stand-in for the JSONPath engine: `$`, `$.a.b` (member names only) into the input and `$$.a.b` into the
/// context object, failing as Step Functions does when a member is missing.
struct IntrinsicFixture {
    var input: JSONValue
    var context: JSONValue = ["Execution": ["Id": "arn:aws:states:us-east-1:123456789012:execution:flow:run-1", "Name": "run-1"]]

    init(_ input: JSONValue) { self.input = input }

    init(json: String) throws { self.input = try JSONValue(parsing: json) }

    func resolve(_ path: String) throws(StatesError) -> JSONValue {
        let (root, rest): (JSONValue, Substring) = path.hasPrefix("$$")
            ? (context, path.dropFirst(2)) : (input, path.dropFirst())
        var value = root
        for name in rest.split(separator: ".") {
            guard let member = value[String(name)] else {
                throw StatesError.runtime("The JsonPath argument for the field '\(path)' could not be found in the input '\(input.serialized())'")
            }
            value = member
        }
        return value
    }

    func evaluate(_ expression: String) throws(StatesError) -> JSONValue {
        var generator = SystemRandomNumberGenerator()
        return try IntrinsicFunction(parsing: expression).evaluate(path: resolve, using: &generator)
    }
}

/// One example: the input, the expression, the result.
struct IntrinsicExample: Sendable, CustomTestStringConvertible {
    let input: String
    let expression: String
    let expected: JSONValue
    var testDescription: String { expression }
}

@Suite("Intrinsic functions: the AWS developer guide's examples")
struct IntrinsicGuideExamplesTests {
    static let inputArray = #"{"inputArray": [1,2,3,4,5,6,7,8,9], "lookingFor": 5, "index": 5}"#

    /// Inputs, expressions and results from "Intrinsic functions for JSONPath states in Step Functions".
    static let examples: [IntrinsicExample] = [
        .init(input: #"{"Id": 123456}"#, expression: "States.Array($.Id)", expected: [123456]),
        .init(input: inputArray, expression: "States.ArrayPartition($.inputArray,4)", expected: [[1, 2, 3, 4], [5, 6, 7, 8], [9]]),
        .init(input: inputArray, expression: "States.ArrayContains($.inputArray, $.lookingFor)", expected: true),
        .init(input: "{}", expression: "States.ArrayRange(1, 9, 2)", expected: [1, 3, 5, 7, 9]),
        .init(input: inputArray, expression: "States.ArrayGetItem($.inputArray, $.index)", expected: 6),
        .init(input: inputArray, expression: "States.ArrayLength($.inputArray)", expected: 9),
        .init(input: #"{"inputArray": [1,2,3,3,3,3,3,3,4]}"#, expression: "States.ArrayUnique($.inputArray)", expected: [1, 2, 3, 4]),
        .init(input: #"{"input": "Data to encode"}"#, expression: "States.Base64Encode($.input)", expected: "RGF0YSB0byBlbmNvZGU="),
        // The guide prints "Decoded data" here, but its own input is the encoding of "Data to encode".
        .init(input: #"{"base64": "RGF0YSB0byBlbmNvZGU="}"#, expression: "States.Base64Decode($.base64)", expected: "Data to encode"),
        // The guide prints 39 hex digits (a "4" is lost); this is SHA-1("input data") as hashlib computes it.
        .init(input: #"{"Data": "input data", "Algorithm": "SHA-1"}"#, expression: "States.Hash($.Data, $.Algorithm)",
              expected: "aaff4a450a104cd177d28d18d74485e8cae074b7"),
        .init(input: #"{"json1": {"a": {"a1": 1, "a2": 2}, "b": 2}, "json2": {"a": {"a3": 1, "a4": 2}, "c": 3}}"#,
              expression: "States.JsonMerge($.json1, $.json2, false)", expected: ["a": ["a3": 1, "a4": 2], "b": 2, "c": 3]),
        .init(input: #"{"escapedJsonString": "{\"foo\": \"bar\"}"}"#, expression: "States.StringToJson($.escapedJsonString)", expected: ["foo": "bar"]),
        .init(input: #"{"unescapedJson": {"foo": "bar"}}"#, expression: "States.JsonToString($.unescapedJson)", expected: #"{"foo":"bar"}"#),
        .init(input: #"{"value1": 111, "step": -1}"#, expression: "States.MathAdd($.value1, $.step)", expected: 110),
        .init(input: #"{"inputString": "1,2,3,4,5", "splitter": ","}"#, expression: "States.StringSplit($.inputString, $.splitter)",
              expected: ["1", "2", "3", "4", "5"]),
        .init(input: #"{"inputString": "This.is+a,test=string", "splitter": ".+,="}"#, expression: "States.StringSplit($.inputString, $.splitter)",
              expected: ["This", "is", "a", "test", "string"]),
        .init(input: #"{"name": "Arnav", "template": "Hello, my name is {}."}"#, expression: "States.Format('Hello, my name is {}.', $.name)",
              expected: "Hello, my name is Arnav."),
        .init(input: #"{"name": "Arnav", "template": "Hello, my name is {}."}"#, expression: "States.Format($.template, $.name)",
              expected: "Hello, my name is Arnav."),
    ]

    @Test("each example in the guide gives the guide's result", arguments: examples)
    func guideExample(_ example: IntrinsicExample) throws {
        let fixture = try IntrinsicFixture(json: example.input)
        let result = try fixture.evaluate(example.expression)
        #expect(result == example.expected)
    }

    @Test("every hash algorithm gives the digest hashlib computes for the guide's data")
    func hashAlgorithms() throws {
        let fixture = IntrinsicFixture(["Data": "input data"])
        let expected: [String: String] = [
            "MD5": "812f45842bc6d66ee14572ce20db8e86",
            "SHA-1": "aaff4a450a104cd177d28d18d74485e8cae074b7",
            "SHA-256": "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3",
            "SHA-384": "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562",
            "SHA-512": "6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4",
        ]
        for (algorithm, digest) in expected {
            #expect(try fixture.evaluate("States.Hash($.Data, '\(algorithm)')") == .string(digest), "\(algorithm)")
        }
    }

    @Test("the guide's nine-function myArn expression parses, and evaluates once its placeholders match its values")
    func nestedArnExample() throws {
        let fixture = IntrinsicFixture(["ImageRecipe": ["Arn": "arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/my-recipe/2.5.0"]])
        let inner = "States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2)"
        let guide = "States.Format('{}.{}.{}', States.ArrayGetItem(States.StringSplit(\(inner), '.'), 0), States.ArrayGetItem(States.StringSplit(\(inner), '.'), 1))"
        let call = try IntrinsicFunction(parsing: guide)
        #expect(call.name == .format)
        #expect(call.arguments.count == 3)
        // As printed, the guide's template has three placeholders for two values, which Step Functions rejects.
        #expect(throws: StatesError.self) { try fixture.evaluate(guide) }
        let corrected = guide.replacingOccurrences(of: "'{}.{}.{}'", with: "'{}.{}'")
        #expect(try fixture.evaluate(corrected) == "2.5")
    }

    @Test("States.MathRandom without a seed stays within start (inclusive) and end (exclusive)")
    func mathRandomRange() throws {
        let fixture = IntrinsicFixture(["start": 1, "end": 999])
        let call = try IntrinsicFunction(parsing: "States.MathRandom($.start, $.end)")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let value = try call.evaluate(path: fixture.resolve, using: &generator)
            guard case .int(let number) = value else {
                Issue.record("not an integer: \(value)")
                return
            }
            #expect((1..<999).contains(number))
        }
        #expect(try fixture.evaluate("States.MathRandom(5, 6)") == 5)
    }

    @Test("States.UUID gives a lowercase version 4 UUID")
    func uuidFormat() throws {
        let value = try IntrinsicFixture([:]).evaluate("States.UUID()")
        let text = try #require(value.stringValue)
        let groups = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        #expect(groups.map(\.count) == [8, 4, 4, 4, 12])
        #expect(text.allSatisfy { "0123456789abcdef-".contains($0) })
        #expect(groups[2].first == "4")
        #expect("89ab".contains(groups[3].first ?? "x"))
    }
}
