import Foundation
import Testing
@testable import AWSCore

/// The transport's continuation must be resumed exactly once whatever order cancellation, attaching and
/// URLSession's completion arrive in (a cancel before `attach` once left a request waiting forever).
@Suite("URLSessionTransport cancellation ordering")
struct URLSessionCancellationOrderTests {
    func registered(_ identifier: Int) -> URLSessionTransportDelegate {
        let delegate = URLSessionTransportDelegate()
        delegate.register(
            taskIdentifier: identifier, url: "http://127.0.0.1:1/x",
            progress: URLSessionTransferProgress(configuration: TransportConfiguration(), hasBody: false, start: .now))
        return delegate
    }

    @Test("a request cancelled before its continuation is attached ends with cancelled and is not started")
    func cancelBeforeAttach() async {
        let delegate = registered(7)
        delegate.fail(taskIdentifier: 7, with: .cancelled("test"))
        await #expect(throws: TransportError.cancelled("")) {
            _ = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let shouldStart = delegate.attach(taskIdentifier: 7, continuation: continuation)
                #expect(!shouldStart)
            }
        }
    }

    @Test("a request cancelled after its continuation is attached ends with cancelled, and a second cancel does nothing")
    func cancelAfterAttach() async {
        let delegate = registered(8)
        await #expect(throws: TransportError.cancelled("")) {
            _ = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                #expect(delegate.attach(taskIdentifier: 8, continuation: continuation))
                delegate.fail(taskIdentifier: 8, with: .cancelled("first"))
                delegate.fail(taskIdentifier: 8, with: .cancelled("second"))
            }
        }
    }
}
