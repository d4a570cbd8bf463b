import AWSCore
import Foundation
import Synchronization

/// Answers each request with the next scripted response (200 with an empty body once the script runs out)
/// and records every request it was sent.
final class ScriptedTransport: HTTPTransport {
    private let state: Mutex<(responses: [HTTPResponse], requests: [HTTPRequest])>
    init(_ responses: [HTTPResponse]) { state = Mutex((responses, [])) }
    var requests: [HTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        state.withLock { state in
            state.requests.append(request)
            return state.responses.isEmpty ? HTTPResponse(status: 200) : state.responses.removeFirst()
        }
    }

    static func xml(_ text: String, status: Int = 200, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers.add(name: "Content-Type", value: "application/xml")
        return HTTPResponse(status: status, headers: headers, body: Data(text.utf8))
    }

    static func configuration(_ transport: some HTTPTransport, region: String = "eu-west-1") -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: region, credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: transport, environment: [:], retry: RetryConfiguration(maxAttempts: 1))
    }
}
