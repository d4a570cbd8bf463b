import AWSCore
import Foundation
import Synchronization

/// Answers every request with the same status, headers and body, and records the requests it was sent.
final class ScriptedAnswerTransport: HTTPTransport {
    let answer: HTTPResponse
    private let sent = Mutex<[HTTPRequest]>([])

    init(status: Int = 200, headers: HTTPHeaders = ["Content-Type": "application/json"], body: String) {
        answer = HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    var requests: [HTTPRequest] { sent.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sent.withLock { $0.append(request) }
        return answer
    }

    /// A client configuration sending through this transport.
    var configuration: AWSClientConfiguration {
        AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: self, environment: [:])
    }
}
