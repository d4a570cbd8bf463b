/// Timeouts of `URLSessionTransport`, in seconds.
///
/// What is enforced (URLSession has no connect timeout on any platform, and on Linux it runs on libcurl
/// without exposing `CURLOPT_CONNECTTIMEOUT`):
///
/// - `readTimeout` is an idle timeout: the longest wait for the next sign of progress — the request starting,
///   request-body bytes being taken for sending, the response head, each chunk of the response body.
///   The transport enforces it itself, to the millisecond, and also hands URLSession a backstop of one more second,
///   rounded up to whole seconds, as `timeoutIntervalForRequest` (the same kind of idle timer; Linux Foundation
///   truncates it to whole seconds, so alone it could not honour 0.5 s). Because the idle clock starts with the
///   request, it also bounds DNS, connect and TLS.
/// - `connectTimeout` is enforced for requests with a body, as the longest wait from the start until the first
///   body bytes are taken for sending. Foundation hands the body over only once the connection (TCP and TLS)
///   is up, so this measures name resolution + connect + TLS. For requests without a body there is no
///   observable event between "connected" and "response arrived", and cutting at the response head would kill
///   slow but healthy calls, so their connect phase is bounded by `readTimeout` only.
/// - `timeoutIntervalForResource` (a cap on the whole exchange) is deliberately left alone: it is not a connect
///   timeout, and long downloads or long model invocations must not be cut while data keeps flowing.
public struct TransportConfiguration: Sendable, Equatable {
    /// Longest wait for the connection to be established (see above for what is measured).
    public var connectTimeout: Double
    /// Longest wait between two signs of progress once the request has started.
    public var readTimeout: Double

    /// Timeouts in seconds; the defaults are 10 s to connect and 60 s between signs of progress.
    public init(connectTimeout: Double = 10, readTimeout: Double = 60) {
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
    }
}
