// `make package-check`: proves a Lambda bundle runs as shipped. Unzips dist/HealthFunction.zip (or the zip given)
// into a temporary folder, starts its `bootstrap` under the emulator (LocalHarness) with that folder as task
// root, and invokes it with the API Gateway HTTP API (payload 2.0) event of `GET /health`; the function's
// answer must map to a 200 whose JSON body says `"status": "ok"` and names the function. Exits 1 otherwise.
import Foundation
import LocalHarness
import Logging
import NIOCore

struct CheckFailure: Error, CustomStringConvertible {
    let description: String
}

/// Unzips `archive` into a new temporary folder with /usr/bin/unzip (as Lambda unpacks into /var/task).
func unzip(_ archive: URL) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("package-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-q", archive.path, "-d", folder.path]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CheckFailure(description: "unzip \(archive.path) failed") }
    return folder
}

/// The payload-2.0 event API Gateway sends for `GET /health` on route `GET /health`.
func healthEvent() throws -> Data {
    let request = GatewayRequest(method: "GET", path: "/health", headers: [("Host", "localhost:3000"), ("User-Agent", "package-check")])
    guard let match = RouteTable(routes: [GatewayRoute(method: "GET", path: "/health")]).match(method: "GET", path: "/health") else {
        throw CheckFailure(description: "route table did not match GET /health")
    }
    let event = HTTPAPIEvent(request: request, match: match, authorizer: nil, context: GatewayEventContext(), requestId: UUID().uuidString, now: Date())
    return try event.jsonData()
}

func check(_ archive: URL) async throws {
    let folder = try unzip(archive)
    defer { try? FileManager.default.removeItem(at: folder) }
    let bootstrap = folder.appendingPathComponent("bootstrap")
    guard FileManager.default.isExecutableFile(atPath: bootstrap.path) else {
        throw CheckFailure(description: "\(archive.lastPathComponent) has no executable bootstrap at its root")
    }
    let bundled = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("lib").path)) ?? []
    let name = archive.deletingPathExtension().lastPathComponent
    let lambda = LocalLambda(log: { print($0) })
    await lambda.register(FunctionConfiguration(name: name, bootstrap: bootstrap, taskRoot: folder))
    var logger = Logger(label: "package-check")
    logger.logLevel = .warning
    let server = try await LambdaServer(lambda: lambda, logger: logger).start()
    let outcome: LocalLambda.Outcome
    do {
        outcome = try await lambda.invoke(name: name, payload: ByteBuffer(data: try healthEvent()))
    } catch {
        await server.stop()
        throw error
    }
    await server.stop()
    guard case .success(let payload)? = outcome.result else {
        throw CheckFailure(description: "\(name) failed: \(outcome.result.map { String(buffer: $0.body) } ?? "no result")")
    }
    let response = GatewayResponse(functionOutcome: .success(Data(buffer: payload)))
    let body = try JSONSerialization.jsonObject(with: response.body) as? [String: Any] ?? [:]
    guard response.status == 200, body["status"] as? String == "ok", body["function"] as? String == name else {
        throw CheckFailure(description: "\(name) answered \(response.status) \(String(decoding: response.body, as: UTF8.self))")
    }
    let initMilliseconds = outcome.report?.initDuration.map { Double($0.components.attoseconds) / 1e15 + Double($0.components.seconds) * 1000 }
    print("ok: \(archive.lastPathComponent) unzipped (bootstrap\(bundled.isEmpty ? "" : " + lib/\(bundled.sorted().joined(separator: ", "))")) "
        + "answered GET /health with 200 \(String(decoding: response.body, as: UTF8.self))"
        + (initMilliseconds.map { String(format: "; Init Duration %.2f ms", $0) } ?? ""))
}

let archives = CommandLine.arguments.dropFirst().map { URL(fileURLWithPath: $0) }
do {
    guard !archives.isEmpty else { throw CheckFailure(description: "usage: package-check <Function>.zip...") }
    for archive in archives { try await check(archive) }
} catch {
    print("package-check: \(error)")
    exit(1)
}
