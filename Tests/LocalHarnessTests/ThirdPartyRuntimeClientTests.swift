import Foundation
import NIOCore
import Testing
import TestSupport
@testable import LocalHarness

/// Amazon's Python runtime interface client (awslambdaric, pinned in requirements-dev.txt) runs handlers
/// from `Tests/Support/ric_handler.py` against the emulator's runtime API: evidence that a runtime we did
/// not write agrees with our reading of the API.
@Suite("Third-party runtime client: awslambdaric", .serialized)
struct ThirdPartyRuntimeClientTests {
    static func function(_ name: String, handler: String, dedicatedPort: Bool) -> FunctionConfiguration {
        FunctionConfiguration(
            name: name,
            bootstrap: RepositoryPaths.support("ric_bootstrap.sh"),
            environment: ["MEDIAGEN_PYTHON": RepositoryPaths.python.path],
            timeout: .seconds(10),
            initTimeout: .seconds(20),
            memorySize: 256,
            handler: handler,
            maximumConcurrency: 2,
            dedicatedRuntimeAPIPort: dedicatedPort
        )
    }

    static func object(_ result: InvocationResult?) throws -> [String: Any] {
        let body = try #require(result).body
        return try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])
    }

    @Test(
        "a Python handler answers with values computed from its event and the context awslambdaric built",
        arguments: [false, true]
    )
    func success(dedicatedPort: Bool) async throws {
        try await TestHarness.with([Self.function("PyAdd", handler: "ric_handler.handler", dedicatedPort: dedicatedPort)]) { harness in
            let outcome = try await harness.invoke(#"{"numbers": [4, 5, 33]}"#, function: "PyAdd")
            #expect(outcome.result?.error == nil, "\(outcome.result?.text ?? "")")
            let answer = try Self.object(outcome.result)
            #expect(answer["sum"] as? Int == 42)
            #expect(answer["count"] as? Int == 3)
            #expect(answer["functionName"] as? String == "PyAdd")
            #expect(answer["requestId"] as? String == outcome.report?.requestID)
            #expect(answer["invokedFunctionArn"] as? String == "arn:aws:lambda:us-east-1:000000000000:function:PyAdd")
            #expect(answer["memoryLimitInMB"] as? Int == 256)
            let remaining = try #require(answer["remainingMs"] as? Int)
            #expect(remaining > 0 && remaining <= 10_000)
            let runtimeAPI = try #require(answer["runtimeAPI"] as? String)
            if dedicatedPort {
                // A bare host:port, as Lambda gives, on a port that is not the shared server's.
                let port = try #require(Int(runtimeAPI.dropFirst("127.0.0.1:".count)))
                #expect(runtimeAPI.hasPrefix("127.0.0.1:") && port > 0 && port != harness.server.port && port != harness.server.runtimeAPIPort)
            } else {
                #expect(runtimeAPI == "127.0.0.1:\(harness.server.runtimeAPIPort)/fn/PyAdd/0")
            }

            // The same process serves the next invocation, with its own request id.
            let second = try await harness.invoke(#"{"numbers": [1]}"#, function: "PyAdd")
            let again = try Self.object(second.result)
            #expect(again["sum"] as? Int == 1)
            #expect(again["requestId"] as? String != answer["requestId"] as? String)
            #expect(second.report?.initDuration == nil)
        }
    }

    @Test(
        "a Python exception comes back as a function error typed with the exception's class name",
        arguments: [false, true]
    )
    func exception(dedicatedPort: Bool) async throws {
        try await TestHarness.with([Self.function("PyFail", handler: "ric_handler.fail", dedicatedPort: dedicatedPort)]) { harness in
            let outcome = try await harness.invoke(#"{"numbers": [1, 2]}"#, function: "PyFail")
            let error = try #require(outcome.result?.error)
            #expect(error.errorType == "NumbersError")
            let document = try Self.object(outcome.result)
            #expect(document["errorType"] as? String == "NumbersError")
            #expect(document["errorMessage"] as? String == "cannot add [1, 2]")
            #expect((document["stackTrace"] as? [Any])?.isEmpty == false)

            // Through the Invoke API the same error carries X-Amz-Function-Error.
            let (response, body) = try await harness.http(
                "POST", "/2015-03-31/functions/PyFail/invocations", body: Data(#"{"numbers": []}"#.utf8)
            )
            #expect(response.statusCode == 200)
            #expect(response.value(forHTTPHeaderField: "X-Amz-Function-Error") == "Unhandled")
            let viaHTTP = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            #expect(viaHTTP?["errorType"] as? String == "NumbersError")
            #expect(viaHTTP?["errorMessage"] as? String == "cannot add []")
        }
    }

    @Test("on a port of its own, a handler awslambdaric cannot find is reported as its init error, Runtime.HandlerNotFound")
    func initError() async throws {
        try await TestHarness.with([Self.function("PyMissing", handler: "ric_handler.nowhere", dedicatedPort: true)]) { harness in
            let outcome = try await harness.invoke(#"{"numbers": [1]}"#, function: "PyMissing")
            let error = try #require(outcome.result?.error)
            #expect(error.errorType == "Runtime.HandlerNotFound", "\(outcome.result?.text ?? "")")
            let document = try Self.object(outcome.result)
            #expect((document["errorMessage"] as? String)?.contains("nowhere") == true)
        }
    }

    @Test("under a path prefix awslambdaric cannot post its init error, so the crash is all the emulator sees")
    func initErrorUnderPrefix() async throws {
        // awslambdaric posts init errors with Python's http.client, which rejects "127.0.0.1:<port>/fn/…" as a
        // host; this is why FunctionConfiguration.dedicatedRuntimeAPIPort exists.
        try await TestHarness.with([Self.function("PyMissing", handler: "ric_handler.nowhere", dedicatedPort: false)]) { harness in
            let outcome = try await harness.invoke(#"{"numbers": [1]}"#, function: "PyMissing")
            #expect(outcome.result?.error?.errorType == "Runtime.ExitError", "\(outcome.result?.text ?? "")")
        }
    }
}
