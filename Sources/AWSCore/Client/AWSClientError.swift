/// A failure of the client itself (not of the service): an answer it could not understand.
public struct AWSClientError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable { case invalidResponse }
    private let code: Code
    public let detail: String

    private init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    /// The answer to `operation` could not be read as the shape the client expects.
    public static func invalidResponse(operation: String, detail: String) -> AWSClientError {
        .init(.invalidResponse, "the answer to \(operation) could not be decoded: \(detail)")
    }

    public static let invalidResponse = AWSClientError(.invalidResponse, "")
    public var kind: String { code.rawValue }
    public var description: String { "AWSClientError.\(code.rawValue): \(detail)" }
    public static func == (lhs: AWSClientError, rhs: AWSClientError) -> Bool { lhs.code == rhs.code }
}
