// A function for the emulator tests, run as a real bootstrap under mediagen-local's runtime API.
// Its event chooses what it does: {"action": "echo" | "fail" | "crash" | "sleep" | "big", "seconds": n}.
import Foundation
import LambdaRuntime

struct Command: Decodable, Sendable {
    var action: String
    var seconds: Double?
    var payload: String?
}

struct Failure: Error, CustomStringConvertible {
    var description: String
}

if ProcessInfo.processInfo.environment["TEST_BOOTSTRAP_INIT_FAIL"] == "1" {
    await LambdaRuntime.run(makeHandler: { _ -> LambdaClosureByteHandler in throw Failure(description: "init failed on purpose") })
} else {
    await LambdaRuntime.run(rawHandler: { event, _ in
        let command = try JSONDecoder().decode(Command.self, from: event)
        switch command.action {
        case "fail": throw Failure(description: "failed on purpose")
        case "crash": exit(3)
        case "sleep":
            try await Task.sleep(for: .seconds(command.seconds ?? 1))
            return event
        case "big": return Data(repeating: UInt8(ascii: "x"), count: 7 * 1024 * 1024)
        default: return Data((command.payload ?? "ok").utf8)
        }
    })
}
