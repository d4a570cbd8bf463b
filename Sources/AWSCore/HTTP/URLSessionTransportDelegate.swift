import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Collects each exchange's response from URLSession's delegate callbacks, refuses redirects, and keeps
/// the timing state the transport's watchdog reads.
///
/// `@unchecked Sendable`: an `NSObject` subclass cannot be checked by the compiler; every piece of mutable
/// state lives in `exchanges`, a `Mutex`, and continuations are resumed outside the lock.
final class URLSessionTransportDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Exchange {
        let url: String
        var continuation: CheckedContinuation<HTTPResponse, any Error>?
        var progress: URLSessionTransferProgress
        var response: HTTPURLResponse?
        var body = Data()
        /// Set when the transport gives up (timeout) before cancelling the task.
        var failure: TransportError?
        /// The outcome, when URLSession finished before the continuation was attached.
        var outcome: Result<HTTPResponse, any Error>?
    }

    private let exchanges = Mutex<[Int: Exchange]>([:])

    /// Starts tracking a task (and its deadlines); call before the watchdog starts.
    func register(taskIdentifier: Int, url: String, progress: URLSessionTransferProgress) {
        exchanges.withLock {
            $0[taskIdentifier] = Exchange(url: url, continuation: nil, progress: progress)
        }
    }

    /// Attaches the continuation the task's outcome resumes. Returns whether the caller should now resume
    /// the task; when the exchange already ended (cancelled, or finished early) the continuation is resumed
    /// here with that outcome instead, so it is never left waiting.
    func attach(taskIdentifier: Int, continuation: CheckedContinuation<HTTPResponse, any Error>) -> Bool {
        let early: Result<HTTPResponse, any Error>? = exchanges.withLock { exchanges in
            guard var exchange = exchanges[taskIdentifier] else {
                return .failure(TransportError.cancelled("the request was cancelled before it started"))
            }
            if let outcome = exchange.outcome {
                exchanges[taskIdentifier] = nil
                return outcome
            }
            exchange.continuation = continuation
            exchanges[taskIdentifier] = exchange
            return nil
        }
        guard let early else { return true }
        continuation.resume(with: early)
        return false
    }

    /// Ends the exchange with `error` now (cancellation): resumes its continuation if attached, and makes a
    /// later `attach` or URLSession completion a no-op. Safe to call at any time, any number of times.
    func fail(taskIdentifier: Int, with error: TransportError) {
        let continuation = exchanges.withLock { $0.removeValue(forKey: taskIdentifier)?.continuation }
        continuation?.resume(throwing: error)
    }

    /// The instant the exchange times out, or nil once it has finished or timed out.
    func deadline(taskIdentifier: Int) -> ContinuousClock.Instant? {
        exchanges.withLock { exchanges in
            guard let exchange = exchanges[taskIdentifier], exchange.failure == nil else { return nil }
            return exchange.progress.deadline.instant
        }
    }

    /// Marks the exchange as timed out if its deadline has passed by `now`; returns whether it did,
    /// in which case the caller cancels the task and the exchange completes with the timeout.
    func expireIfDue(taskIdentifier: Int, now: ContinuousClock.Instant) -> Bool {
        exchanges.withLock { exchanges in
            guard var exchange = exchanges[taskIdentifier], exchange.failure == nil,
                exchange.progress.deadline.instant <= now
            else { return false }
            exchange.failure = exchange.progress.timeoutError(url: exchange.url)
            exchanges[taskIdentifier] = exchange
            return true
        }
    }

    // MARK: URLSession callbacks

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let now = ContinuousClock.now
        exchanges.withLock {
            $0[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse
            $0[dataTask.taskIdentifier]?.progress.responseBytesReceived(at: now)
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let now = ContinuousClock.now
        exchanges.withLock {
            $0[dataTask.taskIdentifier]?.body.append(data)
            $0[dataTask.taskIdentifier]?.progress.responseBytesReceived(at: now)
        }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, didSendBodyData bytesSent: Int64,
        totalBytesSent: Int64, totalBytesExpectedToSend: Int64
    ) {
        let now = ContinuousClock.now
        exchanges.withLock { $0[task.taskIdentifier]?.progress.bodyBytesSent(at: now) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let identifier = task.taskIdentifier
        let taskResponse = task.response as? HTTPURLResponse
        let finished: (CheckedContinuation<HTTPResponse, any Error>, Result<HTTPResponse, any Error>)? = exchanges.withLock { exchanges in
            guard var exchange = exchanges[identifier] else { return nil }
            let outcome = Self.outcome(of: exchange, error: error, taskResponse: taskResponse)
            guard let continuation = exchange.continuation else {
                exchange.outcome = outcome  // `attach` has not run yet: it will resume with this
                exchanges[identifier] = exchange
                return nil
            }
            exchanges[identifier] = nil
            return (continuation, outcome)
        }
        if let (continuation, outcome) = finished { continuation.resume(with: outcome) }
    }

    private static func outcome(
        of exchange: Exchange, error: (any Error)?, taskResponse: HTTPURLResponse?
    ) -> Result<HTTPResponse, any Error> {
        if let failure = exchange.failure { return .failure(failure) }
        if let error { return .failure(URLSessionTransport.transportError(for: error, url: exchange.url)) }
        if let response = exchange.response ?? taskResponse {
            return .success(URLSessionTransport.httpResponse(response, body: exchange.body))
        }
        return .failure(TransportError.other("no HTTP response from \(exchange.url)"))
    }
}
