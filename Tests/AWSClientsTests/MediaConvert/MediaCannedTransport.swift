import AWSCore
import Foundation
import Synchronization

/// Answers every request with one canned response and records the requests (for the MediaConvert,
/// MediaTailor and Personalize client tests).
final class MediaCannedTransport: HTTPTransport {
    private let response: HTTPResponse
    private let sent = Mutex<[HTTPRequest]>([])

    init(status: Int = 200, headers: HTTPHeaders = ["Content-Type": "application/json"], body: String = "{}") {
        response = HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    var requests: [HTTPRequest] { sent.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sent.withLock { $0.append(request) }
        return response
    }

    /// A configuration for region us-east-1 with static credentials and this transport.
    var configuration: AWSClientConfiguration {
        AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: self, environment: [:])
    }
}
