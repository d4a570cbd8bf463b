/// An error answered by an AWS service (or by a stand-in speaking its protocol).
public struct AWSServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The service's error code with any namespace (`…#`) and suffix (`:http…`) removed, e.g. `ThrottlingException`.
    public var code: String
    public var message: String
    public var statusCode: Int
    public var requestId: String?
    /// Whether the standard retry mode would retry it (throttling, transient codes, 500/502/503/504).
    public var retryable: Bool

    public init(code: String, message: String, statusCode: Int, requestId: String? = nil, retryable: Bool = false) {
        self.code = code
        self.message = message
        self.statusCode = statusCode
        self.requestId = requestId
        self.retryable = retryable
    }

    public var description: String {
        "\(code) (HTTP \(statusCode)): \(message)" + (requestId.map { " [request id \($0)]" } ?? "")
    }
}
