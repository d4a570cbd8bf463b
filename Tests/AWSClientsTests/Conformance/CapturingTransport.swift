import AWSCore
import Foundation
import Synchronization

/// Thrown by `CapturingTransport` instead of answering: carries the request the client would have sent.
struct RequestCaptured: Error {
    let request: HTTPRequest
}

/// A transport that never sends: it records the request and throws `RequestCaptured`.
struct CapturingTransport: HTTPTransport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse { throw RequestCaptured(request: request) }
}

extension ConformanceRow {
    /// Runs our client for this row and returns the request it built.
    func capture() async throws -> HTTPRequest {
        let configuration = AWSClientConfiguration(
            region: region,
            credentials: StaticCredentialProvider(Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRET")),
            transport: CapturingTransport(), environment: [:])
        do {
            try await call(configuration)
        } catch let captured as RequestCaptured {
            return captured.request
        }
        throw ConformanceFailure(description: "\(id): the client returned without sending a request")
    }
}

struct ConformanceFailure: Error, CustomStringConvertible {
    let description: String
}
