import AWSClients
import AWSCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
@testable import LocalHarness

/// A use case under mediagen-local for end-to-end tests: the template's real bootstraps, state machines, moto
/// and the twin behind the JWT gateway, called as the user `user-ana`.
enum UseCaseHarness {
    struct Run {
        let platform: LocalPlatform
        let aws: LocalAWS
        let token: String
        let s3: S3Client
        let uploads: String

        /// The raw answer: status, body and the Content-Type (`signedIn: false` sends no token).
        func raw(_ method: String, _ path: String, body: String? = nil, signedIn: Bool = true) async throws -> (status: Int, body: Data, contentType: String?) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(platform.gatewayServer.port)\(path)")!)
            request.httpMethod = method
            request.httpBody = body.map { Data($0.utf8) }
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            if signedIn { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as! HTTPURLResponse
            return (http.statusCode, data, http.value(forHTTPHeaderField: "Content-Type"))
        }

        func call(_ method: String, _ path: String, body: String? = nil) async throws -> (Int, JSONValue) {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(platform.gatewayServer.port)\(path)")!)
            request.httpMethod = method
            request.httpBody = body.map { Data($0.utf8) }
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as! HTTPURLResponse).statusCode, (try? JSONValue(parsing: data)) ?? .null)
        }

        /// Media (256 bytes of nothing unless given) with a sidecar transcript in the caller's uploads; returns its key.
        func upload(_ transcript: String, media: Data = Data(count: 256)) async throws -> String {
            let key = "uploads/user-ana/2026-11-22/\(UUID().uuidString.lowercased())/clip.mp4"
            _ = try await s3.putObject(S3PutObjectInput(bucket: uploads, key: key, body: media, contentType: "video/mp4"))
            _ = try await s3.putObject(S3PutObjectInput(bucket: uploads, key: key + ".transcript.txt", body: Data(transcript.utf8)))
            return key
        }

        func scenario(_ yaml: String) async throws {
            var request = URLRequest(url: URL(string: "\(aws.endpoint)/_mediagen/scenario")!)
            request.httpMethod = "PUT"
            request.httpBody = Data(yaml.utf8)
            let (_, response) = try await URLSession.shared.data(for: request)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
        }

        /// Polls GET /jobs/{id} until the job finishes.
        func finished(_ jobId: String) async throws -> JSONValue {
            for _ in 0..<600 {
                let (status, job) = try await call("GET", "/jobs/\(jobId)")
                #expect(status == 200)
                if job["status"] == "SUCCEEDED" || job["status"] == "FAILED" { return job }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw CancellationError()
        }
    }

    static func with(concurrency: Int = 4, _ body: (Run) async throws -> Void) async throws {
        let template = RepositoryPathsForHarness.template
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: template))
        let key = try LocalSigningKey.generate()
        let platform = try await LocalPlatform.start(
            application: application, locator: BootstrapLocator(folders: [TestBootstrap.url.deletingLastPathComponent()]), signingKey: key,
            options: LocalPlatform.Options(concurrency: concurrency, templateDirectory: template.deletingLastPathComponent(), statesClock: ScaledStatesClock(factor: 0.02),
                                           aws: LocalAWS.Options(python: RepositoryPaths.python, motoScript: RepositoryPaths.root.appendingPathComponent("scripts/moto_server.py"),
                                                                 ffmpeg: FFmpegLocator.locate(python: RepositoryPaths.python))))
        do {
            let aws = try #require(platform.aws)
            let configuration = aws.clientConfiguration()
            let run = Run(platform: platform, aws: aws,
                          token: try LocalPlatform.mintToken(application: application, signingKey: key, request: TokenRequest(subject: "user-ana", username: "ana")),
                          s3: try S3Client(configuration), uploads: try #require(aws.provisioned.first { $0.logicalId == "UploadsBucket" }?.name))
            try await body(run)
        } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
    }
}
