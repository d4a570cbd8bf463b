import AWSCore
import Foundation
import Synchronization

/// Answers each request with the next canned response (the last one repeats) and records the requests.
/// Shared by the Transcribe, Polly and Rekognition client tests.
final class SpeechStubTransport: HTTPTransport {
    private let state: Mutex<(responses: [HTTPResponse], requests: [HTTPRequest])>

    init(_ responses: [HTTPResponse]) { state = Mutex((responses, [])) }

    /// 200 answers with each JSON body in turn.
    convenience init(json pages: [String], contentType: String = "application/x-amz-json-1.1") {
        self.init(pages.map { HTTPResponse(status: 200, headers: ["Content-Type": contentType], body: Data($0.utf8)) })
    }

    var requests: [HTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        state.withLock { state in
            state.requests.append(request)
            return state.responses.count > 1 ? state.responses.removeFirst() : state.responses[0]
        }
    }

    /// A configuration whose client sends through `transport`.
    static func configuration(_ transport: any HTTPTransport) -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(Credentials(accessKeyId: "A", secretAccessKey: "S")),
            transport: transport, environment: [:])
    }

    /// An error answer: status, JSON body, and for restJson the `X-Amzn-ErrorType` header.
    static func error(_ status: Int, _ body: String, errorType: String? = nil) -> HTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let errorType { headers.add(name: "X-Amzn-ErrorType", value: errorType) }
        return HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }
}
