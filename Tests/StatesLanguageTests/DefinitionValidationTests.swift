import Foundation
import Testing
import StatesLanguage

/// Invalid definitions are refused with the state and field at fault.
@Suite("Definition validation")
struct DefinitionValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var definition: String
        var state: String?
        var field: String
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "StartAt names no state", definition: #"{"StartAt": "Nope", "States": {"A": {"Type": "Succeed"}}}"#,
             state: nil, field: "StartAt", message: "names 'Nope', which is not a state"),
        Case(name: "Next names no state", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}"#,
             state: "A", field: "Next", message: "names 'B', which is not a state"),
        Case(name: "unreachable state", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "B": {"Type": "Succeed"}}}"#,
             state: "B", field: "(state)", message: "is not reachable from StartAt"),
        Case(name: "no terminal state", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}}"#,
             state: nil, field: "States", message: "no state ends the execution (End, Succeed or Fail)"),
        Case(name: "Next and End together", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "A", "End": true}}}"#,
             state: "A", field: "End", message: "a state has either Next or End: true, not both"),
        Case(name: "neither Next nor End", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Pass"}}}"#,
             state: "A", field: "Next", message: "is required (or End: true)"),
        Case(name: "unknown type", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Sleep", "End": true}}}"#,
             state: "A", field: "Type", message: "'Sleep' is not a state type (Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map)"),
        Case(name: "field of another type", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Resource": "arn:x", "End": true}}}"#,
             state: "A", field: "Resource", message: "is not a field of a Pass state"),
        Case(name: "bad .$ path", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"x.$": "$.a["}, "End": true}}}"#,
             state: "A", field: "Parameters.x.$", message: "Invalid path '$.a[': an index, a quoted name or * is expected at position 4"),
        Case(name: ".$ value neither path nor intrinsic", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"x.$": "hello"}, "End": true}}}"#,
             state: "A", field: "Parameters.x.$", message: "'hello' is neither a path ($…, $$…) nor an intrinsic function (States.…)"),
        Case(name: "ResultPath not a reference path", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "ResultPath": "$.a[*]", "End": true}}}"#,
             state: "A", field: "ResultPath", message: "must be a reference path (names and indices only): $.a[*]"),
        Case(name: "States.ALL not last", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:F", "End": true, "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["X"]}]}}}"#,
             state: "A", field: "Retry[0].ErrorEquals", message: "States.ALL must be in the last rule"),
        Case(name: "States.ALL with others", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:F", "End": true, "Catch": [{"ErrorEquals": ["States.ALL", "X"], "Next": "A"}]}}}"#,
             state: "A", field: "Catch[0].ErrorEquals", message: "States.ALL must appear alone"),
        Case(name: "BackoffRate below 1", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:F", "End": true, "Retry": [{"ErrorEquals": ["X"], "BackoffRate": 0.5}]}}}"#,
             state: "A", field: "Retry[0].BackoffRate", message: "must be at least 1.0"),
        Case(name: "Catch Next missing", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:F", "End": true, "Catch": [{"ErrorEquals": ["X"], "Next": "Gone"}]}}}"#,
             state: "A", field: "Catch.Next", message: "names 'Gone', which is not a state"),
        Case(name: "Resource not an ARN", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "MyFunction", "End": true}}}"#,
             state: "A", field: "Resource", message: "'MyFunction' is not an ARN"),
        Case(name: "Heartbeat not below timeout", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:x:y", "TimeoutSeconds": 5, "HeartbeatSeconds": 5, "End": true}}}"#,
             state: "A", field: "HeartbeatSeconds", message: "must be smaller than TimeoutSeconds"),
        Case(name: "Choice with Next", definition: #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Next": "D", "Choices": [{"Variable": "$.a", "IsPresent": true, "Next": "D"}]}, "D": {"Type": "Succeed"}}}"#,
             state: "C", field: "Next", message: "is not a field of a Choice state"),
        Case(name: "Choice rule without Next", definition: #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": true}], "Default": "D"}, "D": {"Type": "Succeed"}}}"#,
             state: "C", field: "Choices[0].Next", message: "is required in a top-level choice rule"),
        Case(name: "Choice operand of the wrong type", definition: #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "NumericEquals": "3", "Next": "D"}]}, "D": {"Type": "Succeed"}}}"#,
             state: "C", field: "Choices[0].NumericEquals", message: "must be a number, not string"),
        Case(name: "Choice unknown operator", definition: #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Variable": "$.a", "StringContains": "x", "Next": "D"}]}, "D": {"Type": "Succeed"}}}"#,
             state: "C", field: "Choices[0].StringContains", message: "is not a comparison operator"),
        Case(name: "nested rule with Next", definition: #"{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [{"Not": {"Variable": "$.a", "IsNull": true, "Next": "D"}, "Next": "D"}]}, "D": {"Type": "Succeed"}}}"#,
             state: "C", field: "Choices[0].Not.Next", message: "is only allowed in a top-level choice rule"),
        Case(name: "Wait with two durations", definition: #"{"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 1, "SecondsPath": "$.s", "End": true}}}"#,
             state: "W", field: "Seconds", message: "a Wait state has exactly one of Seconds, Timestamp, SecondsPath, TimestampPath"),
        Case(name: "Wait bad timestamp", definition: #"{"StartAt": "W", "States": {"W": {"Type": "Wait", "Timestamp": "tomorrow", "End": true}}}"#,
             state: "W", field: "Timestamp", message: "'tomorrow' is not an RFC 3339 timestamp"),
        Case(name: "Parallel branch error names the branch", definition: #"{"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "X", "States": {"X": {"Type": "Pass", "Next": "Y"}}}]}}}"#,
             state: "P/Branches[0]/X", field: "Next", message: "names 'Y', which is not a state"),
        Case(name: "Map distributed reader", definition: #"{"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemReader": {}, "ItemProcessor": {"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}}}}"#,
             state: "M", field: "ItemReader", message: "distributed Map features are not supported by mediagen-local; use an inline Map"),
        Case(name: "Map without processor", definition: #"{"StartAt": "M", "States": {"M": {"Type": "Map", "End": true}}}"#,
             state: "M", field: "ItemProcessor", message: "is required"),
        Case(name: "Fail with Error and ErrorPath", definition: #"{"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E", "ErrorPath": "$.e"}}}"#,
             state: "F", field: "ErrorPath", message: "Error and ErrorPath exclude each other"),
        Case(name: "JSONata", definition: #"{"StartAt": "A", "States": {"A": {"Type": "Pass", "QueryLanguage": "JSONata", "End": true}}}"#,
             state: "A", field: "QueryLanguage", message: "JSONata is not supported; mediagen-local runs JSONPath states"),
        Case(name: "not JSON", definition: #"{"StartAt": "#, state: nil, field: "(definition)", message: ""),
    ]

    @Test("each invalid definition names its state and field", arguments: cases)
    func invalid(_ example: Case) {
        do {
            _ = try StateMachineDefinition(json: example.definition)
            Issue.record("expected \(example.field) to be refused")
        } catch {
            #expect(error.state == example.state)
            #expect(error.field == example.field)
            if !example.message.isEmpty { #expect(error.message == example.message) }
        }
    }

    @Test("a definition using every state type parses")
    func valid() throws {
        let definition = try StateMachineDefinition(json: #"""
            {"Comment": "all", "TimeoutSeconds": 60, "StartAt": "P", "States": {
              "P": {"Type": "Pass", "Next": "T"},
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "F", "Payload.$": "$"},
                    "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "JitterStrategy": "FULL"}, {"ErrorEquals": ["States.ALL"]}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}], "Next": "C"},
              "C": {"Type": "Choice", "Choices": [{"And": [{"Variable": "$.a", "IsPresent": true}, {"Variable": "$.a", "NumericGreaterThanPath": "$.b"}], "Next": "W"}], "Default": "M"},
              "W": {"Type": "Wait", "SecondsPath": "$.s", "Next": "M"},
              "M": {"Type": "Map", "Iterator": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}, "Next": "Par"},
              "Par": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}], "Next": "S"},
              "S": {"Type": "Succeed"},
              "F": {"Type": "Fail", "Error": "E"}}}
            """#)
        #expect(definition.states.count == 8)
        #expect(definition.timeoutSeconds == 60)
    }
}
