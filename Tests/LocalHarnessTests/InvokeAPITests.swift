import Foundation
import Testing
import TestSupport
@testable import LocalHarness

@Suite("Lambda Invoke API", .serialized)
struct InvokeAPITests {
    let path = "/2015-03-31/functions/Echo/invocations"

    @Test("RequestResponse answers 200 with the body and X-Amz-Executed-Version")
    func requestResponse() async throws {
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let (response, body) = try await harness.http("POST", path, body: Data(#"{"action":"echo","payload":"hi"}"#.utf8))
            #expect(response.statusCode == 200)
            #expect(String(decoding: body, as: UTF8.self) == "hi")
            #expect(response.value(forHTTPHeaderField: "X-Amz-Executed-Version") == "$LATEST")
            #expect(response.value(forHTTPHeaderField: "X-Amz-Function-Error") == nil)
        }
    }

    @Test("a function error answers 200 with X-Amz-Function-Error: Unhandled and the error JSON")
    func functionError() async throws {
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let (response, body) = try await harness.http("POST", path, body: Data(#"{"action":"fail"}"#.utf8))
            #expect(response.statusCode == 200)
            #expect(response.value(forHTTPHeaderField: "X-Amz-Function-Error") == "Unhandled")
            let document = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            #expect((document?["errorType"] as? String)?.isEmpty == false)
            #expect((document?["errorMessage"] as? String)?.contains("failed on purpose") == true)
        }
    }

    @Test("an Event invocation answers 202 at once and still runs; DryRun answers 204")
    func eventAndDryRun() async throws {
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let (event, _) = try await harness.http(
                "POST", path, headers: ["X-Amz-Invocation-Type": "Event"], body: Data(#"{"action":"sleep","seconds":1}"#.utf8)
            )
            #expect(event.statusCode == 202)
            // Answered before the function finished its 1 s sleep: no REPORT yet.
            #expect(!harness.lines.lines.contains { $0.hasPrefix("REPORT") })
            let (dry, _) = try await harness.http("POST", path, headers: ["X-Amz-Invocation-Type": "DryRun"], body: Data("{}".utf8))
            #expect(dry.statusCode == 204)
            for _ in 0..<40 where !harness.lines.lines.contains(where: { $0.hasPrefix("REPORT") }) {
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(harness.lines.lines.contains { $0.hasPrefix("REPORT") })
        }
    }

    @Test("an unknown function answers 404 ResourceNotFoundException in Lambda's error shape")
    func unknownFunction() async throws {
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let (response, body) = try await harness.http("POST", "/2015-03-31/functions/Nope/invocations", body: Data("{}".utf8))
            #expect(response.statusCode == 404)
            #expect(response.value(forHTTPHeaderField: "x-amzn-ErrorType") == "ResourceNotFoundException")
            let document = try JSONSerialization.jsonObject(with: body) as? [String: String]
            #expect(document?["Type"] == "User")
            #expect(document?["Message"]?.hasPrefix("Function not found: ") == true)
        }
    }

    @Test("a request over 6 MB answers 413 RequestEntityTooLargeException")
    func oversizeRequest() async throws {
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let big = Data(repeating: 0x20, count: FunctionError.maximumPayloadSize + 1)
            let (response, _) = try await harness.http("POST", path, body: big)
            #expect(response.statusCode == 413)
            #expect(response.value(forHTTPHeaderField: "x-amzn-ErrorType") == "RequestEntityTooLargeException")
        }
    }

    @Test("boto3's Lambda client invokes a local function and decodes a missing one as ResourceNotFoundException")
    func boto3() async throws {
        let python = RepositoryPaths.python
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("no Python at \(python.path); set MEDIAGEN_PYTHON")
            return
        }
        try await TestHarness.with([TestBootstrap.function()]) { harness in
            let script = """
            import json, sys, boto3
            c = boto3.client("lambda", endpoint_url=sys.argv[1], region_name="us-east-1",
                             aws_access_key_id="test", aws_secret_access_key="test")
            ok = c.invoke(FunctionName="Echo", Payload=json.dumps({"action": "echo", "payload": "from boto3"}))
            failed = c.invoke(FunctionName="Echo", Payload=b'{"action":"fail"}')
            try:
                c.invoke(FunctionName="Missing", Payload=b"{}")
                missing = "no error"
            except c.exceptions.ResourceNotFoundException as e:
                missing = "ResourceNotFoundException: " + e.response["Error"]["Message"]
            print(json.dumps({"status": ok["StatusCode"], "body": ok["Payload"].read().decode(),
                              "version": ok["ExecutedVersion"], "functionError": failed.get("FunctionError"),
                              "missing": missing}))
            """
            // boto3 blocks until the emulator answers, and the emulator runs on the cooperative pool: wait for the
            // script on a Dispatch thread, never on one of the pool's few.
            let endpoint = "http://127.0.0.1:\(harness.server.port)"
            let (status, data) = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(Int32, Data), any Error>) in
                DispatchQueue.global().async {
                    continuation.resume(with: Result {
                        let process = Process()
                        process.executableURL = python
                        process.arguments = ["-c", script, endpoint]
                        let output = Pipe()
                        process.standardOutput = output
                        try process.run()
                        let data = output.fileHandleForReading.readDataToEndOfFile()
                        process.waitUntilExit()
                        return (process.terminationStatus, data)
                    })
                }
            }
            #expect(status == 0)
            let result = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            #expect(result?["status"] as? Int == 200)
            #expect(result?["body"] as? String == "from boto3")
            #expect(result?["version"] as? String == "$LATEST")
            #expect(result?["functionError"] as? String == "Unhandled")
            #expect((result?["missing"] as? String)?.hasPrefix("ResourceNotFoundException: Function not found") == true)
        }
    }
}
