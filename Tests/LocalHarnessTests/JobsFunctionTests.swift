import AWSClients
import AWSCore
import Foundation
import HandlerKit
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
@testable import LocalHarness

/// The real JobsFunction bootstrap under mediagen-local, from Infrastructure/template.yaml, with moto and the twin:
/// the JWT gateway, the Jobs table and the uploads bucket the platform creates.
@Suite("Jobs function end to end", .serialized)
struct JobsFunctionTests {
    @Test("a signed-in caller gets an upload URL that takes the file, sees only their own jobs, and bad input is a 4xx naming the field")
    func jobsAndUploads() async throws {
        let template = RepositoryPathsForHarness.template
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: template))
        let key = try LocalSigningKey.generate()
        let platform = try await LocalPlatform.start(
            application: application, locator: BootstrapLocator(folders: [TestBootstrap.url.deletingLastPathComponent()]), signingKey: key,
            options: LocalPlatform.Options(templateDirectory: template.deletingLastPathComponent(),
                                           aws: LocalAWS.Options(python: RepositoryPaths.python, motoScript: RepositoryPaths.root.appendingPathComponent("scripts/moto_server.py"))))
        do {
            let aws = try #require(platform.aws)
            let token = try LocalPlatform.mintToken(application: application, signingKey: key, request: TokenRequest(subject: "user-ana", username: "ana"))
            func call(_ method: String, _ path: String, body: String? = nil, signedIn: Bool = true) async throws -> (Int, JSONValue) {
                var request = URLRequest(url: URL(string: "http://127.0.0.1:\(platform.gatewayServer.port)\(path)")!)
                request.httpMethod = method
                request.httpBody = body.map { Data($0.utf8) }
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                if signedIn { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
                let (data, response) = try await URLSession.shared.data(for: request)
                return ((response as! HTTPURLResponse).statusCode, (try? JSONValue(parsing: data)) ?? .null)
            }

            let (created, upload) = try await call("POST", "/uploads", body: #"{"fileName":"clip.mp4","contentType":"video/mp4","size":64}"#)
            #expect(created == 201)
            let uploadKey = try #require(upload["key"]?.stringValue)
            #expect(uploadKey.hasPrefix("uploads/user-ana/"))
            var put = URLRequest(url: try #require(upload["uploadUrl"]?.stringValue.flatMap(URL.init(string:))))
            put.httpMethod = "PUT"
            put.setValue("video/mp4", forHTTPHeaderField: "Content-Type")
            put.httpBody = Data(count: 64)
            let (_, putResponse) = try await URLSession.shared.data(for: put)
            #expect((putResponse as? HTTPURLResponse)?.statusCode == 200)

            let configuration = aws.clientConfiguration()
            let uploads = try #require(aws.provisioned.first { $0.logicalId == "UploadsBucket" }?.name)
            #expect(try await S3Client(configuration).getObject(bucket: uploads, key: uploadKey).body.count == 64)

            let table = try #require(aws.provisioned.first { $0.logicalId == "JobsTable" }?.name)
            let store = DynamoDBJobStore(dynamodb: try DynamoDBClient(configuration), tableName: table)
            let mine = "job-" + String(repeating: "a", count: 32), theirs = "job-" + String(repeating: "b", count: 32)
            try await store.create(JobRecord(id: mine, useCase: "Subtitle", owner: "user-ana", createdAt: Date()))
            try await store.create(JobRecord(id: theirs, useCase: "Subtitle", owner: "user-ben", createdAt: Date()))
            let (shown, job) = try await call("GET", "/jobs/\(mine)")
            #expect(shown == 200 && job["jobId"]?.stringValue == mine && job["status"] == "QUEUED")
            #expect(try await call("GET", "/jobs/\(theirs)").0 == 404)
            let (listed, list) = try await call("GET", "/jobs")
            #expect(listed == 200 && list["jobs"]?.arrayValue?.compactMap { $0["jobId"]?.stringValue } == [mine])
            #expect(try await call("GET", "/jobs", signedIn: false).0 == 401)
            let (refused, problem) = try await call("POST", "/uploads", body: #"{"fileName":"clip.mp4","contentType":"video/mp4"}"#)
            #expect(refused == 400 && problem["error"]?["message"]?.stringValue?.contains("size") == true)
        } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
    }
}
