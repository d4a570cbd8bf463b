/// A failure below HTTP: the request got no response.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case invalidURL, connectionFailed, timedOut, cancelled, other
    }

    private let code: Code
    /// What happened, for people: names the URL or the underlying error.
    public let detail: String

    private init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    public static func invalidURL(_ url: String) -> TransportError { .init(.invalidURL, "the URL '\(url)' does not parse") }
    public static func connectionFailed(_ detail: String) -> TransportError { .init(.connectionFailed, detail) }
    public static func timedOut(_ detail: String) -> TransportError { .init(.timedOut, detail) }
    public static func cancelled(_ detail: String) -> TransportError { .init(.cancelled, detail) }
    public static func other(_ detail: String) -> TransportError { .init(.other, detail) }

    /// A timeout (costs more retry tokens than other retryable failures).
    public var isTimeout: Bool { code == .timedOut }
    /// Worth retrying: connection failures and timeouts.
    public var isRetryable: Bool { code == .connectionFailed || code == .timedOut }
    /// Stable, value-free name of the failure kind (safe as a metric label).
    public var kind: String { code.rawValue }

    public var description: String { "TransportError.\(code.rawValue): \(detail)" }

    public static func == (lhs: TransportError, rhs: TransportError) -> Bool { lhs.code == rhs.code }
}
