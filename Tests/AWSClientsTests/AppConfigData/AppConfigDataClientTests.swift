import AWSCore
import Foundation
import Synchronization
import Testing
@testable import AWSClients

/// Answers a session start, then each configuration in turn with the next token in a header.
final class AppConfigScript: HTTPTransport {
    private let state: Mutex<(configurations: [String], urls: [String])>
    init(configurations: [String]) { state = Mutex((configurations, [])) }
    var urls: [String] { state.withLock { $0.urls } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        state.withLock { state in
            state.urls.append(request.url)
            if request.method == "POST" {
                return HTTPResponse(status: 201, headers: ["Content-Type": "application/json"], body: Data(#"{"InitialConfigurationToken":"t0"}"#.utf8))
            }
            let n = state.urls.count - 1
            let body = state.configurations.isEmpty ? "" : state.configurations.removeFirst()
            return HTTPResponse(status: 200, headers: [
                "Next-Poll-Configuration-Token": "t\(n)", "Next-Poll-Interval-In-Seconds": "60",
                "Content-Type": "application/json", "Version-Label": "v\(n)",
            ], body: Data(body.utf8))
        }
    }
}

@Suite("AppConfigData client")
struct AppConfigDataClientTests {
    static func configuration(_ transport: some HTTPTransport) -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: transport, environment: [:])
    }

    @Test("GetLatestConfiguration takes the body as the configuration and the rest from headers")
    func decodes() async throws {
        let transport = MessagingStubTransport(HTTPResponse(status: 200, headers: [
            "Next-Poll-Configuration-Token": "next==", "Next-Poll-Interval-In-Seconds": "30",
            "Content-Type": "application/json", "Version-Label": "v7",
        ], body: Data(#"{"flags":{"dubbing":true}}"#.utf8)))
        let latest = try await AppConfigDataClient(transport.configuration).getLatestConfiguration(token: "tok+/=")
        #expect(latest == LatestConfiguration(
            configuration: Data(#"{"flags":{"dubbing":true}}"#.utf8), nextPollConfigurationToken: "next==",
            nextPollIntervalInSeconds: 30, contentType: "application/json", versionLabel: "v7"))
        #expect(transport.requests.first?.url == "https://appconfigdata.us-east-1.amazonaws.com/configuration?configuration_token=tok%2B%2F%3D")
    }

    @Test("an expired token surfaces as AWSServiceError BadRequestException")
    func serviceError() async throws {
        let transport = MessagingStubTransport(
            status: 400, headers: ["Content-Type": "application/json", "x-amzn-ErrorType": "BadRequestException"],
            body: #"{"Message":"Token expired","Reason":"InvalidParameters"}"#)
        do {
            _ = try await AppConfigDataClient(transport.configuration).getLatestConfiguration(token: "old")
            Issue.record("expected an error")
        } catch let error as AWSServiceError {
            #expect(error.code == "BadRequestException")
        }
    }

    @Test("the poller starts one session, follows the next token and keeps the configuration when nothing changed")
    func poller() async throws {
        let transport = AppConfigScript(configurations: [#"{"v":1}"#, "", #"{"v":2}"#])
        let poller = AppConfigPoller(
            client: try AppConfigDataClient(Self.configuration(transport)),
            session: StartConfigurationSessionInput(applicationIdentifier: "a", environmentIdentifier: "e", configurationProfileIdentifier: "p"))
        #expect(try await poller.latest().configuration == Data(#"{"v":1}"#.utf8))
        #expect(try await poller.latest().configuration == Data(#"{"v":1}"#.utf8))
        #expect(try await poller.latest().configuration == Data(#"{"v":2}"#.utf8))
        #expect(await poller.nextPollInterval == 60)
        #expect(transport.urls.filter { $0.hasSuffix("/configurationsessions") }.count == 1)
        #expect(transport.urls.dropFirst().map { $0.components(separatedBy: "=").last! } == ["t0", "t1", "t2"])
    }

    @Test("empty identifiers and a poll interval outside 15…86,400 s are refused before sending")
    func limits() async throws {
        let transport = MessagingStubTransport(body: "{}")
        let client = try AppConfigDataClient(transport.configuration)
        await #expect(throws: ClientInputError.missingField) {
            _ = try await client.startConfigurationSession(.init(applicationIdentifier: "", environmentIdentifier: "e", configurationProfileIdentifier: "p"))
        }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await client.startConfigurationSession(.init(
                applicationIdentifier: "a", environmentIdentifier: "e", configurationProfileIdentifier: "p", requiredMinimumPollIntervalInSeconds: 5))
        }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.getLatestConfiguration(token: "") }
        #expect(transport.requests.isEmpty)
    }
}
