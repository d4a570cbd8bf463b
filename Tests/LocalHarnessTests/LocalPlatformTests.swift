import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NIOCore
import Testing
@testable import LocalHarness

/// The platform started from a template: real function processes behind the HTTP API, over real HTTP.
@Suite("Local platform from a template", .serialized)
struct LocalPlatformTests {
    static func start() async throws -> (LocalPlatform, LocalSigningKey) {
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: RepositoryPathsForHarness.fixtureTemplate("echo.yaml")))
        let key = try LocalSigningKey.generate()
        let platform = try await LocalPlatform.start(
            application: application, locator: BootstrapLocator(folders: [TestBootstrap.url.deletingLastPathComponent()]),
            signingKey: key)
        return (platform, key)
    }

    static func with(_ body: (LocalPlatform, LocalSigningKey) async throws -> Void) async throws {
        let (platform, key) = try await start()
        do { try await body(platform, key) } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
    }

    static func http(_ platform: LocalPlatform, _ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) async throws -> (HTTPURLResponse, [String: Any]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(platform.gatewayServer.port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body.map { Data($0.utf8) }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let object = (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
        return (response as! HTTPURLResponse, object)
    }

    @Test("a public route goes through the gateway to the function process and its status, headers and body come back")
    func publicRoute() async throws {
        try await Self.with { platform, _ in
            let (response, seen) = try await Self.http(platform, "GET", "/health?probe=1")
            #expect(response.statusCode == 201)
            #expect(response.value(forHTTPHeaderField: "x-echo") == "yes")
            #expect(seen["routeKey"] as? String == "GET /health")
            #expect(seen["function"] as? String == "EchoFunction")
            #expect(seen["queryStringParameters"] as? [String: String] == ["probe": "1"])
            #expect(seen["domainName"] as? String == "127.0.0.1:\(platform.gatewayServer.port)")
        }
    }

    @Test("a JWT route answers 401 without a token and reaches the function with one minted for the template's pool and client")
    func jwtRoute() async throws {
        try await Self.with { platform, key in
            let (denied, body) = try await Self.http(platform, "GET", "/items/42")
            #expect(denied.statusCode == 401)
            #expect(body["message"] as? String == "Unauthorized")
            let token = try LocalPlatform.mintToken(
                application: platform.application, signingKey: key, request: TokenRequest(username: "carol", groups: ["editors"]))
            let (allowed, seen) = try await Self.http(platform, "POST", "/items", headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"], body: #"{"name":"x"}"#)
            #expect(allowed.statusCode == 201)
            #expect((seen["claims"] as? [String: Any])?["cognito:username"] as? String == "carol")
            #expect(seen["body"] as? String == #"{"name":"x"}"#)
            let (item, itemSeen) = try await Self.http(platform, "GET", "/items/42", headers: ["Authorization": token])
            #expect(item.statusCode == 201)
            #expect(itemSeen["pathParameters"] as? [String: String] == ["id": "42"])
        }
    }

    @Test("functions get the template's environment, with references resolved to local names")
    func environment() async throws {
        try await Self.with { platform, _ in
            for (name, expected) in [("ITEMS_TABLE", "mediagen-local-ItemsTable"), ("GREETING", "hello"), ("AWS_LAMBDA_FUNCTION_NAME", "EchoFunction")] {
                let outcome = try await platform.lambda.invoke(name: "EchoFunction", payload: ByteBuffer(string: #"{"action":"env","name":"\#(name)"}"#))
                guard case .success(let body)? = outcome.result else {
                    Issue.record("env \(name) failed")
                    continue
                }
                #expect(String(buffer: body) == #"{"\#(name)":"\#(expected)"}"#)
            }
        }
    }

    @Test("a function missing from the build folder stops the start with an error naming it and how to build it")
    func missingBootstrap() async throws {
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: RepositoryPathsForHarness.fixtureTemplate("echo.yaml")))
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
        do {
            _ = try await LocalPlatform.start(application: application, locator: BootstrapLocator(folders: [empty]), signingKey: try LocalSigningKey.generate())
            Issue.record("expected an error")
        } catch let error as PlatformError {
            #expect(error.message.hasPrefix("EchoFunction: no executable bootstrap at"))
            #expect(error.message.contains("swift build --product mediagen-test-bootstrap"))
        }
    }
}
