import AWSCore
import Foundation
import Synchronization

/// Answers 200 with each JSON page in turn and records the request bodies it was sent.
final class PagedTransport: HTTPTransport {
    private let state: Mutex<(pages: [String], bodies: [String])>
    init(pages: [String]) { state = Mutex((pages, [])) }
    var bodies: [String] { state.withLock { $0.bodies } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let page = state.withLock { state -> String in
            state.bodies.append(String(decoding: request.body, as: UTF8.self))
            return state.pages.isEmpty ? "{}" : state.pages.removeFirst()
        }
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/x-amz-json-1.1"], body: Data(page.utf8))
    }
}
