/// The timing state of one exchange, from which the transport's watchdog computes its next deadline.
struct URLSessionTransferProgress: Sendable {
    /// Which timeout a deadline stands for.
    enum Limit: Sendable, Equatable { case connect, read }

    let configuration: TransportConfiguration
    let hasBody: Bool
    let start: ContinuousClock.Instant
    private(set) var lastActivity: ContinuousClock.Instant
    /// Request-body bytes were handed over or a response arrived: the connection is up.
    private(set) var isConnected: Bool

    init(configuration: TransportConfiguration, hasBody: Bool, start: ContinuousClock.Instant) {
        self.configuration = configuration
        self.hasBody = hasBody
        self.start = start
        self.lastActivity = start
        self.isConnected = false
    }

    /// Request-body bytes were taken for sending (only possible once connected).
    mutating func bodyBytesSent(at instant: ContinuousClock.Instant) {
        isConnected = true
        lastActivity = instant
    }

    /// The response head or response-body bytes arrived.
    mutating func responseBytesReceived(at instant: ContinuousClock.Instant) {
        isConnected = true
        lastActivity = instant
    }

    /// The earliest instant at which the exchange times out, and which limit that is.
    var deadline: (instant: ContinuousClock.Instant, limit: Limit) {
        let idle = lastActivity + Self.duration(configuration.readTimeout)
        guard hasBody, !isConnected else { return (idle, .read) }
        let connect = start + Self.duration(configuration.connectTimeout)
        return connect < idle ? (connect, .connect) : (idle, .read)
    }

    /// The error for an exchange whose `deadline` passed.
    func timeoutError(url: String) -> TransportError {
        switch deadline.limit {
        case .connect:
            return .timedOut("no connection to \(url) within the connect timeout of \(configuration.connectTimeout) s")
        case .read:
            return .timedOut("no progress from \(url) within the read timeout of \(configuration.readTimeout) s")
        }
    }

    private static func duration(_ seconds: Double) -> Duration {
        guard seconds.isFinite, seconds < 1e9 else { return .seconds(1_000_000_000) }
        return .nanoseconds(Int64(max(0, seconds) * 1_000_000_000))
    }
}
