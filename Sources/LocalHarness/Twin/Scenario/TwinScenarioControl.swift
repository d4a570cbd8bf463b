import Foundation

/// The twin's scenario endpoint, for tests and scripts driving a running `mediagen-local`:
/// `PUT /_mediagen/scenario` (JSON or YAML body) replaces the scenario, `DELETE` clears it, `GET` shows the
/// rule count and every rule applied so far. Unsigned: it is a local control, not an AWS API.
enum TwinScenarioControl {
    static let prefix = "/_mediagen/"
    static let path = "/_mediagen/scenario"

    static func handle(_ request: TwinRequest, book: TwinScenarioBook) async -> TwinResponse {
        guard request.path == path else {
            return problem("NotFound", "The twin's control endpoint is \(path)", status: 404)
        }
        switch request.method.uppercased() {
        case "PUT", "POST":
            do {
                let scenario = try TwinScenario(text: String(decoding: request.body, as: UTF8.self))
                await book.set(scenario)
                return answer(["rules": .int(scenario.rules.count)])
            } catch {
                return problem("InvalidScenario", error.description, status: 400)
            }
        case "DELETE":
            await book.set(TwinScenario())
            return answer(["rules": 0])
        case "GET":
            let applied = await book.applied.map { application -> JSONValue in
                ["rule": .int(application.rule), "service": .string(application.service), "path": .string(application.path),
                 "operation": application.operation.map(JSONValue.string) ?? .null, "call": .int(application.call)]
            }
            return answer(["rules": .int(await book.scenario.rules.count), "applied": .array(applied)])
        default:
            return problem("MethodNotAllowed", "Use GET, PUT or DELETE on \(path)", status: 405)
        }
    }

    private static func answer(_ value: JSONValue) -> TwinResponse {
        TwinResponse(status: 200, headers: [("Content-Type", "application/json")], body: value.serializedData())
    }

    private static func problem(_ code: String, _ message: String, status: Int) -> TwinResponse {
        TwinResponse(status: status, headers: [("Content-Type", "application/json")],
                     body: JSONValue.object(["error": ["code": .string(code), "message": .string(message)]]).serializedData())
    }
}
