import AWSCore
import Foundation
import Synchronization

/// The client tests' stand-in for the network: answers from a script and records what it was sent.
final class FakeTransport: HTTPTransport {
    /// What happens once every scripted answer was given.
    enum AfterLast: Sendable { case repeatLast, answerEmpty200 }

    private let afterLast: AfterLast
    private let state: Mutex<(responses: [HTTPResponse], requests: [HTTPRequest])>

    init(_ responses: [HTTPResponse], afterLast: AfterLast = .repeatLast) {
        self.afterLast = afterLast
        state = Mutex((responses, []))
    }

    /// One answer, given to every request.
    convenience init(status: Int = 200, headers: HTTPHeaders = ["Content-Type": "application/json"], body: String = "{}") {
        self.init([HTTPResponse(status: status, headers: headers, body: Data(body.utf8))])
    }

    /// JSON pages answered in turn (the last one repeats).
    convenience init(json pages: [String], contentType: String = "application/x-amz-json-1.1") {
        self.init(pages.map { HTTPResponse(status: 200, headers: ["Content-Type": contentType], body: Data($0.utf8)) })
    }

    var requests: [HTTPRequest] { state.withLock { $0.requests } }
    /// The bodies of the requests, as text.
    var bodies: [String] { requests.map { String(decoding: $0.body, as: UTF8.self) } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        state.withLock { state in
            state.requests.append(request)
            if state.responses.count > 1 { return state.responses.removeFirst() }
            switch afterLast {
            case .repeatLast: return state.responses.first ?? HTTPResponse(status: 200)
            case .answerEmpty200: return state.responses.isEmpty ? HTTPResponse(status: 200) : state.responses.removeFirst()
            }
        }
    }

    /// A us-east-1 configuration that sends through this transport.
    var configuration: AWSClientConfiguration { Self.configuration(self) }

    static func configuration(
        _ transport: any HTTPTransport, region: String = "us-east-1", retry: RetryConfiguration = RetryConfiguration()
    ) -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: region, credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: transport, environment: [:], retry: retry)
    }

    /// An eu-west-1 configuration with one attempt per call, so scripted failures are not retried.
    static func singleAttemptConfiguration(_ transport: any HTTPTransport, region: String = "eu-west-1") -> AWSClientConfiguration {
        configuration(transport, region: region, retry: RetryConfiguration(maxAttempts: 1))
    }

    static func xml(_ text: String, status: Int = 200, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers.add(name: "Content-Type", value: "application/xml")
        return HTTPResponse(status: status, headers: headers, body: Data(text.utf8))
    }

    static func error(_ status: Int, _ body: String, errorType: String? = nil) -> HTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let errorType { headers.add(name: "X-Amzn-ErrorType", value: errorType) }
        return HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }
}
