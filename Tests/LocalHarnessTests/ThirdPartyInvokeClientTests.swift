import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// boto3's Lambda client (`Tests/Support/boto3_invoke.py`) invokes functions through the emulator's Invoke
/// API: botocore's own parser decides whether our answers look like Lambda's.
@Suite("Third-party invoke client: boto3", .serialized)
struct ThirdPartyInvokeClientTests {
    /// One boto3 `invoke` call's outcome as the script reports it.
    struct Call: Decodable {
        struct ClientError: Decodable {
            var code: String?
            var message: String?
            var status: Int?
            var exception: String
        }

        var id: String
        var status: Int?
        var payload: String?
        var functionError: String?
        var executedVersion: String?
        var logResult: String?
        var requestId: String?
        var error: ClientError?
    }

    /// Runs `calls` (id → Invoke keyword arguments) through boto3 against `harness`.
    static func invoke(_ harness: TestHarness, _ calls: [(String, [String: Any])]) async throws -> [String: Call] {
        let request: [String: Any] = [
            "endpoint": "http://127.0.0.1:\(harness.server.port)",
            "calls": calls.map { ["id": $0.0, "params": $0.1] },
        ]
        let input = try JSONSerialization.data(withJSONObject: request)
        // PythonOracle blocks its thread until the script exits; the script needs the emulator, which runs on
        // the cooperative pool, so block a Dispatch thread instead of one of the pool's few.
        let output = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data, any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try PythonOracle.run("boto3_invoke.py", input: input) })
            }
        }
        let results = try JSONDecoder().decode([Call].self, from: output)
        return Dictionary(uniqueKeysWithValues: results.map { ($0.id, $0) })
    }

    /// One boto3 process for every call (creating a boto3 client costs ~0.4 s of CPU, which timing tests
    /// running alongside feel on a small machine).
    @Test("boto3 reads back each invocation type, Lambda's errors and the LogType=Tail log as from Lambda")
    func invoke() async throws {
        let functions = [
            TestBootstrap.function(),
            ThirdPartyRuntimeClientTests.function("PyAdd", handler: "ric_handler.handler", dedicatedPort: true),
            ThirdPartyRuntimeClientTests.function("PyChatty", handler: "ric_handler.chatty", dedicatedPort: true),
        ]
        try await TestHarness.with(functions) { harness in
            let results = try await Self.invoke(harness, [
                ("echo", ["FunctionName": "Echo", "Payload": #"{"action":"echo","payload":"from boto3"}"#]),
                ("arn", [
                    "FunctionName": "arn:aws:lambda:us-east-1:000000000000:function:Echo", "Qualifier": "$LATEST",
                    "Payload": #"{"action":"echo","payload":"by ARN"}"#,
                ]),
                ("fail", ["FunctionName": "Echo", "Payload": #"{"action":"fail"}"#]),
                ("event", ["FunctionName": "Echo", "InvocationType": "Event", "Payload": #"{"action":"echo"}"#]),
                ("dry", ["FunctionName": "Echo", "InvocationType": "DryRun", "Payload": "{}"]),
                ("missing", ["FunctionName": "Missing", "Payload": "{}"]),
                ("text", ["FunctionName": "Echo", "Payload": "not json"]),
                ("string", ["FunctionName": "Echo", "Payload": #""just a string""#]),
                ("tail", ["FunctionName": "PyAdd", "LogType": "Tail", "Payload": #"{"numbers": [20, 22]}"#]),
                ("none", ["FunctionName": "PyAdd", "LogType": "None", "Payload": #"{"numbers": [1]}"#]),
                ("long", ["FunctionName": "PyChatty", "LogType": "Tail", "Payload": #"{"lines": 100}"#]),
            ])
            try Self.checkInvocationTypes(results)
            try Self.checkRefusals(results)
            try Self.checkLogTail(results)
        }
    }

    /// RequestResponse (by name and by ARN), a function error, Event and DryRun.
    static func checkInvocationTypes(_ results: [String: Call]) throws {
        let echo = try #require(results["echo"])
        #expect(echo.status == 200)
        #expect(echo.payload == "from boto3")
        #expect(echo.executedVersion == "$LATEST")
        #expect(echo.functionError == nil)
        #expect(echo.requestId?.isEmpty == false)

        #expect(results["arn"]?.payload == "by ARN")

        let fail = try #require(results["fail"])
        #expect(fail.status == 200)
        #expect(fail.functionError == "Unhandled")
        let error = try JSONSerialization.jsonObject(with: Data((fail.payload ?? "").utf8)) as? [String: Any]
        #expect((error?["errorMessage"] as? String)?.contains("failed on purpose") == true)
        #expect((error?["errorType"] as? String)?.isEmpty == false)

        #expect(results["event"]?.status == 202)
        #expect(results["event"]?.payload == "")
        #expect(results["event"]?.functionError == nil)
        #expect(results["dry"]?.status == 204)
    }

    /// A missing function is ResourceNotFoundException; a payload that is not JSON is
    /// InvalidRequestContentException, while a JSON string reaches the function.
    static func checkRefusals(_ results: [String: Call]) throws {
        let missing = try #require(results["missing"]?.error)
        #expect(missing.exception == "ResourceNotFoundException")
        #expect(missing.code == "ResourceNotFoundException")
        #expect(missing.status == 404)
        #expect(missing.message == "Function not found: arn:aws:lambda:us-east-1:000000000000:function:Missing")

        let refused = try #require(results["text"]?.error)
        #expect(refused.exception == "InvalidRequestContentException")
        #expect(refused.status == 400)
        #expect(refused.message?.hasPrefix("Could not parse request body into json") == true)
        // The function ran and, expecting an object, failed on it.
        #expect(results["string"]?.status == 200)
        #expect(results["string"]?.functionError == "Unhandled")
    }

    /// LogType=Tail: START, the function's output, END and REPORT, cut to the last 4 KB; nothing for None.
    static func checkLogTail(_ results: [String: Call]) throws {
        let tail = try #require(results["tail"])
        let requestID = try #require(tail.requestId)
        let lines = try #require(tail.logResult).split(separator: "\n").map(String.init)
        #expect(lines.first == "START RequestId: \(requestID) Version: $LATEST")
        #expect(lines.contains("adding [20, 22]"))
        #expect(lines.dropLast().last == "END RequestId: \(requestID)")
        #expect(lines.last?.hasPrefix("REPORT RequestId: \(requestID)\tDuration: ") == true)
        #expect(results["none"]?.logResult == nil)
        #expect(results["none"]?.payload?.contains(#""sum": 1"#) == true)

        let long = try #require(results["long"]?.logResult)
        #expect(long.utf8.count == 4096)
        #expect(long.contains("line 00099 ") && !long.contains("line 00000 "))
        #expect(long.hasSuffix("\n") && long.contains("\nEND RequestId: \(results["long"]?.requestId ?? "-")\nREPORT RequestId: "))
    }
}
