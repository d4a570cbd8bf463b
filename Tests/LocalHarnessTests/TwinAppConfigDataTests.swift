import AWSClients
import AWSCore
import Foundation
import Testing
@testable import LocalHarness

/// AppConfig Data on the twin through our client and poller, over a temporary configuration directory.
@Suite("Local twin: AppConfig Data", .serialized)
struct TwinAppConfigDataTests {
    struct Context {
        var client: AppConfigDataClient
        var clock: TwinTestClock
        var directory: URL
        var port: Int

        func write(_ text: String, profile: String = "features", suffix: String = "json") throws {
            let folder = directory.appendingPathComponent("mediagen/local")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(profile).\(suffix)"))
        }
    }

    static func withTwin(_ body: (Context) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("twin-appconfig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let clock = TwinTestClock()
        let server = TwinServer(services: [TwinAppConfigData(directory: directory, now: { clock.now })],
                                verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]), forwarder: nil)
        let running = try await server.start()
        do {
            try await body(Context(client: try AppConfigDataClient(TwinTests.configuration(port: running.port)), clock: clock, directory: directory, port: running.port))
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    static let session = StartConfigurationSessionInput(applicationIdentifier: "mediagen", environmentIdentifier: "local", configurationProfileIdentifier: "features")

    @Test("the first poll returns the file with its content type; the next is empty while unchanged; a change comes through")
    func polling() async throws {
        try await Self.withTwin { context in
            try context.write(#"{"dubbing": true}"#)
            let token = try await context.client.startConfigurationSession(Self.session)
            let first = try await context.client.getLatestConfiguration(token: token)
            #expect(String(decoding: first.configuration, as: UTF8.self) == #"{"dubbing": true}"#)
            #expect(first.contentType == "application/json")
            #expect(first.nextPollIntervalInSeconds == 60)
            #expect(first.versionLabel?.hasPrefix("local-") == true)
            let second = try await context.client.getLatestConfiguration(token: try #require(first.nextPollConfigurationToken))
            #expect(second.configuration.isEmpty)
            #expect(second.versionLabel == nil)
            try context.write(#"{"dubbing": false}"#)
            let third = try await context.client.getLatestConfiguration(token: try #require(second.nextPollConfigurationToken))
            #expect(String(decoding: third.configuration, as: UTF8.self) == #"{"dubbing": false}"#)
            #expect(third.versionLabel != first.versionLabel)
        }
    }

    @Test("AppConfigPoller keeps the last configuration across unchanged polls; YAML and text profiles get their content types")
    func poller() async throws {
        try await Self.withTwin { context in
            try context.write("ads:\n  pacing: even\n", profile: "ads", suffix: "yaml")
            let poller = AppConfigPoller(client: context.client, session: StartConfigurationSessionInput(
                applicationIdentifier: "mediagen", environmentIdentifier: "local", configurationProfileIdentifier: "ads"))
            let first = try await poller.latest()
            let second = try await poller.latest()
            #expect(first.contentType == "application/x-yaml")
            #expect(second.configuration == first.configuration)
            #expect(!second.configuration.isEmpty)
        }
    }

    @Test("a session with a minimum poll interval may not poll sooner; tokens expire after 24 hours")
    func intervalsAndExpiry() async throws {
        try await Self.withTwin { context in
            try context.write("{}")
            var input = Self.session
            input.requiredMinimumPollIntervalInSeconds = 30
            let first = try await context.client.getLatestConfiguration(token: try await context.client.startConfigurationSession(input))
            #expect(first.nextPollIntervalInSeconds == 30)
            let next = try #require(first.nextPollConfigurationToken)
            do {
                _ = try await context.client.getLatestConfiguration(token: next)
                Issue.record("expected PollIntervalNotSatisfied")
            } catch let error as AWSServiceError {
                #expect(error.code == "BadRequestException")
                #expect(error.statusCode == 400)
            }
            context.clock.advance(30)
            let later = try await context.client.getLatestConfiguration(token: next)
            #expect(later.configuration.isEmpty)
            context.clock.advance(86_401)
            do {
                _ = try await context.client.getLatestConfiguration(token: try #require(later.nextPollConfigurationToken))
                Issue.record("expected an expired token")
            } catch let error as AWSServiceError {
                #expect(error.code == "BadRequestException")
                #expect(error.message.contains("expired"))
            }
        }
    }

    @Test("an unknown application, environment or profile is ResourceNotFoundException (404); a wrong secret is InvalidSignatureException")
    func errors() async throws {
        try await Self.withTwin { context in
            try context.write("{}")
            for (application, environment, profile) in [("other", "local", "features"), ("mediagen", "prod", "features"), ("mediagen", "local", "missing"), ("..", "local", "features")] {
                do {
                    _ = try await context.client.startConfigurationSession(StartConfigurationSessionInput(
                        applicationIdentifier: application, environmentIdentifier: environment, configurationProfileIdentifier: profile))
                    Issue.record("expected ResourceNotFoundException for \(application)/\(environment)/\(profile)")
                } catch let error as AWSServiceError {
                    #expect(error.code == "ResourceNotFoundException")
                    #expect(error.statusCode == 404)
                }
            }
            do {
                _ = try await context.client.getLatestConfiguration(token: "forged")
                Issue.record("expected BadRequestException")
            } catch let error as AWSServiceError {
                #expect(error.code == "BadRequestException")
            }
            let wrong = try AppConfigDataClient(TwinTests.configuration(port: context.port, secret: "not-the-secret"))
            do {
                _ = try await wrong.startConfigurationSession(Self.session)
                Issue.record("expected InvalidSignatureException")
            } catch let error as AWSServiceError {
                #expect(error.code == "InvalidSignatureException")
                #expect(error.statusCode == 403)
            }
        }
    }
}
