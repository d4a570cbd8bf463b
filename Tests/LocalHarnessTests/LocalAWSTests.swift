import AWSClients
import AWSCore
import Foundation
import NIOCore
import Testing
import TestSupport
@testable import LocalHarness

/// The platform with its AWS: moto and the twin started, the template's resources created in moto, and the
/// functions pointed at the twin.
@Suite("Local platform with moto and the twin", .serialized)
struct LocalAWSTests {
    @Test("start creates the template's table in moto and gives the functions the twin as AWS_ENDPOINT_URL with moto's key")
    func provisionsAndPoints() async throws {
        let template = RepositoryPathsForHarness.fixtureTemplate("echo.yaml")
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: template))
        let options = LocalPlatform.Options(
            templateDirectory: template.deletingLastPathComponent(),
            aws: LocalAWS.Options(python: RepositoryPaths.python, motoScript: RepositoryPaths.root.appendingPathComponent("scripts/moto_server.py")))
        let platform = try await LocalPlatform.start(
            application: application, locator: BootstrapLocator(folders: [TestBootstrap.url.deletingLastPathComponent()]),
            signingKey: try LocalSigningKey.generate(), options: options)
        do {
            let aws = try #require(platform.aws)
            #expect(aws.provisioned.contains { $0.logicalId == "ItemsTable" && $0.problem == nil })
            let outcome = try await platform.lambda.invoke(name: "EchoFunction", payload: ByteBuffer(string: #"{"action":"env","name":"AWS_ENDPOINT_URL"}"#))
            guard case .success(let body)? = outcome.result else { throw CancellationError() }
            #expect(try JSONValue(parsing: Data(body.readableBytesView))["AWS_ENDPOINT_URL"] == .string(aws.endpoint))
            // Through the twin, with the functions' credentials, the table is there.
            let dynamodb = try DynamoDBClient(aws.clientConfiguration())
            let described = try await dynamodb.client.json("DescribeTable", input: ["TableName": JSON.string("mediagen-local-ItemsTable")] as JSON, as: JSON.self)
            #expect("\(described)".contains("mediagen-local-ItemsTable"))
        } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
    }
}

/// Every twin service at once, as `mediagen-local start` composes them, under boto3 (a third-party client).
@Suite("Twin: boto3 sweep of every service", .serialized)
struct TwinFullSweepTests {
    @Test("boto3 calls every operation of every service the twin serves, through LocalAWS, and botocore parses each answer")
    func everyService() async throws {
        let template = RepositoryPathsForHarness.fixtureTemplate("echo.yaml")
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: template))
        let resolver = application.resolver
        let aws = try await LocalAWS.start(
            LocalAWS.Options(python: RepositoryPaths.python, motoScript: RepositoryPaths.root.appendingPathComponent("scripts/moto_server.py")), resolver: resolver)
        do {
            let sweeps = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.root.appendingPathComponent("scripts/twin_sweep").path)
                .filter { $0.hasSuffix(".py") && $0 != "run.py" }.map { String($0.dropLast(3)) }.sorted()
            #expect(sweeps.count >= 11, "\(sweeps)")
            // LocalAWS serves AppConfig from `.mediagen/appconfig` under the working directory; the sweep writes its
            // configuration files there.
            let appConfig = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".mediagen/appconfig").path
            let output = try await TwinSweep.run(port: aws.twin.port, accessKey: aws.moto.connection.accessKeyId, secret: aws.moto.connection.secretAccessKey,
                                                 only: sweeps, environment: ["TWIN_APPCONFIG_DIR": appConfig])
            for service in sweeps { #expect(output.contains("ok \(service) "), "\(service): \(output)") }
        } catch {
            await aws.stop()
            throw error
        }
        await aws.stop()
    }
}
