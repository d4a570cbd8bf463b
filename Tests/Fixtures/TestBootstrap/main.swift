// A function for the emulator tests, run as a real bootstrap under mediagen-local's runtime API.
// Its event chooses what it does: {"action": "echo" | "fail" | "crash" | "sleep" | "big" | "env", "seconds": n};
// an API Gateway payload 2.0 event (it has a `routeKey`) is answered with what the function saw of it.
import Foundation
import LambdaRuntime

struct Command: Decodable, Sendable {
    var action: String
    var seconds: Double?
    var payload: String?
    var name: String?
}

struct Failure: Error, CustomStringConvertible {
    var description: String
}

/// What the function saw of an HTTP API request, sent back as the response body.
func gatewayEcho(_ event: Data) throws -> Data {
    guard let object = try JSONSerialization.jsonObject(with: event) as? [String: Any] else { throw Failure(description: "not an object") }
    let context = object["requestContext"] as? [String: Any]
    let jwt = (context?["authorizer"] as? [String: Any])?["jwt"] as? [String: Any]
    let seen: [String: Any] = [
        "routeKey": object["routeKey"] ?? NSNull(),
        "rawPath": object["rawPath"] ?? NSNull(),
        "pathParameters": object["pathParameters"] ?? NSNull(),
        "queryStringParameters": object["queryStringParameters"] ?? NSNull(),
        "claims": jwt?["claims"] ?? NSNull(),
        "domainName": context?["domainName"] ?? NSNull(),
        "body": object["body"] ?? NSNull(),
        "function": ProcessInfo.processInfo.environment["AWS_LAMBDA_FUNCTION_NAME"] ?? "",
    ]
    let body = String(decoding: try JSONSerialization.data(withJSONObject: seen, options: [.sortedKeys]), as: UTF8.self)
    let response: [String: Any] = [
        "statusCode": 201, "headers": ["content-type": "application/json", "x-echo": "yes", "access-control-allow-origin": "*"], "body": body,
    ]
    return try JSONSerialization.data(withJSONObject: response, options: [.sortedKeys])
}

if ProcessInfo.processInfo.environment["TEST_BOOTSTRAP_INIT_FAIL"] == "1" {
    await LambdaRuntime.run(makeHandler: { _ -> LambdaClosureByteHandler in throw Failure(description: "init failed on purpose") })
} else {
    await LambdaRuntime.run(rawHandler: { event, _ in
        if let object = try? JSONSerialization.jsonObject(with: event) as? [String: Any], object["routeKey"] != nil {
            return try gatewayEcho(event)
        }
        let command = try JSONDecoder().decode(Command.self, from: event)
        switch command.action {
        case "fail": throw Failure(description: "failed on purpose")
        case "crash": exit(3)
        case "sleep":
            try await Task.sleep(for: .seconds(command.seconds ?? 1))
            return event
        case "big": return Data(repeating: UInt8(ascii: "x"), count: 7 * 1024 * 1024)
        case "env":
            let value = ProcessInfo.processInfo.environment[command.name ?? ""] ?? ""
            return try JSONEncoder().encode([command.name ?? "": value])
        default: return Data((command.payload ?? "ok").utf8)
        }
    })
}
