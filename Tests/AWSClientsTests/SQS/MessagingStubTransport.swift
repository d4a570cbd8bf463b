import AWSCore
import Foundation
import Synchronization

/// Answers every request with one canned response and records the requests (messaging clients' tests).
final class MessagingStubTransport: HTTPTransport {
    private let response: HTTPResponse
    private let sent = Mutex<[HTTPRequest]>([])

    init(status: Int = 200, headers: HTTPHeaders = [:], body: String) {
        response = HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }

    init(_ response: HTTPResponse) { self.response = response }

    var requests: [HTTPRequest] { sent.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        sent.withLock { $0.append(request) }
        return response
    }

    /// A configuration whose every client answers with this transport.
    var configuration: AWSClientConfiguration {
        AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: self, environment: [:])
    }

    /// A JSON error answer as awsJson services write it.
    static func jsonError(_ type: String, _ message: String, status: Int = 400, headers: HTTPHeaders = [:]) -> MessagingStubTransport {
        var all = headers
        all.add(name: "Content-Type", value: "application/x-amz-json-1.0")
        return MessagingStubTransport(status: status, headers: all, body: #"{"__type":"\#(type)","message":"\#(message)"}"#)
    }
}
