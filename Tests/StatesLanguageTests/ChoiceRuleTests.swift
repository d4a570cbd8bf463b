import Foundation
import Testing
import StatesLanguage

/// Every Choice comparison operator, the *Path variants, And/Or/Not and the type tests.
@Suite("Choice rules")
struct ChoiceRuleTests {
    static let input: JSONValue = [
        "name": "mediagen", "count": 7, "ratio": 0.5, "flag": true, "nothing": .null, "when": "2026-11-22T10:00:00Z",
        "later": "2026-11-22T11:00:00.5+01:00", "limit": 7, "other": "media", "file": "clip-01.mp4",
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var matches: Bool
        var testDescription: String { rule }
    }

    static let cases: [Case] = [
        Case(rule: #""Variable": "$.name", "StringEquals": "mediagen""#, matches: true),
        Case(rule: #""Variable": "$.name", "StringEquals": "MediaGen""#, matches: false),
        Case(rule: #""Variable": "$.name", "StringLessThan": "zebra""#, matches: true),
        Case(rule: #""Variable": "$.name", "StringGreaterThan": "media""#, matches: true),
        Case(rule: #""Variable": "$.name", "StringLessThanEquals": "mediagen""#, matches: true),
        Case(rule: #""Variable": "$.name", "StringGreaterThanEquals": "mediagf""#, matches: false),
        Case(rule: #""Variable": "$.name", "StringEqualsPath": "$.other""#, matches: false),
        Case(rule: #""Variable": "$.name", "StringGreaterThanPath": "$.other""#, matches: true),
        Case(rule: #""Variable": "$.file", "StringMatches": "clip-*.mp4""#, matches: true),
        Case(rule: #""Variable": "$.file", "StringMatches": "*.mov""#, matches: false),
        Case(rule: #""Variable": "$.file", "StringMatches": "clip\\*""#, matches: false),
        Case(rule: #""Variable": "$.count", "NumericEquals": 7"#, matches: true),
        Case(rule: #""Variable": "$.count", "NumericEquals": 7.0"#, matches: true),
        Case(rule: #""Variable": "$.count", "NumericLessThan": 7"#, matches: false),
        Case(rule: #""Variable": "$.count", "NumericLessThanEquals": 7"#, matches: true),
        Case(rule: #""Variable": "$.ratio", "NumericGreaterThan": 0.25"#, matches: true),
        Case(rule: #""Variable": "$.ratio", "NumericGreaterThanEquals": 0.75"#, matches: false),
        Case(rule: #""Variable": "$.count", "NumericEqualsPath": "$.limit""#, matches: true),
        Case(rule: #""Variable": "$.ratio", "NumericLessThanPath": "$.limit""#, matches: true),
        Case(rule: #""Variable": "$.name", "NumericEquals": 7"#, matches: false),
        Case(rule: #""Variable": "$.flag", "BooleanEquals": true"#, matches: true),
        Case(rule: #""Variable": "$.flag", "BooleanEqualsPath": "$.flag""#, matches: true),
        Case(rule: #""Variable": "$.when", "TimestampEquals": "2026-11-22T10:00:00Z""#, matches: true),
        Case(rule: #""Variable": "$.when", "TimestampLessThanPath": "$.later""#, matches: true),
        Case(rule: #""Variable": "$.when", "TimestampGreaterThan": "2026-11-22T09:59:59Z""#, matches: true),
        Case(rule: #""Variable": "$.later", "TimestampLessThanEquals": "2026-11-22T10:00:00.5Z""#, matches: true),
        Case(rule: #""Variable": "$.later", "TimestampGreaterThanEquals": "2026-11-22T10:00:01Z""#, matches: false),
        Case(rule: #""Variable": "$.nothing", "IsNull": true"#, matches: true),
        Case(rule: #""Variable": "$.name", "IsNull": true"#, matches: false),
        Case(rule: #""Variable": "$.missing", "IsPresent": false"#, matches: true),
        Case(rule: #""Variable": "$.nothing", "IsPresent": true"#, matches: true),
        Case(rule: #""Variable": "$.ratio", "IsNumeric": true"#, matches: true),
        Case(rule: #""Variable": "$.name", "IsString": true"#, matches: true),
        Case(rule: #""Variable": "$.count", "IsString": false"#, matches: true),
        Case(rule: #""Variable": "$.flag", "IsBoolean": true"#, matches: true),
        Case(rule: #""Variable": "$.when", "IsTimestamp": true"#, matches: true),
        Case(rule: #""Variable": "$.name", "IsTimestamp": true"#, matches: false),
        Case(rule: #""Variable": "$$.Execution.Name", "StringEquals": "exec-1""#, matches: true),
        Case(rule: #""And": [{"Variable": "$.count", "NumericGreaterThan": 1}, {"Variable": "$.flag", "BooleanEquals": true}]"#, matches: true),
        Case(rule: #""Or": [{"Variable": "$.count", "NumericGreaterThan": 100}, {"Not": {"Variable": "$.flag", "BooleanEquals": false}}]"#, matches: true),
        Case(rule: #""Not": {"Variable": "$.missing", "IsPresent": true}"#, matches: true),
    ]

    @Test("each rule matches or not as the specification says", arguments: cases)
    func rule(_ example: Case) async throws {
        let outcome = try await run(#"""
            {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{\#(example.rule), "Next": "Yes"}], "Default": "No"},
             "Yes": {"Type": "Pass", "Result": "yes", "End": true}, "No": {"Type": "Pass", "Result": "no", "End": true}}}
            """#, input: Self.input)
        #expect(outcome.result.output == (example.matches ? "yes" : "no"), "\(outcome.result)")
    }

    @Test("no rule matching and no Default fails with States.NoChoiceMatched")
    func noMatch() async throws {
        let outcome = try await run(#"""
            {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.count", "NumericEquals": 1, "Next": "D"}]}, "D": {"Type": "Succeed"}}}
            """#, input: Self.input)
        #expect(outcome.result.error?.error == "States.NoChoiceMatched")
    }

    @Test("a comparison on a missing variable is a States.Runtime error, as in Step Functions")
    func missingVariable() async throws {
        let outcome = try await run(#"""
            {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.absent", "StringEquals": "x", "Next": "D"}], "Default": "D"}, "D": {"Type": "Succeed"}}}
            """#, input: Self.input)
        #expect(outcome.result.error?.error == "States.Runtime")
    }
}
