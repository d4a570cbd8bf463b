/// A failure of the runtime API's HTTP connection or of an exchange on it.
public struct RuntimeHTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Sendable, Equatable {
        case connectFailed, connectionLost, truncatedResponse, malformedResponse, unsupportedResponse, writeFailed, readFailed
    }

    private let code: Code
    /// What the operating system or the parser reported, for logs; not part of equality.
    public let detail: String

    private init(_ code: Code, _ detail: String = "") {
        self.code = code
        self.detail = detail
    }

    /// The TCP connection to the runtime API could not be opened.
    public static let connectFailed = RuntimeHTTPError(.connectFailed)
    /// The server closed the connection before any byte of the response arrived.
    public static let connectionLost = RuntimeHTTPError(.connectionLost)
    /// The server closed the connection in the middle of a response.
    public static let truncatedResponse = RuntimeHTTPError(.truncatedResponse)
    /// The response's status line or headers could not be parsed.
    public static let malformedResponse = RuntimeHTTPError(.malformedResponse)
    /// The response used a framing this client does not implement (e.g. chunked transfer encoding).
    public static let unsupportedResponse = RuntimeHTTPError(.unsupportedResponse)
    /// Writing the request to the socket failed.
    public static let writeFailed = RuntimeHTTPError(.writeFailed)
    /// Reading the response from the socket failed.
    public static let readFailed = RuntimeHTTPError(.readFailed)

    func with(detail: String) -> RuntimeHTTPError { RuntimeHTTPError(code, detail) }

    /// True when the failure means the kept-alive connection had been closed by the server, so the
    /// request may be sent again on a new connection.
    var isStaleConnection: Bool { code == .connectionLost || code == .writeFailed }

    public static func == (lhs: RuntimeHTTPError, rhs: RuntimeHTTPError) -> Bool { lhs.code == rhs.code }

    public var description: String {
        let text: String
        switch code {
        case .connectFailed: text = "could not connect to the runtime API"
        case .connectionLost: text = "the runtime API closed the connection"
        case .truncatedResponse: text = "the runtime API closed the connection mid-response"
        case .malformedResponse: text = "the runtime API sent a malformed response"
        case .unsupportedResponse: text = "the runtime API sent a response framing this client does not support"
        case .writeFailed: text = "writing to the runtime API failed"
        case .readFailed: text = "reading from the runtime API failed"
        }
        return detail.isEmpty ? text : "\(text): \(detail)"
    }
}
