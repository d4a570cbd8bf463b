import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
@testable import LocalHarness

/// The `mediagen-local` executable itself: invoke, token, start.
@Suite("mediagen-local command line", .serialized)
struct CommandLineTests {
    static let binary = TestBootstrap.url.deletingLastPathComponent().appendingPathComponent("mediagen-local")
    static let template = RepositoryPathsForHarness.fixtureTemplate("echo.yaml").path
    static let buildFolder = TestBootstrap.url.deletingLastPathComponent().path

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
    }

    static var common: [String] { ["--template", template, "--bootstrap-dir", buildFolder] }

    @Test("demo runs the Subtitle job on the shipped sample and prints its steps, outputs and first cues")
    func demo() throws {
        let log = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("mgl-demo-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = [
            "demo", "--template", RepositoryPathsForHarness.template.path, "--bootstrap-dir", Self.buildFolder,
            "--key-dir", NSTemporaryDirectory() + "mgl-keys", "--python", RepositoryPaths.python.path,
            "--moto-script", RepositoryPaths.root.appendingPathComponent("scripts/moto_server.py").path,
            "--sample", RepositoryPaths.root.appendingPathComponent("samples/subtitle/festival-intro.transcript.txt").path, "--languages", "fr,ja",
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: log)  // function logs: a file, so no pipe can fill up
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stdout)\n\((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        #expect(stdout.contains("POST /subtitles → 202"))
        #expect(stdout.contains("SUCCEEDED segment"))
        #expect(stdout.contains("job SUCCEEDED (progress 100%)"))
        for output in ["srt:en", "vtt:en", "srt:fr", "vtt:ja"] { #expect(stdout.contains(output)) }
        #expect(stdout.contains("Good evening"))
    }

    @Test("invoke prints the function's result on standard output and its START/END/REPORT lines on standard error")
    func invokeSuccess() throws {
        let run = try Self.run(["invoke", "EchoFunction", "--event", "-"] + Self.common + ["--key-dir", NSTemporaryDirectory() + "mgl-keys"], stdin: #"{"action":"echo","payload":"pong"}"#)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "pong\n")
        #expect(run.stderr.contains("START RequestId:"))
        #expect(run.stderr.contains("REPORT RequestId:"))
        #expect(run.stderr.contains("Init Duration:"))
    }

    @Test("invoke exits 1 with the error document when the function throws")
    func invokeFailure() throws {
        let run = try Self.run(["invoke", "EchoFunction", "--event", "-"] + Self.common + ["--key-dir", NSTemporaryDirectory() + "mgl-keys"], stdin: #"{"action":"fail"}"#)
        #expect(run.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(document?["errorType"] as? String == "Failure")
        #expect(document?["errorMessage"] as? String == "failed on purpose")
    }

    @Test("invoke refuses an unknown function, an event that is not JSON and a missing template, naming each")
    func invokeBadInput() throws {
        let unknown = try Self.run(["invoke", "NoSuchFunction"] + Self.common + ["--key-dir", NSTemporaryDirectory() + "mgl-keys"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no function NoSuchFunction in the template; it has EchoFunction"))
        let notJSON = try Self.run(["invoke", "EchoFunction", "--event", "-"] + Self.common, stdin: "{not json")
        #expect(notJSON.status != 0)
        #expect(notJSON.stderr.contains("--event -: not valid JSON"))
        let noTemplate = try Self.run(["invoke", "EchoFunction", "--template", "/nonexistent/template.yaml"])
        #expect(noTemplate.status != 0)
        #expect(noTemplate.stderr.contains("no template at /nonexistent/template.yaml"))
    }

    @Test("token mints a JWT the template's authorizer accepts with the key kept in --key-dir")
    func token() throws {
        let keys = FileManager.default.temporaryDirectory.appendingPathComponent("mgl-token-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: keys) }
        let run = try Self.run(["token", "--username", "dave", "--group", "admins", "--template", Self.template, "--key-dir", keys.path])
        #expect(run.status == 0, "\(run.stderr)")
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: URL(fileURLWithPath: Self.template)))
        let settings = try #require(application.authorizer)
        let authorizer = JWTAuthorizer(configuration: JWTAuthorizerConfiguration(
            issuer: settings.issuer, audiences: settings.audiences, keySet: try LocalSigningKey.loadOrCreate(in: keys).keySet()))
        let verified = try authorizer.verify(token: run.stdout.trimmingCharacters(in: .whitespacesAndNewlines), now: Date())
        #expect(verified.claims["cognito:username"] == .string("dave"))
        #expect(verified.claims["aud"] == .string("userpoolclientlocal"))
    }

    @Test("start serves the template's API until SIGTERM, then stops its functions and exits 0")
    func start() async throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["start", "--port", "0", "--lambda-port", "0", "--no-aws"] + Self.common + ["--key-dir", NSTemporaryDirectory() + "mgl-keys"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var api: String?
        var buffer = ""
        while api == nil {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            buffer += String(decoding: chunk, as: UTF8.self)
            if let line = buffer.split(separator: "\n").first(where: { $0.hasPrefix("mediagen-local ready ") }),
               let field = line.split(separator: " ").first(where: { $0.hasPrefix("api=") }) {
                api = String(field.dropFirst(4))
            }
        }
        let base = try #require(api, "no ready line in: \(buffer)")
        let (data, response) = try await URLSession.shared.data(from: URL(string: base + "/health")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 201)
        #expect(String(decoding: data, as: UTF8.self).contains("EchoFunction"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

/// `mediagen-local run`.
@Suite("mediagen-local run", .serialized)
struct RunCommandTests {
    @Test("run executes a state machine against the function processes, shows each state, and prints the output")
    func runSucceeds() throws {
        let run = try CommandLineTests.run(
            ["run", "EchoMachine", "--no-wait", "--no-aws", "--input", "-"] + CommandLineTests.common + ["--key-dir", NSTemporaryDirectory() + "mgl-keys"],
            stdin: #"{"variable": "GREETING", "names": ["GREETING"]}"#)
        #expect(run.status == 0, "\(run.stderr)")
        let output = try JSONValue(parsing: run.stdout)
        #expect(output["table"]?["value"] == ["GREETING": "hello"])
        #expect(run.stderr.contains("→ ReadGreeting (Task)"))
        #expect(run.stderr.contains("✓ EachName"))
        #expect(run.stderr.contains("✗ Failure"))
        #expect(run.stderr.contains("SUCCEEDED"))
    }

    @Test("run exits 1 with the error and cause of a failed execution, and names an unknown state machine")
    func runFails() throws {
        let failed = try CommandLineTests.run(
            ["run", "EchoMachine", "--no-wait", "--no-aws", "--input", "-"] + CommandLineTests.common + ["--key-dir", NSTemporaryDirectory() + "mgl-keys"],
            stdin: #"{"variable": "GREETING", "names": 7}"#)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("FAILED States.Runtime"))
        let unknown = try CommandLineTests.run(["run", "Nope", "--no-aws"] + CommandLineTests.common + ["--key-dir", NSTemporaryDirectory() + "mgl-keys"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no state machine Nope in the template; it has EchoMachine"))
    }
}

/// `mediagen-local generate-event`.
@Suite("mediagen-local generate-event", .serialized)
struct GenerateEventCommandTests {
    @Test("a generated API Gateway event, saved and invoked, reaches the function as its route")
    func generateThenInvoke() throws {
        let generated = try CommandLineTests.run(["generate-event", "apigw-v2", "--set", "method=GET", "--set", "path=/items/9"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("event-\(UUID().uuidString).json")
        try Data(generated.stdout.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let invoked = try CommandLineTests.run(["invoke", "EchoFunction", "--event", file.path] + CommandLineTests.common + ["--key-dir", NSTemporaryDirectory() + "mgl-keys"])
        #expect(invoked.status == 0, "\(invoked.stderr)")
        let response = try JSONValue(parsing: invoked.stdout)
        #expect(response["statusCode"] == 201)
        let seen = try JSONValue(parsing: response["body"]?.stringValue ?? "")
        #expect(seen["rawPath"] == "/items/9")
    }

    @Test("an unknown kind or option is refused, naming it")
    func badInput() throws {
        let kind = try CommandLineTests.run(["generate-event", "kafka"])
        #expect(kind.status != 0)
        #expect(kind.stderr.contains("unknown event kind kafka"))
        let option = try CommandLineTests.run(["generate-event", "sqs", "--set", "colour=red"])
        #expect(option.status != 0)
        #expect(option.stderr.contains("colour"))
    }
}
