import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `HTTPTransport` over Foundation's URLSession.
///
/// Sends requests exactly as given: no cookies, no cache, no credential storage, redirects returned as
/// responses (a 302 comes back as a 302), and no Content-Type of URLSession's own choosing. Timeouts follow
/// `TransportConfiguration` (read its documentation for what each one measures). Failures below HTTP are
/// `TransportError`s: timeouts `.timedOut`, refused or lost connections and name-resolution failures
/// `.connectionFailed`, cancellation `.cancelled`, an unusable URL `.invalidURL`.
public final class URLSessionTransport: HTTPTransport {
    /// The timeouts this transport enforces.
    public let configuration: TransportConfiguration
    private let session: URLSession
    private let delegate: URLSessionTransportDelegate

    /// A transport with its own ephemeral URLSession; the session is invalidated when the transport goes away.
    public init(configuration: TransportConfiguration = TransportConfiguration()) {
        self.configuration = configuration
        let delegate = URLSessionTransportDelegate()
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.timeoutIntervalForRequest = Self.backstopTimeout(configuration.readTimeout)
        sessionConfiguration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        sessionConfiguration.urlCache = nil
        sessionConfiguration.httpCookieStorage = nil
        sessionConfiguration.httpCookieAcceptPolicy = .never
        sessionConfiguration.httpShouldSetCookies = false
        sessionConfiguration.urlCredentialStorage = nil
        sessionConfiguration.httpAdditionalHeaders = nil
        self.delegate = delegate
        self.session = URLSession(configuration: sessionConfiguration, delegate: delegate, delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends `request` and returns the whole response, whatever its status.
    ///
    /// - Throws: `TransportError` when no response arrived.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let urlRequest = try makeURLRequest(request)
        let task = session.dataTask(with: urlRequest)
        let identifier = task.taskIdentifier
        let progress = URLSessionTransferProgress(
            configuration: configuration, hasBody: !request.body.isEmpty, start: .now)
        delegate.register(taskIdentifier: identifier, url: request.url, progress: progress)
        let watchdog = Task { [delegate] in
            while let deadline = delegate.deadline(taskIdentifier: identifier) {
                if ContinuousClock.now >= deadline {
                    if delegate.expireIfDue(taskIdentifier: identifier, now: .now) {
                        task.cancel()
                        return
                    }
                    continue
                }
                do { try await Task.sleep(until: deadline, clock: .continuous) } catch { return }
            }
        }
        defer { watchdog.cancel() }
        let url = request.url
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if delegate.attach(taskIdentifier: identifier, continuation: continuation) { task.resume() }
            }
        } onCancel: { [delegate] in
            // End the exchange ourselves: URLSession may never report a task cancelled before it resumed.
            delegate.fail(taskIdentifier: identifier, with: .cancelled("the request to \(url) was cancelled"))
            task.cancel()
        }
    }

    /// The idle timeout handed to URLSession as a backstop for the transport's own watchdog: whole seconds
    /// (Linux Foundation truncates fractions), one above the read timeout so the watchdog always fires first.
    static func backstopTimeout(_ readTimeout: Double) -> TimeInterval {
        guard readTimeout.isFinite else { return .greatestFiniteMagnitude }
        return max(1, (readTimeout + 1).rounded(.up))
    }
}
